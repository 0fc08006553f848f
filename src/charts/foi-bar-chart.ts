import { FoiChart } from '../base/foi-chart.js';

/**
 * Horizontal bars, one per category, each labelled with its value. Negative values are drawn
 * left of zero. Give it data with `values`, `src`, a child `<table>` or the `data` property.
 *
 * @summary An accessible horizontal bar chart.
 * @tag foi-bar-chart
 */
export class FoiBarChart extends FoiChart {
  static override kind = 'bar' as const;
}
