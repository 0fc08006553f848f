/**
 * The partner embed (`dist/foi-charts.js`): one classic `<script src … defer>` that defines
 * every element. The Chart.js half loads on demand from beside this script.
 */
import './all.js';
