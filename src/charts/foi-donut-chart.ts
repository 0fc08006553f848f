import { FoiChart } from '../base/foi-chart.js';

/**
 * A donut of exclusive parts of a whole, with a real HTML legend (swatch, label, value, share).
 * A negative value is an error; data that is all zero is `empty`. `actions="… bars"` offers the
 * same data as bars.
 *
 * @summary An accessible donut chart.
 * @tag foi-donut-chart
 */
export class FoiDonutChart extends FoiChart {
  static override kind = 'donut' as const;
}
