import type { ChartOptions, Plugin } from 'chart.js';
import type { ChartText, DrawSpec, PartBox } from '../spec.js';
import type { Chart } from '../register.js';

/**
 * How one kind of chart becomes a Chart.js drawing. A new kind is a new module implementing
 * this, registering the Chart.js pieces it needs; the drawing code around it does not change.
 */
export interface DrawKind {
  /** The Chart.js chart type. */
  type: 'bar' | 'doughnut' | 'line';
  /** Chart.js plugins this kind adds to each chart. */
  plugins: Plugin[];
  /**
   * The datasets: one per series, with data and styling (fills have textures already). Parts are
   * numbered series by series: part `s × labels + i` is label i of series s.
   */
  datasets(spec: DrawSpec, fills: (string | CanvasPattern)[]): Record<string, unknown>[];
  /** The kind's own options, merged over the ones every kind shares. */
  options(spec: DrawSpec): ChartOptions;
  /** Where each part sits, for its focus target and tooltip. */
  partBoxes(chart: Chart): PartBox[];
  /** The words the canvas leaves out, for the element to lay over it as HTML. */
  texts(chart: Chart, spec: DrawSpec): ChartText[];
}
