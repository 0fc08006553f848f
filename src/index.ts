/**
 * The element classes and helpers, without defining any tag (no side effects): for pages that
 * register tags themselves. Import `foi-charts/all.js` to define every element.
 */
export {
  FoiChart,
  type Action,
  type ActionList,
  type ChartState,
  type HeadingLevel,
  type Level,
  type Parts,
  type Preset,
  type SortOrder,
  type Theme,
  type Total,
  type ValueFormat,
} from './base/foi-chart.js';
export { FoiBarChart } from './charts/foi-bar-chart.js';
export { FoiDonutChart } from './charts/foi-donut-chart.js';
export { FoiColumnChart } from './charts/foi-column-chart.js';
export { FoiLineChart } from './charts/foi-line-chart.js';
export { OffencePlatformBar } from './presets/offence-platform-bar.js';
export { CaseOutcomeDonut } from './presets/case-outcome-donut.js';
export { OffenceTypeBar } from './presets/offence-type-bar.js';
export { defineElement } from './define.js';
export { foiChartTags } from './tags.js';
export type { Datum } from './core/types.js';
export type {
  FoiRenderEvent,
  FoiErrorEvent,
  FoiFocusEvent,
  FoiRenderDetail,
  FoiErrorDetail,
  FoiFocusDetail,
  FoiEventMap,
} from './events/index.js';
export type {
  FoiChartElements,
  FoiChartAttributes,
  FoiChartProperties,
  FoiChartEventAttributes,
  FoiChartVueProps,
  FoiChartPropertySettings,
} from './frameworks.js';
