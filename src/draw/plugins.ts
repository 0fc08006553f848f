import type { Plugin, Scale } from 'chart.js';
import { spacedWidth, textMeasurer } from '../dom/measure-text.js';
import type { DrawSpec } from './spec.js';

/**
 * Per-chart drawing settings live in a WeakMap rather than on the chart options, so Chart.js
 * never tries to resolve or clone our functions and arrays. Keyed by canvas: the first update
 * runs inside `new Chart`, before there is a chart to key by.
 */
export const specs = new WeakMap<HTMLCanvasElement, DrawSpec>();
const specOf = (chart: { canvas: HTMLCanvasElement }) => specs.get(chart.canvas);

export const font = (spec: DrawSpec, scale = 1, weight: 'normal' | 'bold' = 'normal') =>
  `${weight} ${Math.round(spec.fontSize * scale)}px ${spec.fontFamily}`;

/** Measures a word as wide as it is as HTML over the canvas: the chart's font, with its spacing. */
export const measurer = (spec: DrawSpec) => textMeasurer(font(spec), spec.spacing);

/** The font Chart.js lays out and places the ticks in: the words' size and line height. */
export const tickFont = (spec: DrawSpec) => ({ family: spec.fontFamily, size: spec.fontSize, lineHeight: spec.lineHeight });

/** The words' line height in CSS px, as the element's bar layout rounds it. */
export const lineHeightPx = (spec: DrawSpec) => Math.ceil(spec.fontSize * spec.lineHeight);

/**
 * The room an end of a value axis needs for half its last tick label, centred on it, for a value
 * axis whose ends reach `value`: one digit more than the value's own label, since a nicer tick
 * may lie beyond it. Chart.js makes this room only after choosing which ticks fit, and the plot
 * it narrows then holds those ticks closer than it chose them for; kept in the layout's padding,
 * the plot keeps its width.
 */
export const tickRoom = (spec: DrawSpec, value: number): number => Math.ceil(measurer(spec)(`${spec.formatTick(value)}0`) / 2) + 4;

/**
 * The category axis of horizontal bars, after Chart.js fits it: each label sits in its own band,
 * which the element's layout made tall enough for it, so no room is kept beyond the first and
 * last bands (Chart.js would take half a label's height at each end and shrink every band under
 * its label); and the axis is as wide as the widest line the layout wrapped to, which may be more
 * than the half of the chart Chart.js allows an axis (a long word in large text).
 */
export function inBands(spec: DrawSpec) {
  const widest = Math.max(0, ...spec.labels.flat().map(measurer(spec)));
  return (scale: Scale): void => {
    scale.paddingTop = 0;
    scale.paddingBottom = 0;
    const { ticks, grid } = scale.options as unknown as { ticks: { display?: boolean; padding?: number }; grid: { drawTicks?: boolean; tickLength?: number } };
    // As Chart.js sizes an axis: tick mark, padding, the label, padding.
    const tick = grid.drawTicks === false ? 0 : (grid.tickLength ?? 8);
    if (ticks.display !== false) scale.width = Math.max(scale.width, tick + Math.ceil(widest) + 2 * (ticks.padding ?? 3));
  };
}

const spaced = new WeakSet<CanvasRenderingContext2D>();

/**
 * Chart.js sizes the axes, makes room for the first and last tick and thins the ticks from
 * widths it measures on the canvas, which applies no CSS letter or word spacing (the canvas
 * element's own is kept at normal, styles.ts); the words are HTML, which does. So the canvas's
 * measurements count the spacing of the spec being drawn, and every room Chart.js makes fits the
 * words as a reader's text spacing draws them (WCAG 1.4.12).
 */
export function measureSpaced(canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || spaced.has(ctx)) return;
  spaced.add(ctx);
  const measure = ctx.measureText.bind(ctx);
  ctx.measureText = (text: string) => {
    const metrics = measure(text);
    const spacing = specs.get(canvas)?.spacing;
    if (!spacing || (!spacing.letterSpacing && !spacing.wordSpacing)) return metrics;
    // Chart.js reads only the width; the rest are copied for anything that reads more.
    return {
      width: spacedWidth(metrics.width, text, spacing),
      actualBoundingBoxLeft: metrics.actualBoundingBoxLeft,
      actualBoundingBoxRight: metrics.actualBoundingBoxRight,
      actualBoundingBoxAscent: metrics.actualBoundingBoxAscent,
      actualBoundingBoxDescent: metrics.actualBoundingBoxDescent,
      fontBoundingBoxAscent: metrics.fontBoundingBoxAscent,
      fontBoundingBoxDescent: metrics.fontBoundingBoxDescent,
    } as TextMetrics;
  };
}

/**
 * How many labels apart the labels under the axis are written (1: every one), by canvas, as
 * the last layout of a column or line chart planned them (src/core/axis-labels.ts).
 */
export const axisSteps = new WeakMap<HTMLCanvasElement, number>();

/**
 * Narrow layout: each label sits above its bar (HTML, laid out by the element from
 * src/draw/text.ts), so a 320 px screen gives the bars the full width. Chart.js centres a bar in
 * its band; the band here also holds the label, so each bar is moved down under it once laid out.
 */
export const labelsAbove: Plugin<'bar'> = {
  id: 'foiLabelsAbove',
  afterDatasetsUpdate(chart) {
    const spec = specOf(chart);
    if (!spec || spec.kind !== 'bar' || !spec.labelsAbove || !spec.labelShift) return;
    for (const bar of chart.getDatasetMeta(0).data) (bar as unknown as { y: number }).y += spec.labelShift;
  },
};

/** Tells the element when parts have moved, so its keyboard focus targets follow them. */
export const updateListener: Plugin = {
  id: 'foiUpdateListener',
  afterUpdate(chart) {
    specOf(chart)?.onUpdate?.();
  },
};
