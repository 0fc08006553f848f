import { FoiChart } from '../base/foi-chart.js';

/**
 * Vertical bars over labels kept in their order (years, quarters): one series, or several side
 * by side (`layout="grouped"`, default) or stacked (`layout="stacked"`). Data from `values`,
 * `src` (`value-columns` picks the series), a child `<table>` (one column per series) or the
 * `data` property (`{labels, series: [{name, values}]}`). A missing figure is a gap, never a zero.
 *
 * @summary An accessible column chart of one or more series.
 * @tag foi-column-chart
 */
export class FoiColumnChart extends FoiChart {
  static override kind = 'column' as const;
}
