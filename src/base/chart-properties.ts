import { LitElement, type PropertyDeclarations } from 'lit';
import type { Datum } from '../core/types.js';

/** Several series, for the `data` property of column and line charts. */
export interface SeriesInput {
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
}
import type { ActionList, HeadingLevel, Level, Parts, PngWidth, SeriesLayout, SortOrder, TakeawayDisplay, Theme, Total, ValueFormat } from './attributes.js';
import type { ChartState } from './chart-state.js';
import type { TableSort } from './templates.js';

/** Attributes whose `data-` form is read too, for CMSs that keep only `data-*`. */
const DATA_FORM = /^data-(.+)$/;

/**
 * The attributes and properties every foi-charts element takes, and the reader's own state
 * (table open, sorted, shown as bars). `FoiChart` adds the figure; this class only declares.
 */
export class ChartProperties extends LitElement {
  /**
   * Lit's reactive properties, declared here rather than by decorators so that no decorator
   * helpers ship. Internal state says `attribute: false` as well as `state: true`: that keeps it
   * out of the Custom Elements Manifest's attributes.
   */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    values: {},
    src: {},
    labelColumn: { attribute: 'label-column' },
    valueColumn: { attribute: 'value-column' },
    valueColumns: { attribute: 'value-columns' },
    seriesColumn: { attribute: 'series-column' },
    filter: {},
    level: {},
    parts: {},
    decimals: {},
    layout: {},
    heading: {},
    subtitle: {},
    source: {},
    sourceHref: { attribute: 'source-href' },
    note: {},
    // Lit's default converter keeps the attribute's text as given ("1,234", "sum"), which
    // parseTotal reads in the chart's locale; from script the property is a number or 'sum'.
    total: {},
    decimal: {},
    remainderLabel: { attribute: 'remainder-label' },
    unit: {},
    valueFormat: { attribute: 'value-format' },
    sort: {},
    highlight: {},
    locale: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    actions: {},
    pngWidth: { type: Number, attribute: 'png-width' },
    printTable: { type: Boolean, attribute: 'print-table' },
    patterns: { type: Boolean },
    summary: {},
    takeaway: {},
    eager: { type: Boolean },
    animated: { type: Boolean, attribute: 'animate' },
    state: { reflect: true },
    tableVisible: { state: true, attribute: false },
    showAsBars: { state: true, attribute: false },
    tableSort: { state: true, attribute: false },
    drawError: { state: true, attribute: false },
  };

  /** Data from script: `[{label, value}]`, or `{labels, series: [{name, values}]}` for column and line charts. Wins over every attribute. */
  data: Datum[] | SeriesInput | null = null;
  /** Inline data: `Facebook: 261; Snapchat: 123`, or JSON. */
  values: string | null = null;
  /** URL of a CSV or JSON file (http, https or relative). */
  src: string | null = null;
  /** With `src` as CSV: the header of the label column. */
  labelColumn: string | null = null;
  /** With `src` as CSV: the header of the value column. */
  valueColumn: string | null = null;
  /**
   * Column and line charts: the columns (or JSON keys) that are series, comma-separated. Default:
   * every number column after the labels that is not codes, years, row numbers or a constant.
   */
  valueColumns: string | null = null;
  /**
   * Long-format data (one row per category and period, or region and year): one series per
   * distinct value of this column, labels from `label-column`, figures from `value-column`.
   */
  seriesColumn: string | null = null;
  /**
   * Keep the rows where a column has a value: `Periodos=enero-diciembre 2024`. Entries are
   * `;`-separated, each split at its first `=`; several values of one column `|`-separated.
   */
  filter: string | null = null;
  /**
   * Tables with totals and subtotals inside the rows: `leaves` (default: the finest rows that
   * account for the whole), `top` (the top groups) or `all` (every row as written; no shares).
   * @default 'leaves'
   */
  level: Level | null = null;
  /**
   * `overlap`: the page says one thing may be counted in several parts (a case naming several
   * platforms); only then does the figure give that as the reason the parts exceed the total.
   */
  parts: Parts | null = null;
  /** Decimals shown in the table, parts and tooltip (`0`–`4`); default: as the source writes them. */
  decimals: number | string | null = null;
  /**
   * Several series on a column chart: `grouped` (side by side, default) or `stacked`.
   * @default 'grouped'
   */
  layout: SeriesLayout | null = null;
  /** The chart's title. */
  heading: string | null = null;
  /** One line under the title. */
  subtitle: string | null = null;
  /** The source line. */
  source: string | null = null;
  /** Link for the source line; used only if http(s). */
  sourceHref: string | null = null;
  /** Footnote. */
  note: string | null = null;
  /**
   * The whole that shares are of (e.g. `521` cases when categories overlap), or `'sum'`. Donuts
   * default to the sum; bars show no shares without it (or a total row in the data). The
   * attribute's text is accepted too.
   */
  total: Total | null = null;
  /** `","` or `"."`: the decimal mark of the data, for a column that could be read both ways. */
  decimal: ',' | '.' | null = null;
  /** With `total`: adds a part for `total − sum`, labelled so, when positive. */
  remainderLabel: string | null = null;
  /** The noun for values, e.g. `cases`. */
  unit: string | null = null;
  /**
   * Value labels: `number` (default), `percent` or `both`.
   * @default 'number'
   */
  valueFormat: ValueFormat | null = null;
  /**
   * Bars: `desc` (default; labels that are periods keep their order), `asc` or `none`.
   * @default 'desc'
   */
  sort: SortOrder | null = null;
  /** Label(s), `;`-separated, drawn in the accent colour. */
  highlight: string | null = null;
  /** Number formatting locale; default: the nearest `lang`, else `en-GB`. */
  locale: string | null = null;
  /**
   * `light` (default), `dark` or `auto` (follows `prefers-color-scheme`).
   * @default 'light'
   */
  theme: Theme | null = null;
  /**
   * `1`–`6`: the heading element the title is; `none`: a plain caption, for pages that title the
   * chart themselves. Default 2: a chart in an article body sits under the article's h1.
   * @default 2
   */
  headingLevel: HeadingLevel | null = null;
  /**
   * Reader controls, space-separated, from `table csv png bars sound`; default `table csv` (a
   * crowded donut adds `bars`).
   * @default 'table csv'
   */
  actions: ActionList | null = null;
  /**
   * Width in CSS px of the picture "Download image" saves (`getImage()`), e.g. `1200` for social
   * media; saved at twice that in pixels. Default: the figure's width. Held to 240–4000.
   */
  pngWidth: PngWidth | null = null;
  /** Print the data table under the chart (on screen it stays behind "Show table"). */
  printTable = false;
  /** Adds textures so colour is never the only cue. */
  patterns = false;
  /** Replaces the generated text summary. */
  summary: string | null = null;
  /**
   * The takeaway (the summary's sentence that says what the chart shows): `visible`, under the
   * subtitle in the figure's type (the default: the one sentence a reader with low vision or a
   * cognitive disability most needs), or `hidden`, for screen readers only (a page that says it
   * in its own text beside the chart). A story preset may choose its own default; this wins.
   */
  takeaway: TakeawayDisplay | null = null;
  /** Draw at once instead of when scrolled near. */
  eager = false;
  /**
   * Opt in to animation (never when the reader prefers reduced motion). The attribute is
   * `animate`; the property is `animated`, because `animate()` is a method every element has.
   */
  animated = false;
  /** `loading`, `ready`, `empty` or `error`; reflected for CSS and tests. Read-only. */
  readonly state: ChartState = 'loading';

  /** Whether the reader opened the table. */
  protected tableVisible = false;
  /** Whether the reader chose "Show as bars" on a donut. */
  protected showAsBars = false;
  /** The table's sort, chosen by the reader. */
  protected tableSort: TableSort = { column: null, direction: 'ascending' };
  /** Why the drawing code could not be loaded, if it could not. */
  protected drawError: string | null = null;

  static override get observedAttributes(): string[] {
    const names = super.observedAttributes;
    return [...names, ...names.map((name) => `data-${name}`), ...Object.keys(FORMS)];
  }

  override attributeChangedCallback(name: string, old: string | null, _value: string | null): void {
    const plain = FORMS[name] ?? DATA_FORM.exec(name)?.[1] ?? name;
    const form = Object.keys(FORMS).find((key) => FORMS[key] === plain);
    // The plain attribute wins; then its property-name form, then its data- form.
    const effective = this.getAttribute(plain) ?? (form && this.getAttribute(form)) ?? this.getAttribute(`data-${plain}`);
    super.attributeChangedCallback(plain, old, effective);
  }
}

/**
 * Each property's name, lower-cased, as an attribute that stands for the property's own
 * attribute (`valueformat` → `value-format`, `animated` → `animate`). A server-rendering
 * framework writes a prop as an attribute under the prop's name (React 19: `valueFormat="both"`,
 * read by HTML as `valueformat`), and on hydration sets nothing; this keeps such a setting.
 */
const FORMS: Record<string, string> = {};
for (const [name, { attribute }] of Object.entries(ChartProperties.properties)) {
  if (typeof attribute === 'string' && attribute !== name.toLowerCase()) FORMS[name.toLowerCase()] = attribute;
}
