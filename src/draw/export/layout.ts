/**
 * Where everything goes in a saved picture, in CSS px: pure arithmetic over the figure's words
 * and a measure, so it is tested without a canvas. Blocks stack as the figure stacks them
 * (heading, subtitle, chart, legend, notes, source), wrapped to the picture's width less its
 * margins; the legend flows in rows as its flexbox does.
 */
import { wrapLabel } from '../../core/wrap.js';
import type { FigureText, Swatch } from './figure.js';
import type { TextStyle } from './text-style.js';

/** One thing to paint: a line of text (`x` is its left edge, `y` its line box's top), a legend mark, or the chart. */
export type Placed =
  | { kind: 'text'; text: string; x: number; y: number; lineHeight: number; style: TextStyle }
  | { kind: 'swatch'; swatch: Swatch; x: number; y: number; index: number }
  | { kind: 'chart'; x: number; y: number };

export interface PicturePlan {
  items: Placed[];
  /** The picture's height in CSS px. */
  height: number;
}

/** The margin around a picture: 16 px, more on wide (social) formats. */
export const picturePadding = (width: number): number => Math.round(Math.max(16, width / 40));

/**
 * Lays out a picture `width` wide: `chart` is the chart's size (centred when narrower, as a
 * donut is), `measure(style)` measures text in a style.
 */
export function planPicture(
  figure: FigureText,
  chart: { width: number; height: number },
  width: number,
  measure: (style: TextStyle) => (text: string) => number,
): PicturePlan {
  const pad = picturePadding(width);
  const room = width - 2 * pad;
  const items: Placed[] = [];
  let y = pad;
  const text = (blocks: FigureText['above']) => {
    for (const block of blocks) {
      y += block.gap;
      for (const line of wrapLabel(block.text, room, measure(block.style))) {
        items.push({ kind: 'text', text: line, x: pad, y, lineHeight: block.lineHeight, style: block.style });
        y += block.lineHeight;
      }
    }
  };
  text(figure.above);
  if (figure.above.length) y += figure.chartGap;
  items.push({ kind: 'chart', x: pad + Math.max(0, (room - chart.width) / 2), y });
  y += chart.height;
  if (figure.legend) y = legendRows(figure.legend, pad, y + figure.legend.gap, room, measure, items);
  text(figure.below);
  return { items, height: Math.ceil(y + pad) };
}

/** The legend's entries in rows, as `flex-wrap` puts them; returns the bottom of the last row. */
function legendRows(
  legend: NonNullable<FigureText['legend']>,
  left: number,
  top: number,
  room: number,
  measure: (style: TextStyle) => (text: string) => number,
  items: Placed[],
): number {
  const label = measure(legend.label);
  const value = measure(legend.value);
  const lh = legend.lineHeight;
  let x = 0;
  let y = top;
  let rowHeight = 0;
  legend.entries.forEach((entry, index) => {
    const mark = entry.swatch.kind === 'box' ? entry.swatch.size : entry.swatch.width;
    const textRoom = room - mark - legend.swatchGap;
    const lines = wrapLabel(entry.label, textRoom, label);
    // The value follows the label on its last line when it fits there, else on a line of its own.
    const last = label(lines[lines.length - 1]!);
    const valueWidth = entry.value ? value(entry.value) : 0;
    const sameLine = !entry.value || last + label(' ') + valueWidth <= textRoom;
    const valueX = sameLine ? last + label(' ') : 0;
    const rows = lines.length + (sameLine ? 0 : 1);
    const width = mark + legend.swatchGap + Math.max(...lines.map(label), entry.value ? valueX + valueWidth : 0);
    if (x > 0 && x + width > room) {
      x = 0;
      y += rowHeight + legend.rowGap;
      rowHeight = 0;
    }
    const markHeight = entry.swatch.kind === 'box' ? entry.swatch.size : entry.swatch.height;
    items.push({ kind: 'swatch', swatch: entry.swatch, x: left + x, y: y + (lh - markHeight) / 2, index });
    const textX = left + x + mark + legend.swatchGap;
    lines.forEach((line, i) => items.push({ kind: 'text', text: line, x: textX, y: y + i * lh, lineHeight: lh, style: legend.label }));
    if (entry.value) items.push({ kind: 'text', text: entry.value, x: textX + valueX, y: y + (rows - 1) * lh, lineHeight: lh, style: legend.value });
    x += width + legend.columnGap;
    rowHeight = Math.max(rowHeight, rows * lh);
  });
  return y + rowHeight;
}
