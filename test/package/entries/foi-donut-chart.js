// One tag's entry: <foi-donut-chart> only.
import 'foi-charts/foi-donut-chart.js';
