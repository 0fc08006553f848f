import { CategoryScale, LinearScale, LineController, LineElement, PointElement, type PointStyle } from 'chart.js';
import { LINE_DASHES } from '../../core/line-dashes.js';
import { Chart } from '../register.js';
import type { DrawKind } from './kind.js';
import { seriesAxes, seriesBoxes, seriesTexts } from './series-axes.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

/** Colour is never the only cue: each series has its own point shape and dash pattern (LINE_DASHES). */
export const POINT_STYLES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'cross', 'rectRounded'];

/** One or more series over ordered labels; a missing figure is a gap in its line, not a zero. */
export const line: DrawKind = {
  type: 'line',
  plugins: [],
  datasets: (spec) =>
    (spec.series ?? []).map((series, i) => {
      const color = spec.colors[i] ?? spec.textColor;
      return {
        label: series.name,
        data: series.values.slice(),
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2.5,
        borderDash: [...LINE_DASHES[i % LINE_DASHES.length]!],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        pointHoverRadius: 7,
        pointHoverBorderWidth: 3,
        pointHoverBorderColor: spec.focusColor,
        spanGaps: false,
        tension: 0,
      };
    }),
  options: seriesAxes,
  // Focus targets around each point, big enough to see a ring around.
  partBoxes: (chart) => seriesBoxes(chart, (p) => ({ x: p.x! - 9, y: p.y! - 9, width: 18, height: 18 })),
  texts: seriesTexts,
};
