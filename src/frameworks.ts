/**
 * Types for using the elements from React, Vue and Svelte, with nothing for the user to write:
 * every entry's types load this module. Each block below augments one framework's own types and
 * names only that framework's types inside it, so a project without the framework installed
 * (or with `skipLibCheck: false`) is unaffected.
 */
import type { FoiChart } from './base/foi-chart.js';
import type { ActionList, HeadingLevel, SortOrder, Theme, Total, ValueFormat } from './base/attributes.js';
import type { FoiBarChart } from './charts/foi-bar-chart.js';
import type { FoiDonutChart } from './charts/foi-donut-chart.js';
import type { CaseOutcomeDonut } from './presets/case-outcome-donut.js';
import type { OffencePlatformBar } from './presets/offence-platform-bar.js';
import type { OffenceTypeBar } from './presets/offence-type-bar.js';
import type { FoiErrorEvent, FoiFocusEvent, FoiRenderEvent } from './events/index.js';

/** Every tag and its class. */
export interface FoiChartElements {
  'foi-bar-chart': FoiBarChart;
  'foi-donut-chart': FoiDonutChart;
  'offence-platform-bar': OffencePlatformBar;
  'case-outcome-donut': CaseOutcomeDonut;
  'offence-type-bar': OffenceTypeBar;
}

/** The attributes every element takes, as they are written in HTML (kebab-case). */
export interface FoiChartAttributes {
  values?: string;
  src?: string;
  'label-column'?: string;
  'value-column'?: string;
  heading?: string;
  subtitle?: string;
  source?: string;
  'source-href'?: string;
  note?: string;
  total?: Total | `${number}`;
  'remainder-label'?: string;
  unit?: string;
  'value-format'?: ValueFormat;
  sort?: SortOrder;
  highlight?: string;
  locale?: string;
  theme?: Theme;
  actions?: ActionList;
  patterns?: boolean;
  summary?: string;
  eager?: boolean;
  animate?: boolean;
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
}

/** What only script can set: the `data` property (wins over every attribute). */
export interface FoiChartProperties {
  data?: FoiChart['data'];
}

/** The same attributes in camelCase, as Vue's templates type them (`value-format` → `valueFormat`). */
export interface FoiChartVueProps extends FoiChartProperties {
  values?: string;
  src?: string;
  labelColumn?: string;
  valueColumn?: string;
  heading?: string;
  subtitle?: string;
  source?: string;
  sourceHref?: string;
  note?: string;
  total?: Total | `${number}`;
  remainderLabel?: string;
  unit?: string;
  valueFormat?: ValueFormat;
  sort?: SortOrder;
  highlight?: string;
  locale?: string;
  theme?: Theme;
  actions?: ActionList;
  patterns?: boolean;
  summary?: string;
  eager?: boolean;
  animate?: boolean;
  headingLevel?: HeadingLevel | `${HeadingLevel}`;
  /** `@foi-render` */
  onFoiRender?: (event: FoiRenderEvent) => void;
  /** `@foi-error` */
  onFoiError?: (event: FoiErrorEvent) => void;
  /** `@foi-focus` */
  onFoiFocus?: (event: FoiFocusEvent) => void;
}

/** Listeners as React 19 and Svelte 5 write them on custom elements: `on` + the event's name. */
export interface FoiChartEventAttributes {
  'onfoi-render'?: (event: FoiRenderEvent) => void;
  'onfoi-error'?: (event: FoiErrorEvent) => void;
  'onfoi-focus'?: (event: FoiFocusEvent) => void;
}

declare module 'react' {
  namespace JSX {
    // React 19 sets a prop as a property when the element has it (`data`), else as an attribute;
    // `onfoi-render` listens for the `foi-render` event.
    type FoiChartJsx<El extends HTMLElement> = import('react').DetailedHTMLProps<import('react').HTMLAttributes<El>, El> &
      FoiChartAttributes &
      FoiChartProperties &
      FoiChartEventAttributes & { class?: string };
    interface IntrinsicElements {
      'foi-bar-chart': FoiChartJsx<FoiBarChart>;
      'foi-donut-chart': FoiChartJsx<FoiDonutChart>;
      'offence-platform-bar': FoiChartJsx<OffencePlatformBar>;
      'case-outcome-donut': FoiChartJsx<CaseOutcomeDonut>;
      'offence-type-bar': FoiChartJsx<OffenceTypeBar>;
    }
  }
}

declare module 'vue' {
  // Vue's compiler must be told these are custom elements (compilerOptions.isCustomElement, see
  // the README); these declarations let vue-tsc and Volar check their attributes and events.
  interface GlobalComponents {
    'foi-bar-chart': import('vue').DefineComponent<FoiChartVueProps>;
    'foi-donut-chart': import('vue').DefineComponent<FoiChartVueProps>;
    'offence-platform-bar': import('vue').DefineComponent<FoiChartVueProps>;
    'case-outcome-donut': import('vue').DefineComponent<FoiChartVueProps>;
    'offence-type-bar': import('vue').DefineComponent<FoiChartVueProps>;
  }
}

declare module 'svelte/elements' {
  // Svelte 5 sets a prop as a property when the element has it (`data`); `onfoi-render`
  // listens for the `foi-render` event.
  interface SvelteHTMLElements {
    'foi-bar-chart': HTMLAttributes<FoiBarChart> & FoiChartAttributes & FoiChartProperties & FoiChartEventAttributes;
    'foi-donut-chart': HTMLAttributes<FoiDonutChart> & FoiChartAttributes & FoiChartProperties & FoiChartEventAttributes;
    'offence-platform-bar': HTMLAttributes<OffencePlatformBar> &
      FoiChartAttributes &
      FoiChartProperties &
      FoiChartEventAttributes;
    'case-outcome-donut': HTMLAttributes<CaseOutcomeDonut> & FoiChartAttributes & FoiChartProperties & FoiChartEventAttributes;
    'offence-type-bar': HTMLAttributes<OffenceTypeBar> & FoiChartAttributes & FoiChartProperties & FoiChartEventAttributes;
  }
}
