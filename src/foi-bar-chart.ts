/** Defines `<foi-bar-chart>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { FoiBarChart } from './charts/foi-bar-chart.js';

export { FoiBarChart };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('foi-bar-chart', FoiBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'foi-bar-chart': FoiBarChart;
  }
}
