// One tag's entry: <foi-bar-chart> only.
import 'foi-charts/foi-bar-chart.js';
