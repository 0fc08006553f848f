/**
 * Types for using the elements from React, Vue and Svelte, with nothing for the user to write:
 * every entry's types load this module. Each block below augments one framework's own types but
 * names none of them (the props are written out here), so a project without that framework is
 * unaffected, even with `skipLibCheck: false` (a CI fixture checks this).
 */
import type { FoiChart } from './base/foi-chart.js';
import type { ActionList, HeadingLevel, Level, Parts, PngWidth, SeriesLayout, SortOrder, TakeawayDisplay, Theme, Total, ValueFormat } from './base/attributes.js';
import type { FoiBarChart } from './charts/foi-bar-chart.js';
import type { FoiDonutChart } from './charts/foi-donut-chart.js';
import type { FoiColumnChart } from './charts/foi-column-chart.js';
import type { FoiLineChart } from './charts/foi-line-chart.js';
import type { CaseOutcomeDonut } from './presets/case-outcome-donut.js';
import type { OffencePlatformBar } from './presets/offence-platform-bar.js';
import type { OffenceTypeBar } from './presets/offence-type-bar.js';
import type { FoiErrorEvent, FoiEventMap, FoiFocusEvent, FoiRenderEvent } from './events/index.js';

/** Every tag and its class. */
export interface FoiChartElements {
  'foi-bar-chart': FoiBarChart;
  'foi-donut-chart': FoiDonutChart;
  'foi-column-chart': FoiColumnChart;
  'foi-line-chart': FoiLineChart;
  'offence-platform-bar': OffencePlatformBar;
  'case-outcome-donut': CaseOutcomeDonut;
  'offence-type-bar': OffenceTypeBar;
}

/**
 * The attributes every element takes, as they are written in HTML (kebab-case). Text is what an
 * attribute holds, so the element reads it: `total="1,234"` in the chart's locale.
 */
export interface FoiChartAttributes {
  values?: string;
  src?: string;
  'label-column'?: string;
  'value-column'?: string;
  'value-columns'?: string;
  'series-column'?: string;
  filter?: string;
  level?: Level;
  parts?: Parts;
  decimals?: number | `${number}`;
  layout?: SeriesLayout;
  heading?: string;
  subtitle?: string;
  source?: string;
  'source-href'?: string;
  note?: string;
  total?: Total | (string & {});
  decimal?: ',' | '.';
  'remainder-label'?: string;
  unit?: string;
  'value-format'?: ValueFormat;
  sort?: SortOrder;
  highlight?: string;
  locale?: string;
  theme?: Theme;
  actions?: ActionList;
  'png-width'?: PngWidth | `${number}`;
  'print-table'?: boolean;
  patterns?: boolean;
  summary?: string;
  takeaway?: TakeawayDisplay;
  eager?: boolean;
  animate?: boolean;
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
}

/** What only script can set: the `data` property (wins over every attribute). */
export interface FoiChartProperties {
  data?: FoiChart['data'];
}

/** `value-format` → `valueFormat`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * The same settings under their property names (`valueFormat`), as frameworks that set
 * properties write them (React 19, Vue, Svelte set a prop as a property when the element has
 * it). `animate` is `animated` here: `animate()` is a method of every element, which a framework
 * setting properties would overwrite.
 */
export type FoiChartPropertySettings = {
  [Name in Exclude<keyof FoiChartAttributes, 'animate'> as CamelCase<Name>]?: FoiChartAttributes[Name];
} & { animated?: boolean };

/** The DOM's own events (`click`, `keydown` …), for the frameworks' `on…` listeners. */
type DomEventName = Exclude<keyof HTMLElementEventMap, keyof FoiEventMap>;

/** What Vue's templates may write on a tag: the settings, `data`, the events, and what Vue and HTML give every element. */
export type FoiChartVueProps = FoiChartProperties &
  FoiChartPropertySettings & {
    /** `@foi-render` */
    onFoiRender?: (event: FoiRenderEvent) => void;
    /** `@foi-error` */
    onFoiError?: (event: FoiErrorEvent) => void;
    /** `@foi-focus` */
    onFoiFocus?: (event: FoiFocusEvent) => void;
  } & { [Name in DomEventName as `on${Capitalize<Name>}`]?: (event: HTMLElementEventMap[Name]) => void } & Omit<
    FoiGlobalAttributes,
    'class' | 'style' | `on${string}` | `data-${string}`
  > & {
    /** Vue's own: a string, array or object of classes, and a string or object of styles. */
    class?: unknown;
    style?: unknown;
    key?: PropertyKey;
    ref?: unknown;
    /** `data-story`, which vue-tsc checks as `dataStory`. */
    [attribute: `data${Capitalize<string>}`]: unknown;
  };

/** A Vue component type described by its instance's `$props` and the element it renders. */
export type FoiVueComponent<El extends HTMLElement> = new () => { $props: FoiChartVueProps; $el: El };

/** The attributes any HTML element takes, for Svelte's markup (which checks names, too). */
export interface FoiGlobalAttributes {
  class?: string | null;
  id?: string | null;
  style?: string | null;
  slot?: string | null;
  title?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | 'auto' | null;
  hidden?: boolean | 'until-found' | null;
  role?: string | null;
  tabindex?: number | string | null;
  part?: string | null;
  [attribute: `data-${string}`]: unknown;
  [attribute: `aria-${string}`]: unknown;
  [attribute: `on${string}`]: unknown;
}

/** What a Svelte 5 user may write on a foi-charts tag. */
export type FoiSvelteProps<El extends HTMLElement> = FoiGlobalAttributes &
  Omit<FoiChartAttributes, 'animate'> &
  FoiChartPropertySettings &
  FoiChartProperties &
  FoiChartEventAttributes & { 'bind:this'?: El | null; this?: El | null };

/**
 * What a React 19 user may write on a foi-charts tag. Written without React's own types, so that
 * these declarations never fail in a project without React (even with `skipLibCheck: false`).
 */
export type FoiReactProps<El extends HTMLElement> = Omit<FoiGlobalAttributes, 'class' | 'style' | 'tabindex'> &
  Omit<FoiChartAttributes, 'animate'> &
  FoiChartPropertySettings &
  FoiChartProperties &
  FoiChartEventAttributes & {
    key?: string | number | bigint | null;
    ref?: { current: El | null } | ((element: El | null) => void | (() => void)) | null;
    children?: unknown;
    className?: string;
    class?: string;
    style?: { [property: string]: string | number | null | undefined };
    tabIndex?: number;
    suppressHydrationWarning?: boolean;
  };

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
    interface IntrinsicElements {
      'foi-bar-chart': FoiReactProps<FoiBarChart>;
      'foi-donut-chart': FoiReactProps<FoiDonutChart>;
      'foi-column-chart': FoiReactProps<FoiColumnChart>;
      'foi-line-chart': FoiReactProps<FoiLineChart>;
      'offence-platform-bar': FoiReactProps<OffencePlatformBar>;
      'case-outcome-donut': FoiReactProps<CaseOutcomeDonut>;
      'offence-type-bar': FoiReactProps<OffenceTypeBar>;
    }
  }
}

declare module 'vue' {
  // Vue's compiler must be told these are custom elements (compilerOptions.isCustomElement, see
  // the README); these declarations let vue-tsc and Volar check their attributes and events.
  // A component is described by its instance's $props, so no type of Vue's is needed here.
  interface GlobalComponents {
    'foi-bar-chart': FoiVueComponent<FoiBarChart>;
    'foi-donut-chart': FoiVueComponent<FoiDonutChart>;
    'foi-column-chart': FoiVueComponent<FoiColumnChart>;
    'foi-line-chart': FoiVueComponent<FoiLineChart>;
    'offence-platform-bar': FoiVueComponent<OffencePlatformBar>;
    'case-outcome-donut': FoiVueComponent<CaseOutcomeDonut>;
    'offence-type-bar': FoiVueComponent<OffenceTypeBar>;
  }
}

declare global {
  // Svelte 5 (svelte-check, the Svelte language server): svelteHTML.IntrinsicElements extends
  // svelte/elements' SvelteHTMLElements. Svelte sets a prop as a property when the element has it
  // (`data`); `onfoi-render` listens for the `foi-render` event. Global, so that it names no
  // module: a project without Svelte gets an unused namespace and nothing else.
  namespace svelteHTML {
    interface IntrinsicElements {
      'foi-bar-chart': FoiSvelteProps<FoiBarChart>;
      'foi-donut-chart': FoiSvelteProps<FoiDonutChart>;
      'foi-column-chart': FoiSvelteProps<FoiColumnChart>;
      'foi-line-chart': FoiSvelteProps<FoiLineChart>;
      'offence-platform-bar': FoiSvelteProps<OffencePlatformBar>;
      'case-outcome-donut': FoiSvelteProps<CaseOutcomeDonut>;
      'offence-type-bar': FoiSvelteProps<OffenceTypeBar>;
    }
  }
}
