/**
 * The figure around the chart, read from the element's shadow root as the reader sees it: the
 * heading, subtitle, legend, notes and source line by their `part` names (the public styling
 * contract), each with its words, font, colour and the space above it. The picture then shows
 * exactly what the page shows, in the page's fonts, whatever wrote it.
 */
import { lineHeightOf, textStyleOf, type TextStyle } from './text-style.js';

/** A paragraph of the figure: its words, how they look, and the space above it (CSS px). */
export interface TextBlock {
  text: string;
  style: TextStyle;
  lineHeight: number;
  gap: number;
}

/** A legend entry's mark: a square of colour (a texture on it), or a line with its dashes. */
export type Swatch =
  | { kind: 'box'; fill: string; border: string; texture: number | null; size: number }
  | { kind: 'line'; stroke: string; dash: number[]; lineWidth: number; width: number; height: number };

export interface LegendEntry {
  label: string;
  /** The donut's value and share; empty for a series. */
  value: string;
  swatch: Swatch;
}

export interface Legend {
  entries: LegendEntry[];
  label: TextStyle;
  value: TextStyle;
  lineHeight: number;
  /** Space above the legend, between rows, between entries, and between a mark and its words. */
  gap: number;
  rowGap: number;
  columnGap: number;
  swatchGap: number;
}

export interface FigureText {
  /** Heading and subtitle. */
  above: TextBlock[];
  /** Space between them and the chart. */
  chartGap: number;
  legend: Legend | null;
  /** Notes and the source line. */
  below: TextBlock[];
}

const flat = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const px = (value: string) => parseFloat(value) || 0;

/** The figure's words and looks; `base` stands in for anything the page does not show. */
export function readFigure(root: ParentNode, base: TextStyle): FigureText {
  const block = (el: Element | null, gap = el ? px(getComputedStyle(el).marginTop) : 0): TextBlock[] => {
    const text = el ? flat(el) : '';
    if (!el || !text) return [];
    const style = textStyleOf(el, base);
    return [{ text, style, lineHeight: lineHeightOf(el, style.size), gap }];
  };
  // The heading and subtitle's box (figure-templates.ts captionTemplate), whose margin spaces the chart.
  const caption = root.querySelector('.caption');
  const notes = root.querySelector('[part~="notes"]');
  return {
    above: [...block(root.querySelector('[part~="heading"]'), 0), ...block(root.querySelector('[part~="subtitle"]'))],
    chartGap: caption ? px(getComputedStyle(caption).marginBottom) : 0,
    legend: readLegend(root, base),
    below: [
      // The notes' own margin above the first; each later note's above itself.
      ...[...(notes?.querySelectorAll('p') ?? [])].flatMap((p, i) => block(p, i ? undefined : px(getComputedStyle(notes!).marginTop))),
      ...block(root.querySelector('[part~="source"]')),
    ],
  };
}

/** The donut's legend or the series legend, entry by entry, with each mark's colour and texture or dash. */
function readLegend(root: ParentNode, base: TextStyle): Legend | null {
  const list = root.querySelector('[part~="legend"]');
  const items = [...(list?.querySelectorAll('li') ?? [])];
  if (!list || !items.length) return null;
  const firstLabel = list.querySelector('.legend-label');
  const label = textStyleOf(firstLabel, base);
  const listStyle = getComputedStyle(list);
  const entry = list.querySelector('button, .legend-entry');
  const entries = items.map((li, i): LegendEntry => {
    const line = li.querySelector('.line-swatch line');
    const box = li.querySelector('.swatch');
    let swatch: Swatch;
    if (line) {
      const svg = line.closest('svg')!;
      swatch = {
        kind: 'line',
        stroke: getComputedStyle(line).stroke,
        dash: (line.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).map(Number).filter((n) => n > 0),
        lineWidth: px(line.getAttribute('stroke-width') ?? '2'),
        width: px(svg.getAttribute('width') ?? '32'),
        height: px(svg.getAttribute('height') ?? '12'),
      };
    } else {
      const s = box ? getComputedStyle(box) : null;
      swatch = {
        kind: 'box',
        fill: s?.backgroundColor ?? label.color,
        border: s?.borderTopColor ?? label.color,
        // The legend's textures follow the canvas's, part by part (base/swatches.ts).
        texture: s && s.backgroundImage !== 'none' ? i : null,
        size: box?.getBoundingClientRect().width || label.size * 0.9,
      };
    }
    const value = li.querySelector('.legend-value');
    return { label: flat(li.querySelector('.legend-label') ?? li), value: value ? flat(value) : '', swatch };
  });
  return {
    entries,
    label,
    value: textStyleOf(list.querySelector('.legend-value'), label),
    lineHeight: firstLabel ? lineHeightOf(firstLabel, label.size) : Math.round(label.size * 1.4),
    gap: px(listStyle.marginTop),
    rowGap: px(listStyle.rowGap),
    columnGap: px(listStyle.columnGap),
    swatchGap: entry ? px(getComputedStyle(entry).columnGap) : 6,
  };
}
