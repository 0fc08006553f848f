// A TypeScript project with no framework at all, checking every library file (skipLibCheck
// false): the React, Vue and Svelte declarations must cost it nothing.
import 'foi-charts/all.js';
import { FoiBarChart, type FoiRenderEvent } from 'foi-charts';

const el = document.createElement('offence-platform-bar');
el.total = 521;
el.addEventListener('foi-render', (event: FoiRenderEvent) => event.detail.chart.update());
export const isBar: boolean = el instanceof FoiBarChart;
// @ts-expect-error a misspelt theme
el.theme = 'drak';
