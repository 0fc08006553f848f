/**
 * The element classes and helpers, without defining any tag (no side effects): for pages that
 * register tags themselves. Import `foi-charts/all.js` to define every element.
 */
export { FoiChart, type ChartState, type Preset } from './base/foi-chart.js';
export { FoiBarChart } from './charts/foi-bar-chart.js';
export { FoiDonutChart } from './charts/foi-donut-chart.js';
export { OffencePlatformBar } from './presets/offence-platform-bar.js';
export { CaseOutcomeDonut } from './presets/case-outcome-donut.js';
export { OffenceTypeBar } from './presets/offence-type-bar.js';
export { defineElement } from './define.js';
export type { Datum } from './core/types.js';
export type { FoiRenderEvent, FoiErrorEvent, FoiFocusEvent } from './events/index.js';
