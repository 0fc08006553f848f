import type { Plugin } from 'chart.js';
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
