import type { ChartOptions, Scale } from 'chart.js';
import { planAxisLabels, type AxisLabelPlan } from '../../core/axis-labels.js';
import { axisSteps, lineHeightPx, measurer, tickFont } from '../plugins.js';
import type { Chart } from '../register.js';
import { scaleTexts } from '../text.js';
import type { ChartText, DrawSpec, PartBox } from '../spec.js';

const PADDING_RIGHT = 8;

/**
 * The axes of a chart of series over labels (columns, lines): labels along the bottom in their
 * order, values up the side from zero. Tick text is transparent: the element lays it over the
 * canvas as HTML, where Chart.js placed it.
 */
export function seriesAxes(spec: DrawSpec): ChartOptions {
  const font = tickFont(spec);
  return {
    indexAxis: 'x',
    layout: { padding: { top: 12, right: PADDING_RIGHT } },
    scales: {
      x: {
        stacked: spec.stacked,
        grid: { display: false },
        border: { color: spec.textColor },
        // Which labels are written is planned here, never left to Chart.js's skipping, which
        // could drop the last label and says nothing.
        ticks: {
          color: 'transparent',
          font,
          autoSkip: false,
          maxRotation: 0,
          // Under the lowest value tick's lower half, which a line's first label reaches under (large text).
          padding: Math.max(3, Math.ceil(lineHeightPx(spec) / 2) - 6),
          callback: labelsToRoom(measurer(spec)),
        },
      },
      y: {
        stacked: spec.stacked,
        beginAtZero: true,
        grid: { color: spec.gridColor },
        border: { display: false },
        ticks: { color: 'transparent', font, callback: (v: number | string) => spec.formatTick(Number(v)) },
      },
    },
  } as ChartOptions;
}

/**
 * The labels along the bottom, planned for the room the plot has (src/core/axis-labels.ts): each
 * wraps to the room between its neighbours; where words still can't fit, only the first, every
 * k-th and the last are written (null leaves a label out), and the drawing says which k.
 * Called by Chart.js with the scale as `this`, whose width is the plot's at that point of its
 * layout; the plan is made once per width.
 */
function labelsToRoom(measure: (text: string) => number) {
  let planned: { width: number; plan: AxisLabelPlan } | null = null;
  return function (this: Scale, _value: number | string, index: number): string | string[] | null {
    if (planned?.width !== this.width) {
      const labels = this.getLabels().map(String);
      // The room beside the ends that Chart.js leaves the plot's width alone for: the value
      // axis on the left (fitted before this one), the layout's padding on the right, less the
      // tick padding Chart.js adds. A label reaching further makes the plot narrower.
      const beyond: [number, number] = [Math.max(0, (this.chart.scales.y?.width ?? 0) - 3), PADDING_RIGHT - 3];
      planned = { width: this.width, plan: planAxisLabels({ labels, length: this.width, offset: !!(this.options as { offset?: boolean }).offset, measure, beyond }) };
      axisSteps.set(this.chart.canvas, planned.plan.step);
    }
    const lines = planned.plan.lines[index];
    return lines ? (lines.length === 1 ? lines[0]! : lines) : null;
  };
}

/** The words of a chart of series: the labels under it and the values up its side. */
export const seriesTexts = (chart: Chart): ChartText[] => [...scaleTexts(chart, 'x', 'category'), ...scaleTexts(chart, 'y', 'tick')];

/**
 * Each element's box, series by series, from `box` (its props as Chart.js has them). A gap has no
 * point: its box is the whole height of the plot at its label, never a ring on the zero line
 * where a 0 would be.
 */
export function seriesBoxes(chart: Chart, box: (p: Record<string, number>) => PartBox): PartBox[] {
  const { top, bottom } = chart.chartArea;
  return chart.data.datasets.flatMap((dataset, d) =>
    chart.getDatasetMeta(d).data.map((element, i) => {
      const p = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as unknown as Record<string, number>;
      if (dataset.data[i] != null) return box(p);
      // Horizontal bars (indexAxis y): the gap's band across the plot instead.
      if ((chart.options as { indexAxis?: string }).indexAxis === 'y') {
        const { left, right } = chart.chartArea;
        const height = Math.max(12, Math.min(24, p.height || 18));
        return { x: left, y: p.y! - height / 2, width: right - left, height };
      }
      const width = Math.max(12, Math.min(24, p.width || 18));
      return { x: p.x! - width / 2, y: top, width, height: bottom - top };
    }),
  );
}

/**
 * The datasets of bars of several series, vertical or horizontal: a fill (texture) per series, and
 * a background-coloured edge that keeps neighbouring and stacked bars apart without colour.
 */
export function barDatasets(spec: DrawSpec, fills: (string | CanvasPattern)[], extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return (spec.series ?? []).map((series, i) => ({
    label: series.name,
    data: series.values.slice(),
    backgroundColor: fills[i],
    hoverBackgroundColor: fills[i],
    borderColor: spec.backgroundColor,
    borderWidth: spec.series!.length > 1 ? 1 : 0,
    hoverBorderWidth: 3,
    hoverBorderColor: spec.focusColor,
    borderSkipped: false,
    ...extra,
  }));
}
