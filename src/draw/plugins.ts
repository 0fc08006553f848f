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

/** Value labels at the end of every bar: a bar chart must not need colour or gridlines to read. */
export const valueLabels: Plugin<'bar'> = {
  id: 'foiValueLabels',
  afterDatasetsDraw(chart) {
    const spec = specOf(chart);
    if (!spec || spec.kind !== 'bar') return;
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.font = font(spec);
    ctx.fillStyle = spec.textColor;
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, i) => {
      const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as unknown as {
        x: number;
        y: number;
        base: number;
      };
      const negative = x < base;
      ctx.textAlign = negative ? 'right' : 'left';
      ctx.fillText(spec.valueLabels[i] ?? '', x + (negative ? -6 : 6), y);
    });
    ctx.restore();
  },
};

/**
 * Narrow layout: each label is drawn above its bar, left-aligned at the chart's left edge, so a
 * 320 px screen gives the bars the full width. Chart.js centres a bar in its band; the band
 * here also holds the label, so each bar is moved down under its label once laid out.
 */
export const labelsAbove: Plugin<'bar'> = {
  id: 'foiLabelsAbove',
  afterDatasetsUpdate(chart) {
    const spec = specOf(chart);
    if (!spec || spec.kind !== 'bar' || !spec.labelsAbove || !spec.labelShift) return;
    for (const bar of chart.getDatasetMeta(0).data) (bar as unknown as { y: number }).y += spec.labelShift;
  },
  afterDatasetsDraw(chart) {
    const spec = specOf(chart);
    if (!spec || spec.kind !== 'bar' || !spec.labelsAbove) return;
    const { ctx, chartArea } = chart;
    const meta = chart.getDatasetMeta(0);
    const lineHeight = Math.round(spec.fontSize * 1.25);
    ctx.save();
    ctx.font = font(spec);
    ctx.fillStyle = spec.textColor;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    meta.data.forEach((bar, i) => {
      const { y } = bar.getProps(['y'], true) as unknown as { y: number };
      const lines = spec.labels[i] ?? [];
      const top = y - spec.barThickness / 2 - 2;
      lines.forEach((line, n) => {
        ctx.fillText(line, chartArea.left + 4, top - (lines.length - 1 - n) * lineHeight);
      });
    });
    ctx.restore();
  },
};

/** Tells the element when parts have moved, so its keyboard focus targets follow them. */
export const updateListener: Plugin = {
  id: 'foiUpdateListener',
  afterUpdate(chart) {
    specOf(chart)?.onUpdate?.();
  },
};
