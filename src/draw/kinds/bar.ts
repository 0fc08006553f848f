import { BarController, BarElement, CategoryScale, LinearScale, type ChartOptions, type Scale } from 'chart.js';
import { inBands, labelsAbove, measurer, tickFont, tickRoom } from '../plugins.js';
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
    const font = tickFont(spec);
    const measure = measurer(spec);
    const valueWidth = Math.ceil(Math.max(0, ...spec.valueLabels.map(measure)));
    const max = Math.max(0, ...spec.values);
    return {
      indexAxis: 'y',
      // Room after the longest bar for its value, and for the axis's last tick; with labels
      // above the bars, room before the first tick too (beside, the labels' column gives it).
      layout: { padding: { right: Math.max(valueWidth + 10, tickRoom(spec, max)), left: spec.labelsAbove ? tickRoom(spec, Math.min(0, ...spec.values)) : 0 } },
      scales: {
        x: {
          beginAtZero: true,
          suggestedMax: max,
          grid: { color: spec.gridColor },
          border: { display: false },
          // Transparent: Chart.js still sizes and places the ticks; the element lays them out as HTML.
          // Never rotated: the words over the canvas are level, and placed where the ticks are.
          ticks: { color: 'transparent', font, maxRotation: 0, callback: (v: number | string) => spec.formatTick(Number(v)) },
          // Bars that grow left have their value labels at their left ends: the scale reaches
          // further left by the widest label, so the longest one still ends inside the plot,
          // never over the category labels.
          afterDataLimits: (scale: Scale) => {
            const room = valueWidth + 10;
            if (scale.min < 0 && scale.width > 2 * room) scale.min -= ((scale.max - scale.min) * room) / (scale.width - room);
          },
        },
        y: {
          grid: { display: false },
          border: { color: spec.textColor },
          ticks: { display: !spec.labelsAbove, color: 'transparent', font, autoSkip: false },
          afterFit: inBands(spec),
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
