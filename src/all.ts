/** Defines every foi-charts element and upgrades `data-foi-chart` placeholders. */
import './foi-bar-chart.js';
import './foi-donut-chart.js';
import './foi-column-chart.js';
import './foi-line-chart.js';
import './offence-platform-bar.js';
import './case-outcome-donut.js';
import './offence-type-bar.js';
import { watchPlaceholders } from './placeholders.js';

export * from './index.js';

// A server-side build (Next.js, Astro, Eleventy) imports this module in Node, where there is no
// document to watch: the tags are still defined (in Lit's DOM shim), and nothing else happens.
if (typeof document !== 'undefined') watchPlaceholders(document);
