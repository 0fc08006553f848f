/** Defines every foi-charts element and upgrades `data-foi-chart` placeholders. */
import './foi-bar-chart.js';
import './foi-donut-chart.js';
import './offence-platform-bar.js';
import './case-outcome-donut.js';
import './offence-type-bar.js';
import { watchPlaceholders } from './placeholders.js';

export * from './index.js';

watchPlaceholders(document);
