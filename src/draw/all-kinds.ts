/**
 * The drawing chunk with every kind registered: what the classic embed loads for a column or
 * line chart (dist/foi-charts-draw-all.js), so that its bar-only drawing chunk carries none of
 * the line chart's Chart.js pieces. (Chart.js is one module: a build can't split its pieces
 * between chunks that share it.)
 */
import { registerSeriesKinds } from './series-kinds.js';

registerSeriesKinds();

export * from './index.js';
