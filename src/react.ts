/**
 * React components for every element, made with `@lit/react`: for React 18 and older, which set
 * every prop as an attribute and can't listen for custom events. (React 19 needs none of this:
 * write `<foi-bar-chart data={rows} onfoi-render={…}>` directly.) Importing this module defines
 * every tag.
 *
 * ```tsx
 * import { FoiBarChart } from 'foi-charts/react';
 * <FoiBarChart heading="Cases" data={rows} onFoiRender={(e) => console.log(e.detail.chart)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FoiBarChart as FoiBarChartElement } from './foi-bar-chart.js';
import { FoiDonutChart as FoiDonutChartElement } from './foi-donut-chart.js';
import { FoiColumnChart as FoiColumnChartElement } from './foi-column-chart.js';
import { FoiLineChart as FoiLineChartElement } from './foi-line-chart.js';
import { OffencePlatformBar as OffencePlatformBarElement } from './offence-platform-bar.js';
import { CaseOutcomeDonut as CaseOutcomeDonutElement } from './case-outcome-donut.js';
import { OffenceTypeBar as OffenceTypeBarElement } from './offence-type-bar.js';
import type { FoiErrorEvent, FoiFocusEvent, FoiRenderEvent } from './events/index.js';

const events = {
  onFoiRender: 'foi-render' as EventName<FoiRenderEvent>,
  onFoiError: 'foi-error' as EventName<FoiErrorEvent>,
  onFoiFocus: 'foi-focus' as EventName<FoiFocusEvent>,
};

export const FoiBarChart = createComponent({ react: React, tagName: 'foi-bar-chart', elementClass: FoiBarChartElement, events });
export const FoiDonutChart = createComponent({ react: React, tagName: 'foi-donut-chart', elementClass: FoiDonutChartElement, events });
export const FoiColumnChart = createComponent({ react: React, tagName: 'foi-column-chart', elementClass: FoiColumnChartElement, events });
export const FoiLineChart = createComponent({ react: React, tagName: 'foi-line-chart', elementClass: FoiLineChartElement, events });
export const OffencePlatformBar = createComponent({
  react: React,
  tagName: 'offence-platform-bar',
  elementClass: OffencePlatformBarElement,
  events,
});
export const CaseOutcomeDonut = createComponent({
  react: React,
  tagName: 'case-outcome-donut',
  elementClass: CaseOutcomeDonutElement,
  events,
});
export const OffenceTypeBar = createComponent({ react: React, tagName: 'offence-type-bar', elementClass: OffenceTypeBarElement, events });
