/** Defines `<foi-line-chart>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { FoiLineChart } from './charts/foi-line-chart.js';

export { FoiLineChart };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('foi-line-chart', FoiLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'foi-line-chart': FoiLineChart;
  }
}
