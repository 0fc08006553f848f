import { BarController, BarElement, CategoryScale, LinearScale, type ChartOptions } from 'chart.js';
import { textMeasurer } from '../../dom/measure-text.js';
import { font, labelsAbove } from '../plugins.js';
import { Chart } from '../register.js';
import { chartTexts } from '../text.js';
import type { DrawKind } from './kind.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Horizontal bars, value labels at their ends, labels beside them or (narrow) above them. */
export const bar: DrawKind = {
  type: 'bar',
  plugins: [labelsAbove],
  datasets: (spec, fills) => [{
    data: spec.values.slice(),
    backgroundColor: fills,
    hoverBackgroundColor: fills,
    borderWidth: 0,
    hoverBorderWidth: 3,
    hoverBorderColor: spec.focusColor,
    barThickness: spec.barThickness,
    borderSkipped: false,
  }],
  options(spec) {
    const tickFont = { family: spec.fontFamily, size: spec.fontSize };
    const measure = textMeasurer(font(spec));
    const valueWidth = Math.ceil(Math.max(0, ...spec.valueLabels.map(measure)));
    const min = Math.min(0, ...spec.values);
    const max = Math.max(0, ...spec.values);
    return {
      indexAxis: 'y',
      layout: { padding: { right: valueWidth + 10, left: min < 0 ? valueWidth + 10 : 0 } },
      scales: {
        x: {
          beginAtZero: true,
          suggestedMax: max,
          grid: { color: spec.gridColor },
          border: { display: false },
          // Transparent: Chart.js still sizes and places the ticks; the element lays them out as HTML.
          ticks: { color: 'transparent', font: tickFont, callback: (v: number | string) => spec.formatTick(Number(v)) },
        },
        y: {
          grid: { display: false },
          border: { color: spec.textColor },
          ticks: { display: !spec.labelsAbove, color: 'transparent', font: tickFont, autoSkip: false },
        },
      },
    } as ChartOptions;
  },
  partBoxes: (chart) =>
    chart.getDatasetMeta(0).data.map((element) => {
      const p = element.getProps(['x', 'y', 'base', 'height'], true) as unknown as Record<string, number>;
      return { x: Math.min(p.x!, p.base!), y: p.y! - p.height! / 2, width: Math.abs(p.x! - p.base!), height: p.height! };
    }),
  texts: chartTexts,
};
