import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  Tooltip,
} from 'chart.js';

/**
 * The only Chart.js pieces foi-charts uses. Registering them one by one (instead of
 * `chart.js/auto`) lets rollup drop the rest: line, pie, radar, legends and so on.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip);

export { Chart };
