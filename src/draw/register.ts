import { Chart } from 'chart.js';

/**
 * Chart.js without `chart.js/auto`: each kind (src/draw/kinds/) registers only the pieces it
 * draws with, so rollup drops the rest (line, pie, radar, legends…). Not even the Tooltip
 * plugin: the element shows an HTML tooltip instead, which is real text that follows zoom and
 * high-contrast colours, and saves every reader about 5 KB.
 */
export { Chart };
