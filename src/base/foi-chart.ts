import { html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import { csvFileName } from '../core/csv-export.js';
import { FILL_NAMES, partFills } from '../core/fills.js';
import { formatValue } from '../core/format.js';
import { parseSort, parseValueFormat } from '../core/model.js';
import { dataNotes } from '../core/notes.js';
import type { ChartKind } from '../core/types.js';
import { safeLinkHref } from '../core/url.js';
import { CSS_COLORS, PROBES } from '../dom/colors.js';
import { cssomStyle } from '../dom/cssom-style.js';
import { saveBlob } from '../dom/save-blob.js';
import type { Drawing, DrawInput } from '../draw/index.js';
import { emit } from '../events/index.js';
import { ChartProperties } from './chart-properties.js';
import type { ChartState } from './chart-state.js';
import { loadDraw } from './chunks.js';
import { FontsController } from './controllers/fonts-controller.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { MediaController } from './controllers/media-controller.js';
import { PART_NAVIGATION, PartNavigationController } from './controllers/part-navigation-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { VISIBLE, VisibilityController } from './controllers/visibility-controller.js';
import { DataIntake, type Figure } from './data-intake.js';
import { checkAuthoring } from './dev-warnings.js';
import { figureCsv, labelHeader, partText, valueHeader } from './figure-text.js';
import * as parts from './figure-templates.js';
import { barLayoutOf, canvasFontSize, layoutWidth, type BarLayout } from './layout.js';
import type { Preset } from './settings.js';
import { chartStyles } from './styles.js';
import { legendTemplate, tableTemplate } from './templates.js';
import { nextTurn } from './turns.js';

export type { ChartState, Preset };
export type { Action, ActionList, HeadingLevel, SortOrder, Theme, Total, ValueFormat } from './attributes.js';
// Re-exported so that every entry's types bring the events' HTMLElementEventMap declarations.
export type { FoiRenderEvent, FoiErrorEvent, FoiFocusEvent } from '../events/index.js';

/** The name the host's update is requested under when the drawn parts or words move. */
const DRAWN = 'drawnParts';
/** What changes the reader's view around the canvas, never the drawing. */
const READER_STATE = new Set([PART_NAVIGATION, DRAWN, 'tableVisible', 'tableSort']);
const DRAW_FAILED = 'The chart could not be loaded, so the figures are shown in the table below. Reload the page to try again.';

// The colours' defaults live in src/core/palette.ts alone: custom-elements-manifest.config.mjs
// writes them (and every --foi-color-N) into the manifest from there, so the JSDoc names none.
/**
 * The shared base of every foi-charts element: the figure, its lifecycle and its reader
 * controls. Data intake is `DataIntake`; drawing is the drawing chunk's `Drawing`, loaded when
 * the chart comes near the screen. Chart elements set `kind`; presets set `preset`. Not
 * registered as a tag itself. (src/README.md has the layout.)
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
export class FoiChart extends ChartProperties {
  static override styles = chartStyles;
  /** Set by chart subclasses. */
  static kind: ChartKind = 'bar';
  /** Set by presets: the story's defaults. */
  static preset: Preset = {};

  readonly #data = new DataIntake(this);
  readonly #visibility = new VisibilityController(this);
  readonly #size = new SizeController(this, () => this.renderRoot.querySelector('.sizer'), (width) => this.#widthMatters(width));
  /** Only asks for an update (named `lightDom`) when the page edits the element's children. */
  protected readonly lightDom = new LightDomController(this);
  readonly #nav = new PartNavigationController(this, {
    count: () => this.#figure?.model?.rows.length ?? 0,
    activate: (index) => this.#drawing?.focus(index),
    focused: (index) => {
      const row = this.#figure!.model!.rows[index]!;
      emit(this, 'foi-focus', { index, label: row.label, value: row.value });
    },
  });
  readonly #reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');
  readonly #forcedColors = new MediaController(this, '(forced-colors: active)');
  /** Only re-renders on change: `theme="auto"` colours come from CSS, re-read when drawing. */
  protected readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  protected readonly fonts = new FontsController(this, () => this.#drawing?.stale());

  #figure: Figure | null = null;
  #barLayout: BarLayout | null = null;
  #drawing: Drawing | null = null;
  #needsDraw = true;
  #drawToken = 0;
  #lastError = '';
  /** Whether the chart has been ready: an error after that is news, announced as an alert. */
  #wasReady = false;
  #settle: (() => void) | null = null;
  #renderedPromise: Promise<void> = this.#newRendered();

  /** The Chart.js instance once drawn, else `null`. */
  get chart(): Chart | null {
    return this.#drawing?.chart ?? null;
  }

  /** The text summary in use: the `summary` attribute, or the generated one. */
  get summaryText(): string {
    return this.#figure?.summary.text ?? '';
  }

  /** Resolves when the chart is drawn, or the element has settled in `error` or `empty`. */
  get rendered(): Promise<void> {
    return this.#renderedPromise;
  }

  get #kind(): ChartKind {
    return this.showAsBars ? 'bar' : (this.constructor as typeof FoiChart).kind;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A chart already on screen will need the drawing chunk: fetch it now, in parallel with the
    // first render, and draw without waiting a frame for the visibility observer's first report.
    if (!drawRequested && (this.eager || nearViewport(this))) {
      drawRequested = true;
      loadDraw().catch(() => (drawRequested = false));
      this.#visibility.show();
    }
    if (this.hasUpdated) {
      // Reconnected: the chart was destroyed on disconnect; `rendered` waits for the new drawing.
      this.#renderedPromise = this.#newRendered();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    // Only properties, or a controller's plain requestUpdate() (size, media, fonts), redraw.
    if (!keys.length || keys.some((key) => !READER_STATE.has(key))) this.#needsDraw = true;
    // Reader state and coming near the screen change no data: at most the bar layout, for a
    // width recorded without an update (#widthMatters).
    const model = this.#figure?.model;
    if (model && keys.length && keys.every((key) => READER_STATE.has(key) || key === VISIBLE)) {
      if (this.#barLayout && this.#barLayout.width !== layoutWidth(this.#size.width)) this.#barLayout = this.#layout();
      return;
    }
    const figure = (this.#figure = this.#data.read(this.#kind, (this.constructor as typeof FoiChart).preset, this.drawError));
    if (this.state !== figure.state) (this as { state: ChartState }).state = figure.state;
    if (figure.state === 'ready') this.#wasReady = true;
    this.#nav.clamp(figure.model?.rows.length ?? 0);
    this.#barLayout = this.#kind === 'bar' && figure.state === 'ready' ? this.#layout() : null;
  }

  protected override updated(): void {
    // Announced once per distinct error, after the figure shows the message.
    const message = this.#figure?.message ?? '';
    if (this.state === 'error' && message !== this.#lastError) emit(this, 'foi-error', { message });
    this.#lastError = this.state === 'error' ? message : '';
    if (this.state === 'empty' || this.state === 'error') {
      this.#destroyChart();
      this.#settle?.();
    } else if (this.state === 'ready' && this.#visibility.visible) {
      if (this.#needsDraw || !this.chart) void this.#draw();
      else this.#settle?.();
      this.#needsDraw = false;
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

  #newRendered(): Promise<void> {
    this.#settle?.();
    return new Promise((resolve) => {
      this.#settle = () => {
        this.#settle = null;
        resolve();
      };
    });
  }

  /**
   * Whether a new width changes what the reader sees: a chart near the screen redraws; a chart
   * not drawn yet only needs an update when its reserved height changes (a page of fifty charts
   * then does one update per off-screen chart before load, not two).
   */
  #widthMatters(width: number): boolean {
    if (this.#visibility.visible) return true;
    return !!this.#barLayout && this.#layout(width).height !== this.#barLayout.height;
  }

  #layout(width = this.#size.width): BarLayout {
    return barLayoutOf(this, this.#figure?.model?.rows.map((row) => row.label) ?? [], width);
  }

  /** What the drawing needs, all known already (the box from the measured width), so it forces no layout. */
  #drawInput(figure: Figure): DrawInput {
    const style = getComputedStyle(this);
    const width = this.#size.width;
    const box = this.renderRoot.querySelector('.chart');
    // A donut is square, up to its CSS size limit; 0 × 0 until measured: the drawing measures itself.
    const side = width && Math.floor(Math.min(width, (box && parseFloat(getComputedStyle(box).maxWidth)) || width));
    const layout = this.#barLayout;
    return {
      kind: this.#kind,
      rows: figure.model!.rows,
      layout,
      width: layout ? width : side,
      height: width ? (layout ? layout.height : side) : 0,
      fills: partFills(figure.model!.rows, this.#kind, this.highlight, FILL_NAMES),
      valueLabels: figure.model!.rows.map((row) => formatValue(row, parseValueFormat(this.valueFormat), figure.fmt)),
      formatTick: (n) => figure.fmt.number(n),
      patterns: this.patterns || this.#forcedColors.matches,
      animate: this.animated && !this.#reducedMotion.matches,
      fontFamily: style.fontFamily,
      fontSize: canvasFontSize(style),
      colorRoot: this.renderRoot,
    };
  }

  async #draw(): Promise<void> {
    const figure = this.#figure;
    if (!figure?.model) return;
    const token = ++this.#drawToken;
    let module: typeof import('../draw/index.js');
    try {
      module = await loadDraw();
    } catch {
      if (token !== this.#drawToken) return;
      this.drawError = DRAW_FAILED;
      this.tableVisible = true;
      return;
    }
    const canvas = this.renderRoot.querySelector('canvas');
    // A first drawing takes a task of its own: when the chunk arrives, every chart waiting for
    // it would otherwise draw in one long task.
    if (!this.#drawing) await nextTurn();
    if (token !== this.#drawToken || !this.isConnected || !canvas) return;
    if (this.#drawing && this.chart?.canvas !== canvas) this.#destroyChart();
    const first = !this.chart;
    this.#drawing ??= new module.Drawing(canvas, {
      moved: () => this.requestUpdate(DRAWN, null),
      hover: (index) => this.#nav.hover(index),
      // A click or tap selects a part as focus does: tooltip, highlight, foi-focus.
      pick: (index) => this.renderRoot.querySelector<HTMLElement>(`.part[data-index="${index}"]`)?.focus(),
    });
    if (this.#drawing.draw(this.#drawInput(figure))) {
      checkAuthoring(this, figure.settings, this.#drawing.colors, this.#drawing.fills);
      // A first drawing's parts are placed at once, in the same frame as the canvas.
      if (first) this.requestUpdate(DRAWN, null);
      emit(this, 'foi-render', { chart: this.chart! });
    }
    this.#settle?.();
  }

  #destroyChart(): void {
    this.#drawing?.destroy();
    this.#drawing = null;
  }

  /** The CSV the "Download CSV" control saves: a header row and exactly the rows shown. */
  getCsv(): string {
    return this.#figure ? figureCsv(this.#figure) : '';
  }

  #fileName(extension: string): string {
    return csvFileName(this.#figure?.settings.heading || null, extension);
  }

  /** A donut of more than six parts, or with a part under 1%, is easier read as bars. */
  #crowded(): boolean {
    const rows = this.#figure?.model?.rows ?? [];
    return (this.constructor as typeof FoiChart).kind === 'donut' && (rows.length > 6 || rows.some((r) => r.share !== null && r.share < 0.01));
  }

  protected override render() {
    const f = this.#figure!;
    const { settings: s, model, fmt } = f;
    const shown = !!model?.rows.length && this.state !== 'empty';
    const notes = [s.note, ...(this.state === 'error' ? [] : dataNotes(f.extras, model, fmt, s.unit))].filter(Boolean);
    return html`
      <figure part="figure" aria-labelledby=${s.heading ? 'heading' : nothing} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        <div class="sizer" aria-hidden="true"></div>
        ${s.heading || s.subtitle
          ? html`<figcaption>
              ${s.heading ? parts.headingTemplate(this.headingLevel, s.heading) : nothing}
              ${s.subtitle ? html`<span class="subtitle" part="subtitle">${s.subtitle}</span>` : nothing}
            </figcaption>`
          : nothing}
        ${shown ? html`<p class="summary visually-hidden" id="summary">${f.summary.takeaway}</p>` : nothing}
        ${this.state === 'ready'
          ? this.#renderChart(f)
          : parts.messageTemplate({ state: this.state, kind: this.#kind, message: f.message, drawError: !!this.drawError, alert: this.#wasReady })}
        ${shown && !(this.state === 'error' && !this.drawError)
          ? tableTemplate({
              rows: model.rows,
              missing: f.extras.missing ?? [],
              inOrder: model.periods || parseSort(this.sort) === 'none',
              total: model.total,
              caption: s.heading ? `${s.heading}: data` : 'Chart data',
              labelHeader: labelHeader(f),
              valueHeader: valueHeader(f),
              fmt,
              visible: this.tableVisible,
              sort: this.tableSort,
              onSort: (sort) => (this.tableSort = sort),
            })
          : nothing}
        ${parts.notesTemplate(notes)} ${parts.sourceTemplate(s.source, safeLinkHref(s.sourceHref))}
        ${this.state === 'ready'
          ? parts.actionsTemplate({
              wanted: this.actions ?? (this.#crowded() ? 'table csv bars' : 'table csv'),
              canShowAsBars: (this.constructor as typeof FoiChart).kind === 'donut',
              tableVisible: this.tableVisible,
              showAsBars: this.showAsBars,
              on: {
                table: () => (this.tableVisible = !this.tableVisible),
                csv: () => saveBlob(this.renderRoot, new Blob([this.getCsv()], { type: 'text/csv;charset=utf-8' }), this.#fileName('csv')),
                png: () => this.#drawing?.savePng(this.renderRoot, this.#fileName('png')),
                bars: () => (this.showAsBars = !this.showAsBars),
              },
            })
          : nothing}
        ${this.#visibility.visible
          ? // Colour probes are read only to draw, so charts far from the screen skip them.
            html`<div class="probe" aria-hidden="true" hidden>${PROBES.map(([name]) => html`<span class="p-${name}"></span>`)}</div>`
          : nothing}
      </figure>
    `;
  }

  #renderChart({ model, fmt, settings, summary }: Figure) {
    const rows = model!.rows;
    const kind = this.#kind;
    const drawing = this.#drawing;
    const tip = this.#nav.tipIndex;
    const tipRow = tip === null ? undefined : rows[tip];
    return html`
      <div class="chart ${kind}" part="chart" ${cssomStyle({ height: this.#barLayout ? `${this.#barLayout.height}px` : undefined })} @pointerleave=${() => this.#nav.hover(null)}>
        <canvas aria-hidden="true"></canvas>
        ${parts.partsTemplate({
          // The structure sentence, once, as the name of the parts it introduces; the canvas is pixels.
          name: `${summary.structure} Arrow keys move between the ${kind === 'bar' ? 'bars' : 'parts'}.`,
          texts: rows.map((row, index) => partText(row, fmt, settings.unit, { index, count: rows.length })),
          boxes: drawing?.boxes ?? [],
          focusIndex: this.#nav.focusIndex,
          onKeydown: this.#nav.keydown,
          onFocusOut: this.#nav.focusOut,
          onFocus: (i) => this.#nav.focus(i),
        })}
        ${drawing ? parts.wordsTemplate(drawing.texts, drawing.fontSize) : nothing}
        ${tipRow && drawing ? parts.tooltipTemplate(drawing.boxes[tip!], tipRow.label, partText(tipRow, fmt, settings.unit)) : nothing}
      </div>
      <p class="hint" aria-hidden="true">Arrow keys: move · Home/End: first/last · Esc: hide</p>
      ${kind === 'donut'
        ? legendTemplate({
            rows,
            // The legend's colours are CSS variables: no need to wait for the canvas colours.
            fills: partFills(rows, kind, this.highlight, CSS_COLORS),
            patterns: this.patterns || this.#forcedColors.matches,
            ink: CSS_COLORS.background,
            fmt,
            mode: parseValueFormat(this.valueFormat),
            active: drawing?.active ?? null,
            onPick: (index) => this.#nav.focus(index),
          })
        : nothing}
    `;
  }
}

let drawRequested = false;

/** Within one screen height of the viewport, as the visibility controller counts it. */
function nearViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const height = globalThis.innerHeight || 0;
  return box.bottom >= -height && box.top <= 2 * height;
}
