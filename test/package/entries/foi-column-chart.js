// One tag's entry: <foi-column-chart> only.
import 'foi-charts/foi-column-chart.js';
