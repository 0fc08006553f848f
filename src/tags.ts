/**
 * Every tag the package defines, in one list: for configuration that must name them, such as
 * Vue's `isCustomElement: (tag) => foiChartTags.includes(tag)`. Plain strings, so that
 * `includes(tag)` takes any tag name.
 */
export const foiChartTags: readonly string[] = [
  'foi-bar-chart',
  'foi-donut-chart',
  'foi-column-chart',
  'foi-line-chart',
  'offence-platform-bar',
  'case-outcome-donut',
  'offence-type-bar',
];
