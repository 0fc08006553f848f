import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
} from 'chart.js';

/**
 * The only Chart.js pieces foi-charts uses. Registering them one by one (instead of
 * `chart.js/auto`) lets rollup drop the rest: line, pie, radar, legends and so on. Not even the
 * Tooltip plugin: the element shows an HTML tooltip instead, which is real text that follows
 * zoom and high-contrast colours, and saves every reader about 5 KB.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement);

export { Chart };
