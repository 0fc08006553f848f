import { FoiChart } from '../base/foi-chart.js';

/**
 * One or more series as lines over ordered labels, each with its own point shape and dash
 * pattern, so colour is never the only cue. A missing figure is a gap in its line. Data as for
 * `<foi-column-chart>`.
 *
 * @summary An accessible line chart of one or more series.
 * @tag foi-line-chart
 */
export class FoiLineChart extends FoiChart {
  static override kind = 'line' as const;
}
