// One tag's entry: <case-outcome-donut> only.
import 'foi-charts/case-outcome-donut.js';
