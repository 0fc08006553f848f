import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { Chart } from '../register.js';
import type { DrawKind } from './kind.js';
import { barDatasets, seriesAxes, seriesBoxes, seriesTexts } from './series-axes.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Vertical bars, labels (periods) in their order; several series side by side or stacked. */
export const column: DrawKind = {
  type: 'bar',
  plugins: [],
  datasets: (spec, fills) => barDatasets(spec, fills, { maxBarThickness: 56 }),
  options: seriesAxes,
  partBoxes: (chart) =>
    seriesBoxes(chart, (p) => ({ x: p.x! - p.width! / 2, y: Math.min(p.y!, p.base!), width: p.width!, height: Math.abs(p.base! - p.y!) })),
  texts: seriesTexts,
};
