import type { ChartOptions, Scale } from 'chart.js';
import { wrapLabel } from '../../core/wrap.js';
import { textMeasurer } from '../../dom/measure-text.js';
import { font as cssFont } from '../plugins.js';
import type { Chart } from '../register.js';
import { scaleTexts } from '../text.js';
import type { ChartText, DrawSpec, PartBox } from '../spec.js';

/**
 * The axes of a chart of series over labels (columns, lines): labels along the bottom in their
 * order, values up the side from zero. Tick text is transparent: the element lays it over the
 * canvas as HTML, where Chart.js placed it.
 */
export function seriesAxes(spec: DrawSpec): ChartOptions {
  const font = { family: spec.fontFamily, size: spec.fontSize };
  return {
    indexAxis: 'x',
    layout: { padding: { top: 12, right: 8 } },
    scales: {
      x: {
        stacked: spec.stacked,
        grid: { display: false },
        border: { color: spec.textColor },
        ticks: { color: 'transparent', font, autoSkip: true, maxRotation: 0, callback: wrapToRoom(textMeasurer(cssFont(spec))) },
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
 * Labels along the bottom wrap to the room each label has, rather than being skipped: on a phone,
 * "2014/15 and 2015/16" beside "2016/17" left the second column unnamed. Where even one word
 * doesn't fit (many labels), a label stays whole and Chart.js skips some, as before. Called by
 * Chart.js with the scale as `this`, whose width is the plot's at that point of its layout.
 */
function wrapToRoom(measure: (text: string) => number) {
  return function (this: Scale, value: number | string): string | string[] {
    const label = this.getLabelForValue(Number(value));
    const room = this.width / Math.max(1, this.getLabels().length) - 8;
    const longestWord = Math.max(0, ...label.split(/\s+/).map(measure));
    return room >= longestWord && measure(label) > room ? wrapLabel(label, room, measure) : label;
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
