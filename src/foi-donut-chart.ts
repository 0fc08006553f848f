/** Defines `<foi-donut-chart>`. Import this module for its side effect. */
import { defineElement } from './define.js';
import { FoiDonutChart } from './charts/foi-donut-chart.js';

export { FoiDonutChart };
// Brings the React, Vue and Svelte declarations of every tag (types only).
export type { FoiChartAttributes } from './frameworks.js';

defineElement('foi-donut-chart', FoiDonutChart);

declare global {
  interface HTMLElementTagNameMap {
    'foi-donut-chart': FoiDonutChart;
  }
}
