/**
 * The chart builder's entry (dist/builder/builder.js): defines `<foi-chart-builder>`. The page
 * loads the embed too, which defines the chart elements the preview uses: the builder's script
 * is never part of what an article downloads.
 */
import { FoiChartBuilder } from './foi-chart-builder.js';

if (!customElements.get('foi-chart-builder')) customElements.define('foi-chart-builder', FoiChartBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'foi-chart-builder': FoiChartBuilder;
  }
}

export { FoiChartBuilder };
