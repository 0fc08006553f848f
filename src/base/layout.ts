import { wrapLabel } from '../core/wrap.js';
import { textMeasurer, type TextStyle } from '../dom/measure-text.js';

/** The width a chart is laid out for: the measured one, or a typical article column until then. */
export const layoutWidth = (measured: number): number => (measured > 0 ? measured : 600);

/** Below this width bar labels go above their bars (WCAG 1.4.10 reflow at 320 px). */
export const NARROW_WIDTH = 420;

export interface BarLayout {
  /** The width laid out for, in CSS px. */
  width: number;
  /** Each label wrapped to the space it has. */
  lines: string[][];
  /** Canvas height in CSS px, fixed before drawing so nothing shifts when the canvas appears. */
  height: number;
  labelsAbove: boolean;
  barThickness: number;
  /** The height of a bar's row: the bar, or its value label where that is taller (large text). */
  rowHeight: number;
  /** Labels above: how far each bar moves down from its band's centre, in CSS px. */
  labelShift: number;
}

/**
 * Works out the bar chart's size from its labels and width. Chart.js gives every category the
 * same band, so the band fits the tallest label; on narrow screens the label sits above the bar
 * and the bars get the full width.
 */
export function layoutBars(options: {
  labels: string[];
  width: number;
  /** The height of a line of the words, in CSS px. */
  lineHeight: number;
  barThickness: number;
  /** A word's width as HTML, spacing included. */
  measure: (text: string) => number;
  /** Labels always beside the bars (several series, grouped or stacked). */
  beside?: boolean;
}): BarLayout {
  const { labels, barThickness, measure } = options;
  const width = layoutWidth(options.width);
  const labelsAbove = !options.beside && width < NARROW_WIDTH;
  const lineHeight = Math.ceil(options.lineHeight);
  // A value label taller than its bar (large text) takes its row's height, so the label above
  // the next bar never reaches it.
  const rowHeight = Math.max(barThickness, lineHeight);
  // Beside the bars, labels take 40% of the width, or up to 60% for a word that is longer
  // (large text on a phone), so no word is broken; above them, all of it.
  const longestWord = Math.max(0, ...labels.flatMap((label) => label.split(/\s+/)).map(measure));
  const labelWidth = labelsAbove ? width - 8 : Math.max(60, Math.floor(width * 0.4), Math.min(Math.ceil(longestWord), Math.floor(width * 0.6)));
  const lines = labels.map((label) => wrapLabel(label, labelWidth, measure));
  const mostLines = Math.max(1, ...lines.map((l) => l.length));
  // Above the bars, each band holds the label block, the bar and a gap; the drawing code moves
  // each bar down by half the label block, out of the band's centre, to make room.
  const labelBlock = labelsAbove ? mostLines * lineHeight + 4 : 0;
  const band = labelsAbove
    ? rowHeight + labelBlock + 10
    : Math.max(rowHeight + 10, mostLines * lineHeight + 8);
  const axis = lineHeight + 16;
  return { width, lines, height: Math.ceil(labels.length * band + axis), labelsAbove, barThickness, rowHeight, labelShift: labelBlock / 2 };
}

/** Canvas text follows the page's text size (browser settings, zoom) but never under 12 px. */
export function canvasFontSize(style: CSSStyleDeclaration): number {
  return Math.max(12, Math.round(parseFloat(style.fontSize) * 0.875) || 14);
}

/**
 * The bar layout for an element's rows at `width`, in its words' style (font, spacing, line
 * height) and `--_bar-height`. `width` is 0 until the ResizeObserver's first report (before the
 * first paint): layoutBars then uses a typical column width; reading the real width here would
 * force a layout per chart.
 */
export function barLayoutOf(el: Element, text: TextStyle, labels: string[], width: number, series: number, beside: boolean): BarLayout {
  const thickness = Math.max(8, parseFloat(getComputedStyle(el).getPropertyValue('--_bar-height')) || 28);
  return layoutBars({
    labels,
    width,
    lineHeight: text.fontSize * text.lineHeight,
    // Several series: a band holds a thinner bar per series (or one stacked bar).
    barThickness: series > 1 ? Math.max(thickness, series * Math.round(thickness * 0.6)) : thickness,
    measure: textMeasurer(`${text.fontSize}px ${text.fontFamily}`, text),
    beside,
  });
}

/**
 * A column or line chart's height: about half its width, at least 240 px (a phone), at most 400;
 * with large text (a line over 20 px) at least 12 lines and at most 16, so labels that wrap
 * under the columns still leave a plot.
 */
export const plotHeight = (width: number, lineHeight = 18): number =>
  Math.round(Math.min(Math.max(400, 16 * lineHeight), Math.max(240, 12 * lineHeight, width * 0.55)));
