import { wrapLabel } from '../core/wrap.js';
import { textMeasurer } from '../dom/measure-text.js';

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
  fontSize: number;
  barThickness: number;
  measure: (text: string) => number;
  /** Labels always beside the bars (several series: each band holds a bar per series). */
  beside?: boolean;
}): BarLayout {
  const { labels, fontSize, barThickness, measure } = options;
  const width = layoutWidth(options.width);
  const labelsAbove = !options.beside && width < NARROW_WIDTH;
  const lineHeight = Math.round(fontSize * 1.25);
  // Beside the bars, labels take at most 40% of the width; above them, all of it.
  const labelWidth = labelsAbove ? width - 8 : Math.max(60, Math.floor(width * 0.4));
  const lines = labels.map((label) => wrapLabel(label, labelWidth, measure));
  const mostLines = Math.max(1, ...lines.map((l) => l.length));
  // Above the bars, each band holds the label block, the bar and a gap; the drawing code moves
  // each bar down by half the label block, out of the band's centre, to make room.
  const labelBlock = labelsAbove ? mostLines * lineHeight + 4 : 0;
  const band = labelsAbove
    ? barThickness + labelBlock + 10
    : Math.max(barThickness + 10, mostLines * lineHeight + 8);
  const axis = lineHeight + 16;
  return { width, lines, height: Math.ceil(labels.length * band + axis), labelsAbove, barThickness, labelShift: labelBlock / 2 };
}

/** Canvas text follows the page's text size (browser settings, zoom) but never under 12 px. */
export function canvasFontSize(style: CSSStyleDeclaration): number {
  return Math.max(12, Math.round(parseFloat(style.fontSize) * 0.875) || 14);
}

/**
 * The bar layout for an element's rows at `width`, from its computed font and `--_bar-height`.
 * `width` is 0 until the ResizeObserver's first report (before the first paint): layoutBars then
 * uses a typical column width; reading the real width here would force a layout per chart.
 */
export function barLayoutOf(el: Element, labels: string[], width: number, series = 1): BarLayout {
  const style = getComputedStyle(el);
  const fontSize = canvasFontSize(style);
  const thickness = Math.max(8, parseFloat(style.getPropertyValue('--_bar-height')) || 28);
  return layoutBars({
    labels,
    width,
    fontSize,
    // Several series: a band holds a thinner bar per series (or one stacked bar).
    barThickness: series > 1 ? Math.max(thickness, series * Math.round(thickness * 0.6)) : thickness,
    measure: textMeasurer(`${fontSize}px ${style.fontFamily}`),
    beside: series > 1,
  });
}

/** A column or line chart's height: about half its width, at least 240 px (a phone), at most 400. */
export const plotHeight = (width: number): number => Math.round(Math.min(400, Math.max(240, width * 0.55)));
