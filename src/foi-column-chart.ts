/** Defines `<foi-column-chart>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { FoiColumnChart } from './charts/foi-column-chart.js';

export { FoiColumnChart };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('foi-column-chart', FoiColumnChart);

declare global {
  interface HTMLElementTagNameMap {
    'foi-column-chart': FoiColumnChart;
  }
}
