// One tag's entry: <foi-line-chart> only.
import 'foi-charts/foi-line-chart.js';
