/**
 * Where a tooltip goes (WCAG 1.4.13): beside its part, touching it across a small gap that the
 * tooltip bridges, so the pointer can move straight onto it; inside the chart's box, at its full
 * width (it flips to another side rather than squeeze); never over its own part's words (its
 * label, its value), and over as few other words as it can. A donut's goes in its hole, which
 * every part touches. Pure geometry in CSS px, relative to the chart's box.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TooltipSide = 'above' | 'below' | 'right' | 'left' | 'centre';

export interface TooltipPlace {
  x: number;
  y: number;
  side: TooltipSide;
}

/** The space between a part and its tooltip, in CSS px; the tooltip's bridge spans it. */
export const TOOLTIP_GAP = 6;

const SIDES: Exclude<TooltipSide, 'centre'>[] = ['above', 'below', 'right', 'left'];

/** Where a length centred on `centre` starts, slid to stay within `room` where it can. */
const centred = (centre: number, length: number, room: number) => Math.max(0, Math.min(room - length, centre - length / 2));

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far a rect sticks out of the area sideways, and up or down, in px. */
const overflow = (r: Rect, area: { width: number; height: number }) => ({
  across: Math.max(0, -r.x) + Math.max(0, r.x + r.width - area.width),
  down: Math.max(0, -r.y) + Math.max(0, r.y + r.height - area.height),
});

/**
 * The tooltip's top-left corner and the side of its part it is on.
 *
 * - `area`: the chart's box; `part`: the part's box in it; `size`: the tooltip's own size.
 * - `own`: the boxes of the part's own words; `others`: every other word's box.
 * - `centre`: a donut: in the middle of the area.
 *
 * Sides are tried in the order above, below, right, left, each lined up with the part's middle
 * and slid along its edge to stay inside. What counts, in order: not sticking out sideways (off a
 * phone's screen), not covering the part's own words, staying inside the chart's box (give or
 * take the gap, which the figure's margins have room for), covering the fewest other words,
 * sticking out least.
 */
export function placeTooltip(o: {
  area: { width: number; height: number };
  part: Rect;
  size: { width: number; height: number };
  own: Rect[];
  others: Rect[];
  centre?: boolean;
}): TooltipPlace {
  const { area, part, size } = o;
  if (o.centre) return { x: centred(area.width / 2, size.width, area.width), y: centred(area.height / 2, size.height, area.height), side: 'centre' };
  const alongX = centred(part.x + part.width / 2, size.width, area.width);
  const alongY = centred(part.y + part.height / 2, size.height, area.height);
  const at: Record<(typeof SIDES)[number], TooltipPlace> = {
    above: { x: alongX, y: part.y - TOOLTIP_GAP - size.height, side: 'above' },
    below: { x: alongX, y: part.y + part.height + TOOLTIP_GAP, side: 'below' },
    right: { x: part.x + part.width + TOOLTIP_GAP, y: alongY, side: 'right' },
    left: { x: part.x - TOOLTIP_GAP - size.width, y: alongY, side: 'left' },
  };
  const scored = SIDES.map((side, order) => {
    const rect = { ...at[side], ...size };
    const out = overflow(rect, area);
    return {
      place: at[side],
      score: [
        Math.sign(out.across),
        o.own.some((w) => overlaps(rect, w)) ? 1 : 0,
        // A few px over the chart's edge lie in the figure's own margin, not over its words.
        out.down > TOOLTIP_GAP ? 1 : 0,
        o.others.filter((w) => overlaps(rect, w)).length,
        out.across + out.down,
        order,
      ],
    };
  });
  scored.sort((a, b) => a.score.reduce((d, v, i) => d || v - b.score[i]!, 0));
  return scored[0]!.place;
}
