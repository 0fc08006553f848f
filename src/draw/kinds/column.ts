import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { Chart } from '../register.js';
import type { DrawKind } from './kind.js';
import { seriesAxes, seriesBoxes, seriesTexts } from './series-axes.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Vertical bars, labels (periods) in their order; several series side by side or stacked. */
export const column: DrawKind = {
  type: 'bar',
  plugins: [],
  datasets: (spec, fills) =>
    (spec.series ?? []).map((series, i) => ({
      label: series.name,
      data: series.values.slice(),
      backgroundColor: fills[i],
      hoverBackgroundColor: fills[i],
      // A background-coloured edge keeps stacked and neighbouring columns apart without colour.
      borderColor: spec.backgroundColor,
      borderWidth: spec.series!.length > 1 ? 1 : 0,
      hoverBorderWidth: 3,
      hoverBorderColor: spec.focusColor,
      maxBarThickness: 56,
      borderSkipped: false,
    })),
  options: seriesAxes,
  partBoxes: (chart) =>
    seriesBoxes(chart, (p) => ({ x: p.x! - p.width! / 2, y: Math.min(p.y!, p.base!), width: p.width!, height: Math.abs(p.base! - p.y!) })),
  texts: seriesTexts,
};
