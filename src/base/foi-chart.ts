import { LitElement, html, nothing, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import { toCsv, csvFileName } from '../core/csv-export.js';
import { createFormat, FALLBACK_LOCALE, formatValue, type Format } from '../core/format.js';
import type { GridOptions } from '../core/grid.js';
import { buildRows, checkModel, parseSort, parseTotal, parseValueFormat, type ChartModel, type TotalSetting } from '../core/model.js';
import { dataNotes } from '../core/notes.js';
import { localeStyle, parseDecimal } from '../core/parse-number.js';
import { findDataTable, readTable } from '../core/parse-table.js';
import { parseValues, validateData } from '../core/parse-values.js';
import { describeChart } from '../core/summary.js';
import type { ChartKind, DataExtras, Datum, ParseResult, Row } from '../core/types.js';
import { parseUnit, type Unit } from '../core/units.js';
import type { ActionList, HeadingLevel, SortOrder, Theme, Total, ValueFormat } from './attributes.js';
import { safeFetchUrl, safeLinkHref } from '../core/url.js';
import { emit } from '../events/index.js';
import type { ChartText, DrawSpec, PartBox } from '../draw/spec.js';
import { chartState, type ChartState } from './chart-state.js';
import { CSS_COLORS, PROBES, readColors, type ChartColors } from './colors.js';
import { FontsController } from './controllers/fonts-controller.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { MediaController } from './controllers/media-controller.js';
import { PART_NAVIGATION, PartNavigationController } from './controllers/part-navigation-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { VISIBLE, VisibilityController } from './controllers/visibility-controller.js';
import { layoutBars, layoutWidth, type BarLayout } from './layout.js';
import { textMeasurer } from './measure-text.js';
import { loadDraw, loadRemote, type DrawModule } from './chunks.js';
import { cssomStyle } from './cssom-style.js';
import { checkAuthoring } from './dev-warnings.js';
import { saveBlob } from './downloads.js';
import { chartStyles } from './styles.js';
import { nextTurn } from './turns.js';
import { legendTemplate, tableTemplate, withMissing, type TableSort } from './templates.js';

export type { ChartState };
export type { Action, ActionList, HeadingLevel, SortOrder, Theme, Total, ValueFormat } from './attributes.js';
// Re-exported so that every entry's types bring the events' HTMLElementEventMap declarations.
export type { FoiRenderEvent, FoiErrorEvent, FoiFocusEvent } from '../events/index.js';

/** What a preset supplies: the story's data and wording. Any attribute the page sets wins. */
export interface Preset {
  heading?: string;
  subtitle?: string;
  source?: string;
  sourceHref?: string;
  note?: string;
  total?: number;
  unit?: string;
  remainderLabel?: string;
  /** What one category is, for the summary: "platform" gives "8 platforms". */
  categoryNoun?: string;
  data?: Datum[];
}

/** The attributes in use, each resolved against the preset. */
interface Settings {
  heading: string;
  subtitle: string;
  source: string;
  sourceHref: string;
  note: string;
  /** The noun for values in both forms, parsed for the chart's locale. */
  unit: Unit;
  total: TotalSetting;
  remainderLabel: string | null;
  locale: string;
}

/** Attributes whose `data-` form is read too, for CMSs that keep only `data-*`. */
const DATA_FORM = /^data-(.+)$/;
/** Internal state that changes what the reader sees around the canvas, never the drawing. */
const READER_STATE = new Set([PART_NAVIGATION, 'partBoxes', 'chartTexts', 'tableVisible', 'tableSort']);
const ACTIONS = ['table', 'csv', 'png', 'bars'] as const;
type Action = (typeof ACTIONS)[number];

// The colours' defaults live in src/core/palette.ts alone: custom-elements-manifest.config.mjs
// writes them (and every --foi-color-N) into the manifest from there, so the JSDoc names none.
/**
 * The shared base of every foi-charts element: figure chrome, data intake, accessible table,
 * summary, keyboard navigation, lazy drawing and lifecycle. Chart elements set `kind`; presets
 * set `preset`. Not registered as a tag itself.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The chart's title.
 * @csspart subtitle - The line under the title.
 * @csspart chart - The box the canvas is drawn in.
 * @csspart legend - The donut's HTML legend.
 * @csspart table - The data table.
 * @csspart notes - The footnote.
 * @csspart source - The source line.
 * @csspart actions - The row of reader controls (Show table, Download CSV…).
 * @csspart message - The loading, empty or error message.
 *
 * @cssprop [--foi-font-family=inherit] - Font; by default the page's.
 * @cssprop --foi-text-color - Text, axis and value labels.
 * @cssprop --foi-muted-color - Secondary text, and bars not highlighted.
 * @cssprop --foi-background - Background of the figure and the canvas.
 * @cssprop --foi-grid-color - Gridlines.
 * @cssprop --foi-accent - Highlighted bars.
 * @cssprop --foi-focus-color - The keyboard focus ring; by default the accent.
 * @cssprop --foi-color-1 - Bar colour and first donut colour (up to `--foi-color-8`).
 * @cssprop [--foi-bar-height=28px] - Thickness of one bar.
 * @cssprop [--foi-max-height=360px] - Largest size of a donut.
 *
 * @slot - A `<table>` of data: read as the chart's data, and shown as it is if the chart can't be drawn.
 *
 * @fires foi-render - The chart was drawn; `detail.chart` is the Chart.js instance.
 * @fires foi-error - The data could not be read or drawn; `detail.message` says why.
 * @fires foi-focus - Keyboard focus moved to a part; `detail` has `index`, `label`, `value`.
 */
export class FoiChart extends LitElement {
  static override styles = chartStyles;

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
    patterns: { type: Boolean },
    summary: {},
    eager: { type: Boolean },
    animated: { type: Boolean, attribute: 'animate' },
    state: { reflect: true },
    tableVisible: { state: true, attribute: false },
    showAsBars: { state: true, attribute: false },
    tableSort: { state: true, attribute: false },
    partBoxes: { state: true, attribute: false },
    chartTexts: { state: true, attribute: false },
    remote: { state: true, attribute: false },
    drawError: { state: true, attribute: false },
  };

  /** Set by chart subclasses. */
  static kind: ChartKind = 'bar';
  /** Set by presets: the story's defaults. */
  static preset: Preset = {};

  /** Data from script: `[{label, value}]`. Wins over every attribute. */
  data: Datum[] | null = null;
  /** Inline data: `Facebook: 261; Snapchat: 123`, or JSON. */
  values: string | null = null;
  /** URL of a CSV or JSON file (http, https or relative). */
  src: string | null = null;
  /** With `src` as CSV: the header of the label column. */
  labelColumn: string | null = null;
  /** With `src` as CSV: the header of the value column. */
  valueColumn: string | null = null;
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
  /** Value labels: `number` (default), `percent` or `both`. */
  valueFormat: ValueFormat | null = null;
  /** Bars: `desc` (default), `asc` or `none`. */
  sort: SortOrder | null = null;
  /** Label(s), `;`-separated, drawn in the accent colour. */
  highlight: string | null = null;
  /** Number formatting locale; default: the nearest `lang`, else `en-GB`. */
  locale: string | null = null;
  /** `light` (default), `dark` or `auto`. */
  theme: Theme | null = null;
  /**
   * `1`–`6`: the heading element the title is; `none`: a plain caption, for pages that title the
   * chart themselves. Default 2: a chart in an article body sits under the article's h1.
   */
  headingLevel: HeadingLevel | null = null;
  /** Reader controls, space-separated, from `table csv png bars`; default `table csv`. */
  actions: ActionList | null = null;
  /** Adds textures so colour is never the only cue. */
  patterns = false;
  /** Replaces the generated text summary. */
  summary: string | null = null;
  /** Draw at once instead of when scrolled near. */
  eager = false;
  /**
   * Opt in to animation (never when the reader prefers reduced motion). The attribute is
   * `animate`; the property is `animated`, because `animate()` is a method every element has.
   */
  animated = false;
  /** `loading`, `ready`, `empty` or `error`; reflected for CSS and tests. Read-only. */
  readonly state: ChartState = 'loading';

  private tableVisible = false;
  private showAsBars = false;
  private tableSort: TableSort = { column: null, direction: 'ascending' };
  private partBoxes: PartBox[] = [];
  /** The chart's words where Chart.js places them, laid over the canvas as HTML text. */
  private chartTexts: ChartText[] = [];
  private remote: { url: string; result: ParseResult | null } | null = null;
  private drawError: string | null = null;

  readonly #visibility = new VisibilityController(this);
  readonly #size = new SizeController(
    this,
    () => this.renderRoot.querySelector('.sizer'),
    (width) => this.#widthMatters(width),
  );
  /** Only asks for an update (named `lightDom`) when the page edits the element's children. */
  protected readonly lightDom = new LightDomController(this);
  readonly #nav = new PartNavigationController(this, {
    count: () => this.#model?.rows.length ?? 0,
    activate: (index) => {
      if (this.#chartInstance) this.#drawModule?.focusPart(this.#chartInstance, index);
    },
    focused: (index) => {
      const row = this.#model!.rows[index]!;
      emit(this, 'foi-focus', { index, label: row.label, value: row.value });
    },
  });
  readonly #reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');
  readonly #forcedColors = new MediaController(this, '(forced-colors: active)');
  /** Only re-renders on change: `theme="auto"` colours come from CSS, re-read when drawing. */
  protected readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  protected readonly fonts = new FontsController(this, () => (this.#drawnKey = ''));

  #chartInstance: Chart | null = null;
  #drawModule: DrawModule | null = null;
  #drawnKey = '';
  #partsFrame = 0;

  /** The label column's header, from the data (a CSV or table header), else "Category". */
  get #labelHeader(): string {
    return this.#extras.labelHeader || 'Category';
  }
  #needsDraw = true;
  #drawToken = 0;
  #remoteAbort: AbortController | null = null;
  #lastError = '';
  /** Whether the chart has been ready: an error after that is news, announced as an alert. */
  #wasReady = false;
  #settle: (() => void) | null = null;
  #renderedPromise: Promise<void> = this.#newRendered();

  // Derived in willUpdate.
  #model: ChartModel | null = null;
  // Set in the first willUpdate: creating it in the constructor would load the locale data
  // (tens of ms, once per page) before the drawing chunk's request has even started.
  #fmt!: Format;
  #message = '';
  #summaryParts = { takeaway: '', structure: '', text: '' };
  #tableCaption = '';
  /** The font size the chart was last drawn with: its words over the canvas use the same. */
  #drawnFontSize = 14;
  /** What the data said besides its rows: notes, missing figures, a total row. */
  #extras: DataExtras = {};
  #barLayout: BarLayout | null = null;
  /** Attributes merged with the preset's defaults, resolved once per update. */
  #resolved!: Settings;

  /** The Chart.js instance once drawn, else `null`. */
  get chart(): Chart | null {
    return this.#chartInstance;
  }

  /** The text summary in use: the `summary` attribute, or the generated one. */
  get summaryText(): string {
    return this.#summaryParts.text;
  }

  /** Resolves when the chart is drawn, or the element has settled in `error` or `empty`. */
  get rendered(): Promise<void> {
    return this.#renderedPromise;
  }

  get #kind(): ChartKind {
    return this.showAsBars ? 'bar' : (this.constructor as typeof FoiChart).kind;
  }

  get #preset(): Preset {
    return (this.constructor as typeof FoiChart).preset;
  }

  // ----- attributes in their data- form -------------------------------------------------------

  static override get observedAttributes(): string[] {
    const names = super.observedAttributes;
    return [...names, ...names.map((name) => `data-${name}`)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const plain = DATA_FORM.exec(name)?.[1] ?? name;
    // The plain attribute wins; its data- form stands in when the plain one is absent.
    const effective = plain === name ? value ?? this.getAttribute(`data-${plain}`) : this.getAttribute(plain) ?? value;
    super.attributeChangedCallback(plain, old, effective);
  }

  // ----- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // A chart already on screen will need the drawing chunk: start fetching it now, in parallel
    // with the first render, rather than after the visibility observer's first report.
    if (!drawRequested && (this.eager || nearViewport(this))) {
      drawRequested = true;
      loadDraw().catch(() => (drawRequested = false));
      // The first chart in the page is where it will be (nothing before it is rendered yet, so
      // only those after it are misplaced): near the screen means draw without waiting a frame
      // for the visibility observer's first report.
      this.#visibility.show();
    }
    if (this.hasUpdated) {
      // Reconnected: the chart was destroyed on disconnect, so draw it again; `rendered` waits
      // for that drawing.
      this.#drawnKey = '';
      this.#renderedPromise = this.#newRendered();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved or removed while loading: forget the request, so reconnecting fetches again.
    this.#cancelRemote();
    cancelAnimationFrame(this.#partsFrame);
    this.#partsFrame = 0;
    this.#drawToken++;
    this.#destroyChart();
  }

  /**
   * A first render takes a task of its own (src/base/turns.ts), so the charts of a page render
   * one task each instead of all in one long task at load; later updates run as Lit schedules them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTurn().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.eager) this.#visibility.show();
    const keys = [...changed.keys()] as string[];
    // Focus, tooltip, announcements and table state change nothing on the canvas: only other
    // properties, or a controller's plain requestUpdate() (size, media, fonts) do.
    if (!keys.length || keys.some((key) => !READER_STATE.has(key))) this.#needsDraw = true;
    // Nor do they, or coming near the viewport, change the data and text derived below; only
    // the bar layout may need redoing, for a width recorded without an update (#widthMatters).
    if (this.#resolved && keys.length && keys.every((key) => READER_STATE.has(key) || key === VISIBLE)) {
      if (this.#barLayout && this.#model && this.#barLayout.width !== layoutWidth(this.#size.width)) {
        this.#barLayout = this.#layout(this.#model.rows);
      }
      return;
    }
    let result = this.#readData();
    const settings = (this.#resolved = this.#settings());
    this.#fmt = createFormat(settings.locale);
    this.#model = null;
    this.#barLayout = null;
    let model: ChartModel | null = null;
    if (result?.ok === true) {
      const options = {
        kind: this.#kind,
        total: settings.total,
        remainderLabel: settings.remainderLabel,
        sort: parseSort(this.sort),
        totalRow: result.totalRow,
        rates: !!result.percentCells || /%|\bper\b/i.test(settings.unit.other || result.valueHeader || ''),
        valueFormat: parseValueFormat(this.valueFormat),
      };
      model = buildRows(result.data, options);
      const problem = checkModel(model, options);
      if (problem) {
        result = { ok: false, error: problem };
        model = null;
      }
    }
    this.#extras = result?.ok ? result : {};
    const { state, message } = chartState(result, model, this.drawError);
    this.#setState(state);
    if (state === 'ready') this.#wasReady = true;
    this.#message = message;
    this.#model = model;
    if (model) {
      const described = describeChart(model, {
        kind: this.#kind,
        unit: settings.unit,
        fmt: this.#fmt,
        categoryNoun: this.#preset.categoryNoun,
      });
      const summary = (this.summary ?? '').trim();
      this.#summaryParts = summary
        ? { takeaway: summary, structure: described.structure, text: `${summary} ${described.structure}` }
        : described;
      this.#nav.clamp(model.rows.length);
      if (this.#kind === 'bar' && state === 'ready') this.#barLayout = this.#layout(model.rows);
    }
  }

  protected override updated(): void {
    // Announced once per distinct error, after the figure shows the message.
    if (this.state === 'error' && this.#message !== this.#lastError) {
      this.#lastError = this.#message;
      emit(this, 'foi-error', { message: this.#message });
    } else if (this.state !== 'error') {
      this.#lastError = '';
    }
    if (this.state === 'empty' || this.state === 'error') {
      this.#destroyChart();
      this.#settle?.();
      return;
    }
    if (this.state === 'ready' && this.#visibility.visible) {
      if (this.#needsDraw || !this.#chartInstance) {
        this.#needsDraw = false;
        void this.#draw();
      } else {
        this.#settle?.();
      }
    }
  }

  /**
   * Any change that may redraw makes `rendered` pending again at once, so that
   * `el.data = …; await el.rendered` waits for the new drawing, not the previous one. A value
   * Lit finds unchanged queues no update, so it leaves the promise as it is.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== undefined && this.isUpdatePending && this.hasUpdated && !this.#settle && !READER_STATE.has(name as string)) {
      this.#renderedPromise = this.#newRendered();
    }
  }

  // ----- data ---------------------------------------------------------------------------------

  /** The data, by precedence: `data` property, `values`, `src`, child table, preset. `null`: loading. */
  #readData(): ParseResult | null {
    this.#tableCaption = '';
    const options = this.#gridOptions();
    if (this.data != null) return validateData(this.data, 'data property', options);
    if (this.values != null && this.values.trim() !== '') return parseValues(this.values, options);
    const src = (this.src ?? '').trim();
    if (src) return this.#readRemote(src, options);
    this.#cancelRemote();
    const table = findDataTable(this);
    if (table) {
      const read = readTable(table, options);
      this.#tableCaption = read.caption ?? '';
      return read;
    }
    if (this.#preset.data) return { ok: true, data: this.#preset.data };
    return { ok: true, data: [] };
  }

  /**
   * The columns the page picked, and what settles decimal marks: the `decimal` attribute
   * (overrides the cells), else the `locale` attribute or nearest `lang` (settles a column
   * the cells leave open); with neither, only the cells and the file decide.
   */
  #gridOptions(): GridOptions {
    const forced = parseDecimal(this.decimal);
    const lang = this.locale?.trim() || this.closest('[lang]')?.getAttribute('lang');
    return {
      labelColumn: this.labelColumn,
      valueColumn: this.valueColumn,
      decimal: forced ? { style: forced, forced: true } : { style: localeStyle(lang) },
    };
  }

  #readRemote(src: string, options: GridOptions): ParseResult | null {
    const url = safeFetchUrl(src, document.baseURI);
    const key = `${url}\n${options.labelColumn ?? ''}\n${options.valueColumn ?? ''}\n${JSON.stringify(options.decimal)}`;
    if (this.remote?.url === key) return this.remote.result;
    // A chart off the page fetches nothing; it starts again when it is connected.
    if (!this.isConnected) return null;
    this.#cancelRemote();
    if (!url) {
      return { ok: false, error: `The data address “${src.slice(0, 80)}” is not an http(s) or relative URL.` };
    }
    const abort = new AbortController();
    this.#remoteAbort = abort;
    this.remote = { url: key, result: null };
    void loadRemote()
      .then((remote) => remote.fetchData(url, { ...options, signal: abort.signal }))
      .catch((): ParseResult => ({ ok: false, error: 'The code that loads data files could not be loaded.' }))
      .then((result) => {
        if (!abort.signal.aborted) this.remote = { url: key, result };
      });
    return null;
  }

  #cancelRemote(): void {
    this.#remoteAbort?.abort();
    this.#remoteAbort = null;
    this.remote = null;
  }

  #settings(): Settings {
    const preset = this.#preset;
    const pick = (own: string | null, fallback?: string) => {
      const text = own?.trim();
      return text ? text : (fallback ?? '');
    };
    const locale = pick(this.locale) || this.closest('[lang]')?.getAttribute('lang') || FALLBACK_LOCALE;
    return {
      heading: pick(this.heading, preset.heading) || this.#tableCaption,
      subtitle: pick(this.subtitle, preset.subtitle),
      source: pick(this.source, preset.source),
      sourceHref: pick(this.sourceHref, preset.sourceHref),
      note: pick(this.note, preset.note),
      // Forms chosen by the locale actually used (createFormat falls back from an invalid one).
      unit: parseUnit(pick(this.unit, preset.unit), createFormat(locale).locale),
      total: parseTotal(this.total) ?? preset.total ?? null,
      remainderLabel: pick(this.remainderLabel, preset.remainderLabel) || null,
      locale,
    };
  }

  #setState(next: ChartState): void {
    if (this.state !== next) (this as { state: ChartState }).state = next;
  }

  #newRendered(): Promise<void> {
    this.#settle?.();
    return new Promise((resolve) => {
      this.#settle = () => {
        this.#settle = null;
        resolve();
      };
    });
  }

  // ----- drawing ------------------------------------------------------------------------------

  /**
   * Whether a new width changes what the reader sees: a chart near the screen redraws; a chart
   * not drawn yet only needs an update when its reserved height changes (a page of fifty charts
   * then does one update per off-screen chart before load, not two).
   */
  #widthMatters(width: number): boolean {
    if (this.#visibility.visible) return true;
    if (!this.#barLayout || !this.#model) return false;
    return this.#layout(this.#model.rows, width).height !== this.#barLayout.height;
  }

  #layout(rows: Row[], width = this.#size.width): BarLayout {
    const style = getComputedStyle(this);
    const fontSize = this.#canvasFontSize(style);
    const measure = textMeasurer(`${fontSize}px ${style.fontFamily}`);
    const barThickness = Math.max(8, parseFloat(style.getPropertyValue('--_bar-height')) || 28);
    return layoutBars({
      labels: rows.map((row) => row.label),
      // 0 until the ResizeObserver's first report (before the first paint): layoutBars then uses
      // a typical column width; reading the real width here would force a layout per chart.
      width,
      fontSize,
      barThickness,
      measure,
    });
  }

  /** Canvas text follows the page's text size (browser settings, zoom) but never under 12 px. */
  #canvasFontSize(style: CSSStyleDeclaration): number {
    return Math.max(12, Math.round(parseFloat(style.fontSize) * 0.875) || 14);
  }

  /** One fill per row: the palette, or accent and muted when `highlight` picks some out. */
  #partColors(rows: Row[], colors: ChartColors): string[] {
    const highlights = new Set(
      (this.highlight ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    const kind = this.#kind;
    return rows.map((row, i) => {
      if (highlights.size) return highlights.has(row.label) ? colors.accent : colors.muted;
      if (kind === 'bar') return colors.series[0]!;
      // The derived remainder is "the rest": neutral grey rather than a category colour.
      if (row.derived) return colors.muted;
      return colors.series[i % colors.series.length]!;
    });
  }

  #drawSpec(rows: Row[], colors: ChartColors): DrawSpec {
    const style = getComputedStyle(this);
    const forced = this.#forcedColors.matches;
    const kind = this.#kind;
    const fills = this.#partColors(rows, colors);
    const mode = parseValueFormat(this.valueFormat);
    const layout = this.#barLayout;
    return {
      kind,
      ...this.#chartBox(),
      labels: layout ? layout.lines : rows.map((row) => [row.label]),
      values: rows.map((row) => row.value),
      colors: fills,
      patterns: this.patterns || forced,
      patternColor: colors.background,
      textColor: colors.text,
      gridColor: colors.grid,
      backgroundColor: colors.background,
      focusColor: colors.focus,
      fontFamily: style.fontFamily,
      fontSize: this.#canvasFontSize(style),
      valueLabels: rows.map((row) => formatValue(row, mode, this.#fmt)),
      formatTick: (n) => this.#fmt.number(n),
      // Narrow layout moves bars after Chart.js places them, which an animation would undo.
      animate: this.animated && !this.#reducedMotion.matches && !layout?.labelsAbove,
      labelsAbove: layout?.labelsAbove ?? false,
      barThickness: layout?.barThickness ?? 28,
      labelShift: layout?.labelShift ?? 0,
      onUpdate: () => this.#measureParts(),
      onHover: (index) => this.#nav.hover(index),
      // A click or tap selects a part as focus does: tooltip, highlight, foi-focus.
      onPick: (index) => this.renderRoot.querySelector<HTMLElement>(`.part[data-index="${index}"]`)?.focus(),
    };
  }

  /**
   * The size of the box the canvas fills, from what is already known (the measured width, the
   * bars' laid-out height, the donut's CSS size limit), so drawing forces no layout.
   * 0 × 0 until the width is first measured: the drawing code then measures the box itself.
   */
  #chartBox(): { width: number; height: number } {
    const width = this.#size.width;
    if (!width) return { width: 0, height: 0 };
    if (this.#barLayout) return { width, height: this.#barLayout.height };
    const box = this.renderRoot.querySelector('.chart');
    const side = Math.floor(Math.min(width, (box && parseFloat(getComputedStyle(box).maxWidth)) || width));
    return { width: side, height: side };
  }

  async #draw(): Promise<void> {
    const rows = this.#model?.rows;
    if (!rows) return;
    const colors = readColors(this.renderRoot);
    const spec = this.#drawSpec(rows, colors);
    checkAuthoring(this, this.#resolved, colors, spec.colors);
    // The spec holds the canvas box, so a new size is a new key: one resize, done here, not by Chart.js.
    const key = JSON.stringify(spec, (_k, v) => (typeof v === 'function' ? undefined : v));
    if (key === this.#drawnKey && this.#chartInstance) {
      this.#settle?.();
      return;
    }
    const token = ++this.#drawToken;
    // A first drawing waits for the module, so it runs after Lit's update; a redraw of a drawn
    // chart runs inside updated().
    const first = !this.#drawModule;
    let module: DrawModule;
    try {
      module = this.#drawModule ?? (await loadDraw());
    } catch {
      if (token !== this.#drawToken) return;
      this.drawError =
        'The chart could not be loaded, so the figures are shown in the table below. Reload the page to try again.';
      this.tableVisible = true;
      return;
    }
    // A first drawing takes a task of its own too: when the chunk arrives, every chart waiting
    // for it would otherwise draw in one long task.
    if (!this.#chartInstance) await nextTurn();
    if (token !== this.#drawToken || !this.isConnected) return;
    this.#drawModule = module;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const type = spec.kind === 'bar' ? 'bar' : 'doughnut';
    const current = this.#chartInstance;
    if (current && (current.canvas !== canvas || (current.config as { type?: string }).type !== type)) {
      this.#destroyChart();
    }
    if (this.#chartInstance) module.updateChart(this.#chartInstance, spec);
    else this.#chartInstance = module.createChart(canvas, spec);
    this.#drawnKey = key;
    this.#drawnFontSize = spec.fontSize;
    // After a first drawing the focus targets are placed at once, in the same frame as the
    // canvas; inside updated() that would schedule an update from an update, so they wait a frame.
    if (first) this.#readPartBoxes();
    else this.#measureParts();
    emit(this, 'foi-render', { chart: this.#chartInstance });
    this.#settle?.();
  }

  /**
   * Reads where Chart.js put each part, for the focus targets and tooltip laid over the canvas.
   * Called from Chart.js updates, which run inside our own update: the read waits a frame so it
   * never schedules a Lit update from within one.
   */
  #measureParts(): void {
    if (this.#partsFrame) return;
    this.#partsFrame = requestAnimationFrame(() => {
      this.#partsFrame = 0;
      this.#readPartBoxes();
    });
  }

  #readPartBoxes(): void {
    if (!this.#chartInstance || !this.#drawModule) return;
    const boxes = this.#drawModule.partBoxes(this.#chartInstance);
    const same =
      boxes.length === this.partBoxes.length &&
      boxes.every((b, i) => {
        const o = this.partBoxes[i]!;
        return b.x === o.x && b.y === o.y && b.width === o.width && b.height === o.height;
      });
    if (!same) this.partBoxes = boxes;
    const texts = this.#drawModule.chartTexts(this.#chartInstance);
    if (JSON.stringify(texts) !== JSON.stringify(this.chartTexts)) this.chartTexts = texts;
  }

  #destroyChart(): void {
    if (!this.#chartInstance) return;
    this.#drawModule?.destroyChart(this.#chartInstance);
    this.#chartInstance = null;
    this.#drawnKey = '';
    // partBoxes stay: nothing shows them without a chart, and the next draw measures again
    // (clearing them here, inside updated(), would schedule another update).
  }

  // ----- reader interaction -------------------------------------------------------------------

  /** "Facebook: 261 cases, 50%. 1 of 8." — the text for a part, spoken and in the tooltip. */
  #partText(row: Row, position: number, unit: Unit): string {
    const count = this.#model?.rows.length ?? 0;
    const value = this.#fmt.amount(row.value, unit);
    const text = `${row.label}: ${value}${row.share === null ? '' : `, ${this.#fmt.percent(row.share)}`}.`;
    return position >= 0 ? `${text} ${position + 1} of ${count}.` : text;
  }

  #toggleTable(): void {
    this.tableVisible = !this.tableVisible;
  }

  /** The CSV the "Download CSV" control saves: a header row and exactly the rows shown. */
  getCsv(): string {
    const model = this.#model;
    if (!model) return toCsv([], { label: this.#labelHeader, value: this.#valueHeader() });
    const rows = withMissing(model.rows, this.#extras.missing ?? [], true).map((row) =>
      'share' in row ? row : { label: row.label, value: null, share: null },
    );
    return toCsv(rows, {
      label: this.#labelHeader,
      value: this.#valueHeader(),
      share: model.total === null ? undefined : 'Share (%)',
    });
  }

  /** The value column's header: the unit, else the source's own header, else "Value". */
  #valueHeader(): string {
    const unit = this.#resolved.unit.other;
    return unit ? capitalise(unit) : this.#extras.valueHeader || 'Value';
  }

  #downloadCsv(): void {
    const blob = new Blob([this.getCsv()], { type: 'text/csv;charset=utf-8' });
    saveBlob(this.renderRoot, blob, csvFileName(this.#resolved.heading || null));
  }

  #downloadPng(): void {
    if (!this.#chartInstance || !this.#drawModule) return;
    // The words are HTML over the canvas: the saved picture has them drawn in.
    const canvas = this.#drawModule.snapshot(this.#chartInstance, this.chartTexts);
    canvas.toBlob((blob) => {
      if (blob) saveBlob(this.renderRoot, blob, csvFileName(this.#resolved.heading || null, 'png'));
    });
  }

  // ----- rendering ----------------------------------------------------------------------------

  protected override render() {
    const s = this.#resolved;
    const href = safeLinkHref(s.sourceHref);
    const model = this.#model;
    const busy = this.state === 'loading';
    return html`
      <figure part="figure" aria-labelledby=${s.heading ? 'heading' : nothing} aria-busy=${busy ? 'true' : 'false'}>
        <div class="sizer" aria-hidden="true"></div>
        ${s.heading || s.subtitle
          ? html`<figcaption>
              ${s.heading ? headingTemplate(this.headingLevel, s.heading) : nothing}
              ${s.subtitle ? html`<span class="subtitle" part="subtitle">${s.subtitle}</span>` : nothing}
            </figcaption>`
          : nothing}
        ${model && model.rows.length && this.state !== 'empty'
          ? html`<p class="summary visually-hidden" id="summary">${this.#summaryParts.takeaway}</p>`
          : nothing}
        ${this.state === 'ready' && model ? this.#renderChart(model, s.unit) : this.#renderMessage()}
        ${model && model.rows.length && this.state !== 'empty' && !(this.state === 'error' && !this.drawError)
          ? tableTemplate({
              rows: model.rows,
              missing: this.#extras.missing ?? [],
              inOrder: model.periods || parseSort(this.sort) === 'none',
              total: model.total,
              caption: s.heading ? `${s.heading}: data` : 'Chart data',
              labelHeader: this.#labelHeader,
              valueHeader: this.#valueHeader(),
              fmt: this.#fmt,
              visible: this.tableVisible,
              sort: this.tableSort,
              onSort: (sort) => (this.tableSort = sort),
            })
          : nothing}
        ${this.#renderNotes(s.note, model, s.unit)}
        ${s.source
          ? html`<p class="source" part="source">
              Source: ${href ? html`<a href=${href} rel="noopener noreferrer">${s.source}</a>` : s.source}
            </p>`
          : nothing}
        ${this.state === 'ready' ? this.#renderActions() : nothing}
        ${this.#visibility.visible
          ? // Colour probes are read only to draw, so charts far from the screen skip them.
            html`<div class="probe" aria-hidden="true" hidden>
              ${PROBES.map(([name]) => html`<span class="p-${name}"></span>`)}
            </div>`
          : nothing}
      </figure>
    `;
  }

  /** The page's note, then what the data calls for (its notes, its total row, missing figures). */
  #renderNotes(note: string, model: ChartModel | null, unit: Unit) {
    const notes = [note, ...(this.state === 'error' ? [] : dataNotes(this.#extras, model, this.#fmt, unit))].filter(Boolean);
    if (!notes.length) return nothing;
    return html`<div class="notes" part="notes">${notes.map((text) => html`<p>${text}</p>`)}</div>`;
  }

  #renderMessage() {
    const error = this.state === 'error';
    return html`
      ${this.state === 'loading'
        ? html`<div class="chart placeholder ${this.#kind}" aria-hidden="true"></div>`
        : nothing}
      <p class="message" part="message" role=${error && this.#wasReady ? 'alert' : nothing}>
        ${error && !this.drawError ? 'This chart could not be drawn. ' : nothing}${this.#message}
      </p>
      ${error ? html`<slot></slot>` : nothing}
    `;
  }

  #renderChart(model: ChartModel, unit: Unit) {
    const rows = model.rows;
    const kind = this.#kind;
    const height = this.#barLayout ? `${this.#barLayout.height}px` : undefined;
    // The structure sentence, once, as the name of the parts it introduces; the canvas is pixels.
    const partsName = `${this.#summaryParts.structure} Arrow keys move between the ${kind === 'bar' ? 'bars' : 'parts'}.`;
    return html`
      <div class="chart ${kind}" part="chart" ${cssomStyle({ height })} @pointerleave=${() => this.#nav.hover(null)}>
        <canvas aria-hidden="true"></canvas>
        <div
          class="parts"
          role="group"
          aria-label=${partsName}
          @keydown=${this.#nav.keydown}
          @focusout=${this.#nav.focusOut}
        >
          ${rows.map((row, i) => {
            const box = this.partBoxes[i];
            return html`<div
              class="part"
              data-index=${i}
              role="img"
              tabindex=${i === this.#nav.focusIndex ? '0' : '-1'}
              aria-label=${this.#partText(row, i, unit)}
              ${cssomStyle(
                box
                  ? { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` }
                  : {},
              )}
              @focus=${() => this.#nav.focus(i)}
            ></div>`;
          })}
        </div>
        ${this.#renderWords()}
        ${this.#renderTooltip(rows, unit)}
      </div>
      <p class="hint" aria-hidden="true">Arrow keys: move · Home/End: first/last · Esc: hide</p>
      ${kind === 'donut'
        ? legendTemplate({
            rows,
            // The legend uses the same choice of colour, as CSS variables: no need to wait
            // for the canvas colours to be read.
            fills: this.#partColors(rows, CSS_COLORS),
            patterns: this.patterns || this.#forcedColors.matches,
            ink: CSS_COLORS.background,
            fmt: this.#fmt,
            mode: parseValueFormat(this.valueFormat),
            active: this.#chartInstance?.getActiveElements()[0]?.index ?? null,
            onPick: (index) => this.#nav.focus(index),
          })
        : nothing}
    `;
  }

  /**
   * Every word of the chart (labels, value labels, axis ticks) as text laid over the canvas where
   * Chart.js places it: it takes the page's font, zoom, text spacing and forced colours, page
   * translation translates it and find finds it. Hidden from assistive technology, which hears
   * the same words once, from the parts.
   */
  #renderWords() {
    if (!this.chartTexts.length) return nothing;
    return html`<div class="words" aria-hidden="true" ${cssomStyle({ 'font-size': `${this.#drawnFontSize}px` })}>
      ${this.chartTexts.map(
        (t) => html`<div
          class="word ${t.kind}"
          ${cssomStyle({
            left: `${t.x}px`,
            top: `${t.y}px`,
            'line-height': `${t.lineHeight}px`,
            transform: `translate(${ALIGN_SHIFT[t.align]}, ${BASELINE_SHIFT[t.baseline]})`,
            'text-align': t.align,
          })}
        >${t.lines.map((line) => html`<span>${line}</span>`)}</div>`,
      )}
    </div>`;
  }

  /**
   * The tooltip is HTML, not canvas: real text that zooms, reflows and takes high-contrast
   * colours. Screen readers get the same words from the live region, so it is hidden from them.
   */
  #renderTooltip(rows: Row[], unit: Unit) {
    const index = this.#nav.tipIndex;
    const row = index === null ? undefined : rows[index];
    const box = index === null ? undefined : this.partBoxes[index];
    if (!row || !box) return nothing;
    // Above its part, or under it near the top of the chart, so it never covers the heading.
    const below = box.y < TOOLTIP_ROOM;
    const anchor = { left: `clamp(5em, ${box.x + box.width / 2}px, calc(100% - 5em))`, top: `${below ? box.y + box.height : box.y}px` };
    return html`<div class=${below ? 'tooltip below' : 'tooltip'} aria-hidden="true" ${cssomStyle(anchor)}>
      <strong>${row.label}</strong>
      <span>${this.#fmt.amount(row.value, unit)}${row.share === null ? '' : `, ${this.#fmt.percent(row.share)}`}</span>
    </div>`;
  }

  /** A donut of more than six parts, or with a part under 1%, is easier read as bars. */
  #crowded(): boolean {
    const rows = this.#model?.rows ?? [];
    return (this.constructor as typeof FoiChart).kind === 'donut' && (rows.length > 6 || rows.some((r) => r.share !== null && r.share < 0.01));
  }

  #renderActions() {
    const wanted = new Set(
      (this.actions ?? (this.#crowded() ? 'table csv bars' : 'table csv'))
        .split(/\s+/)
        .filter((a): a is Action => (ACTIONS as readonly string[]).includes(a)),
    );
    const isDonut = (this.constructor as typeof FoiChart).kind === 'donut';
    if (!wanted.size) return nothing;
    return html`<div class="actions" part="actions">
      ${wanted.has('table')
        ? html`<button type="button" aria-expanded=${this.tableVisible ? 'true' : 'false'} aria-controls="table" @click=${this.#toggleTable}>
            ${this.tableVisible ? 'Hide table' : 'Show table'}
          </button>`
        : nothing}
      ${wanted.has('csv') ? html`<button type="button" @click=${this.#downloadCsv}>Download CSV</button>` : nothing}
      ${wanted.has('png') ? html`<button type="button" @click=${this.#downloadPng}>Download image</button>` : nothing}
      ${wanted.has('bars') && isDonut
        ? html`<button type="button" aria-pressed=${this.showAsBars ? 'true' : 'false'} @click=${() => (this.showAsBars = !this.showAsBars)}>
            Show as bars
          </button>`
        : nothing}
    </div>`;
  }

}

let drawRequested = false;

const ALIGN_SHIFT = { left: '0', center: '-50%', right: '-100%' } as const;
const BASELINE_SHIFT = { top: '0', middle: '-50%', bottom: '-100%' } as const;

/** Room a tooltip needs above its part, in CSS px; nearer the top it goes below. */
const TOOLTIP_ROOM = 56;

/** The title as a heading of the page's outline (`heading-level`, default 2), or a plain caption. */
function headingTemplate(level: string | number | null, text: string) {
  switch (String(level ?? '2').trim().toLowerCase()) {
    case 'none':
      return html`<span id="heading" class="heading" part="heading">${text}</span>`;
    case '1':
      return html`<h1 id="heading" class="heading" part="heading">${text}</h1>`;
    case '3':
      return html`<h3 id="heading" class="heading" part="heading">${text}</h3>`;
    case '4':
      return html`<h4 id="heading" class="heading" part="heading">${text}</h4>`;
    case '5':
      return html`<h5 id="heading" class="heading" part="heading">${text}</h5>`;
    case '6':
      return html`<h6 id="heading" class="heading" part="heading">${text}</h6>`;
    default:
      return html`<h2 id="heading" class="heading" part="heading">${text}</h2>`;
  }
}

/** Within one screen height of the viewport, as the visibility controller counts it. */
function nearViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const height = globalThis.innerHeight || 0;
  return box.bottom >= -height && box.top <= 2 * height;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
