// A TypeScript project with no framework at all, checking every library file (skipLibCheck
// false): the React, Vue and Svelte declarations must cost it nothing.
import 'foi-charts/all.js';
// The stylesheet is an export with types of its own, so this side-effect import is checked too.
import 'foi-charts/foi-charts.css';
import { FoiBarChart, foiChartTags, type FoiRenderEvent } from 'foi-charts';

const el = document.createElement('offence-platform-bar');
el.total = 521;
el.addEventListener('foi-render', (event: FoiRenderEvent) => event.detail.chart.update());
export const isBar: boolean = el instanceof FoiBarChart;
export const isTag: boolean = foiChartTags.includes(el.localName);
// @ts-expect-error a misspelt theme
el.theme = 'drak';
