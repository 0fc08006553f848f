import { html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import { csvFileName } from '../core/csv-export.js';
import { FALLBACK_LOCALE, prepareFormat } from '../core/format.js';
import { parseSort, parseValueFormat } from '../core/model.js';
import { dataNotes } from '../core/notes.js';
import type { AnyChartKind, ChartKind } from '../core/types.js';
import { safeLinkHref } from '../core/url.js';
import { saveBlob } from '../dom/save-blob.js';
import type { DrawInput } from '../draw/index.js';
import { emit } from '../events/index.js';
import { ChartProperties } from './chart-properties.js';
import type { ChartState } from './chart-state.js';
import { loadDraw, loadExport } from './chunks.js';
import { drawData, focusDetail, isSeriesKind, partCount, partWords, texturesOn, toneSeries } from './figure-parts.js';
import { chartFor, tableFor } from './chart-template.js';
import { FontsController } from './controllers/fonts-controller.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { MediaController } from './controllers/media-controller.js';
import { PART_NAVIGATION, PartNavigationController } from './controllers/part-navigation-controller.js';
import { DRAW_BROKEN, DRAW_FAILED, DrawingController } from './controllers/drawing-controller.js';
import { PICTURE, PictureController, pictureWidth } from './controllers/picture-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { RoomController } from './controllers/room-controller.js';
import { TextStyleController } from './controllers/text-style-controller.js';
import { SIZE } from './controllers/size-controller.js';
import { SOUND, SoundController } from './controllers/sound-controller.js';
import { TOOLTIP, TooltipController } from './controllers/tooltip-controller.js';
import { VISIBLE, VisibilityController } from './controllers/visibility-controller.js';
import { DataIntake, type Figure } from './data-intake.js';
import { checkAuthoring, checkColumnChoice } from './dev-warnings.js';
import { figureCsv } from './figure-text.js';
import * as parts from './figure-templates.js';
import type { BarLayout } from './layout.js';
import { pageLanguage, type Preset } from './settings.js';
import { chartStyles } from './styles.js';
import { Rendered } from './rendered.js';
import { nextFrame, nextTurn, turnFor } from './turns.js';

export type { ChartState, Preset };
export type { Action, ActionList, HeadingLevel, Level, Parts, SortOrder, Theme, Total, ValueFormat } from './attributes.js';
// Re-exported so that every entry's types bring the events' HTMLElementEventMap declarations.
export type { FoiRenderEvent, FoiErrorEvent, FoiFocusEvent } from '../events/index.js';

/** The name the host's update is requested under when the drawn parts or words move. */
const DRAWN = 'drawnParts';
/** Whether the page's first chart has had its locale's formatters built (`scheduleUpdate`). */
let formatsPrepared = false;
/** What changes the reader's view around the canvas, never the drawing. */
const READER_STATE = new Set([PART_NAVIGATION, DRAWN, SOUND, PICTURE, TOOLTIP, 'tableVisible', 'tableSort']);

// The colours' defaults are in src/core/palette.ts alone; the manifest's config reads them there.
/**
 * The shared base of every foi-charts element: the figure, its lifecycle and its reader
 * controls. Data intake is `DataIntake`; drawing is the drawing chunk's `Drawing`, loaded when
 * the chart comes near the screen. Chart elements set `kind`; presets set `preset`. Not
 * registered as a tag itself. (src/README.md has the layout.)
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The chart's title.
 * @csspart subtitle - The line under the title.
 * @csspart takeaway - The sentence under the subtitle that says what the chart shows (`takeaway`).
 * @csspart chart - The box the canvas is drawn in.
 * @csspart legend - The donut's HTML legend.
 * @csspart table - The data table.
 * @csspart notes - The footnote.
 * @csspart source - The source line.
 * @csspart actions - The row of reader controls (Show table, Download CSV…).
 * @csspart image-alt - After "Download image": what happened, and the picture's alt text with a copy button.
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
  static kind: AnyChartKind = 'bar';
  /** Set by presets: the story's defaults. */
  static preset: Preset = {};

  readonly #data = new DataIntake(this);
  readonly #visibility = new VisibilityController(this, () => loadDraw(isSeriesKind(this.#kind)));
  /** The style of the chart's words (font, text spacing, line height), which every measurement uses. */
  readonly #text = new TextStyleController(this);
  readonly #room = new RoomController(this, () => this.#visibility.visible, () => this.#text.read());
  /** Only asks for an update (named `lightDom`) when the page edits the element's children. */
  protected readonly lightDom = new LightDomController(this);
  readonly #nav = new PartNavigationController(this, {
    count: () => partCount(this.#figure),
    across: () => this.#figure?.series?.labels.length ?? 0,
    activate: (index) => this.#drawer.drawing?.focus(index),
    tooltip: (index) => (index === null ? this.#tooltip.hide() : this.#tooltip.show(index)),
    focused: (index) => emit(this, 'foi-focus', focusDetail(this.#figure!, index)),
  });
  readonly #tooltip = new TooltipController(this, {
    box: (index) => this.#drawer.drawing?.boxes[index],
    ownWords: (index) => partWords(this.#figure!, index, parseValueFormat(this.valueFormat)),
    centred: () => this.#kind === 'donut',
    activate: (index) => this.#drawer.drawing?.focus(index),
  });
  readonly #reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');
  readonly #forcedColors = new MediaController(this, '(forced-colors: active)');
  /** Only re-renders on change: `theme="auto"` colours come from CSS, re-read when drawing. */
  protected readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  protected readonly fonts = new FontsController(this, () => this.#drawer.drawing?.stale());

  readonly #drawer = new DrawingController(this, {
    moved: () => this.requestUpdate(DRAWN, null),
    hover: (index) => this.#tooltip.pointer(index),
    // A click or tap selects a part as focus does: tooltip, highlight, foi-focus.
    pick: (index) => this.renderRoot.querySelector<HTMLElement>(`.part[data-index="${index}"]`)?.focus(),
  });
  readonly #sound = new SoundController(this, {
    series: () => toneSeries(this.#figure),
    onPart: (part) => this.#focusPart(part),
    // What a screen reader says on the move: the part's name, and coming in, the parts' group name.
    spoken: (part, first) => {
      const target = this.renderRoot.querySelector(`.part[data-index="${part}"]`);
      return [first ? target?.parentElement?.getAttribute('aria-label') : '', target?.getAttribute('aria-label')].join(' ');
    },
  });
  /** Swaps the canvas for a sharp image of the chart while the page prints. */
  protected readonly printView = new PrintController(this, (scale) => this.#drawer.drawing?.shot(scale)?.canvas.toDataURL('image/png') ?? null);
  readonly #picture = new PictureController(this, { image: () => this.getImage(), alt: () => this.getImageAlt(), name: () => this.#fileName('png') });
  readonly #rendered = new Rendered();
  #figure: Figure | null = null;
  #needsDraw = true;
  #lastError = '';
  /** Whether the chart has been ready: an error after that is news, announced as an alert. */
  #wasReady = false;

  /** The Chart.js instance once drawn, else `null`. */
  get chart(): Chart | null {
    return this.#drawer.drawing?.chart ?? null;
  }

  /** The text summary in use: the `summary` attribute, or the generated one. */
  get summaryText(): string {
    return this.#figure?.summary.text ?? '';
  }

  /** Resolves when the chart is drawn, or the element has settled in `error` or `empty`. */
  get rendered(): Promise<void> {
    return this.#rendered.promise;
  }

  get #kind(): AnyChartKind {
    return this.showAsBars ? 'bar' : (this.constructor as typeof FoiChart).kind;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      // Reconnected: the chart was destroyed on disconnect; `rendered` waits for the new drawing.
      this.#rendered.renew();
      this.requestUpdate();
    }
  }

  /**
   * A first render takes a task of its own (src/base/turns.ts), so the charts of a page render
   * one task each instead of all in one long task at load; later updates run as Lit schedules them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // The page's first chart first builds its locale's formatters, in a turn of their own.
    if (!formatsPrepared) {
      formatsPrepared = true;
      const locale = pageLanguage(this) || FALLBACK_LOCALE;
      turnFor(() => prepareFormat(locale));
    }
    return nextTurn().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.eager) this.#visibility.show();
    const keys = [...changed.keys()] as string[];
    // Only properties, or a controller's plain requestUpdate() (size, media, fonts), redraw.
    if (!keys.length || keys.some((key) => !READER_STATE.has(key))) this.#needsDraw = true;
    // Reader state, coming near the screen and a new width change no data: at most the bar
    // layout, for a width recorded (with or without an update) by RoomController.
    if (this.#figure && keys.length && keys.every((key) => READER_STATE.has(key) || key === VISIBLE || key === SIZE)) {
      this.#room.refresh();
      return;
    }
    const figure = (this.#figure = this.#data.read(this.#kind, (this.constructor as typeof FoiChart).preset, this.drawError));
    if (this.state !== figure.state) (this as { state: ChartState }).state = figure.state;
    if (figure.state === 'ready') this.#wasReady = true;
    this.#nav.clamp(partCount(figure));
    const ready = figure.state === 'ready';
    const labels = figure.series?.labels ?? figure.model?.rows.map((row) => row.label) ?? [];
    const bars = this.#kind === 'bar' && ready;
    this.#room.plan(bars ? labels : null, !bars && !!figure.series && ready, figure.series && this.layout !== 'stacked' ? figure.series.series.length : 1, !!figure.series);
  }

  protected override updated(): void {
    // Announced once per distinct error, after the figure shows the message.
    const message = this.#figure?.message ?? '';
    if (this.state === 'error' && message !== this.#lastError) emit(this, 'foi-error', { message });
    this.#lastError = this.state === 'error' ? message : '';
    if (this.state === 'empty' || this.state === 'error') {
      this.#drawer.destroy();
      this.#rendered.settle();
    } else if (this.state === 'ready' && this.#visibility.visible) {
      if (!this.#room.settled) return; // drawn once its width is known: `rendered` waits for that drawing
      if (this.#needsDraw || !this.chart) void this.#draw();
      else this.#rendered.settle();
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
    if (name !== undefined && this.isUpdatePending && this.hasUpdated && !this.#rendered.pending && !READER_STATE.has(name as string)) {
      this.#rendered.renew();
    }
  }

  /**
   * What the drawing needs, all known already, so drawing forces no layout; `room`: the bars'
   * layout and the canvas box, the element's own unless a picture asks for another width.
   */
  #drawInput(f: Figure, room: { bars: BarLayout | null; width: number; height: number } = { bars: this.#room.bars, ...this.#room.box() }): DrawInput {
    const text = this.#text.read();
    return {
      ...drawData(f, this.#kind, this.highlight, parseValueFormat(this.valueFormat)),
      stacked: this.layout === 'stacked',
      layout: room.bars,
      width: room.width,
      height: room.height,
      patterns: texturesOn(f, this.#kind, this.patterns || this.#forcedColors.matches),
      animate: this.animated && !this.#reducedMotion.matches,
      fontFamily: text.fontFamily,
      fontSize: text.fontSize,
      spacing: { letterSpacing: text.letterSpacing, wordSpacing: text.wordSpacing },
      lineHeight: text.lineHeight,
      colorRoot: this.renderRoot,
    };
  }

  async #draw(): Promise<void> {
    const figure = this.#figure;
    if (!figure?.model && !figure?.series) return;
    const outcome = await this.#drawer.draw(() => this.#drawInput(figure), this.#kind);
    if (outcome === 'failed' || outcome === 'broken') {
      this.drawError = outcome === 'failed' ? DRAW_FAILED : DRAW_BROKEN;
      this.tableVisible = true;
      return;
    }
    const drawing = this.#drawer.drawing;
    if (drawing && (outcome === 'first' || outcome === 'drawn')) {
      checkAuthoring(this, figure.settings, drawing.colors, drawing.fills);
      checkColumnChoice(this, figure.extras.valueChoice);
      emit(this, 'foi-render', { chart: drawing.chart! });
      // A first drawing's parts and words are placed in the next frame, before it paints the
      // canvas, in one write pass with every chart drawn since the last frame: placed at once, each
      // chart's would be styled again by the next chart's drawing (it reads its colours).
      if (outcome === 'first') {
        await nextFrame();
        if (this.#drawer.drawing !== drawing) return;
        this.requestUpdate(DRAWN, null);
        await this.updateComplete;
      }
    }
    if (outcome !== 'stale') this.#rendered.settle();
  }

  #focusPart(index: number): void {
    this.renderRoot.querySelector<HTMLElement>(`.part[data-index="${index}"]`)?.focus();
  }

  /** The CSV the "Download CSV" control saves: a header row and exactly the rows shown. */
  getCsv(): string {
    return this.#figure ? figureCsv(this.#figure) : '';
  }

  /**
   * The whole figure as one PNG, as "Download image" saves it: heading, subtitle, the chart with
   * its words, legend, notes and source, at twice `png-width` (default: the figure's width) on
   * the theme's background. Null when the chart can't be drawn (an error, an empty chart). A
   * chart not yet scrolled near is drawn for it.
   */
  async getImage(): Promise<Blob | null> {
    this.#visibility.show();
    await this.rendered;
    const f = this.#figure;
    const drawing = this.#drawer.drawing;
    if (!f || this.state !== 'ready' || !drawing?.chart) return null;
    const { pictureBlob } = await loadExport();
    const width = pictureWidth(this.pngWidth, this.#room.width);
    return pictureBlob(drawing, { width, root: this.renderRoot, input: (chartWidth) => this.#drawInput(f, this.#room.at(chartWidth)) });
  }

  /** The saved picture's alt text, for a CMS's alt field: the takeaway and the structure sentence. */
  getImageAlt(): string {
    return this.summaryText;
  }

  #fileName(extension: string): string {
    return csvFileName(this.#figure?.settings.heading || null, extension);
  }

  protected override render() {
    const f = this.#figure!;
    const { settings: s, model, fmt } = f;
    const shown = (f.series ? f.series.labels.length > 0 : !!model?.rows.length) && this.state !== 'empty';
    const notes = [s.note, ...(this.state === 'error' ? [] : dataNotes(f.extras, model, fmt, s.unit))].filter(Boolean);
    const wanted = this.actions ?? parts.defaultActions((this.constructor as typeof FoiChart).kind as ChartKind, model?.rows ?? []);
    // While the data loads, a takeaway the page wrote (`summary`) shows at once: nothing moves when the chart comes.
    const takeaway = shown ? f.summary.takeaway : this.state === 'loading' ? (this.summary ?? '').trim() : '';
    return html`
      <figure part="figure" class=${this.printTable ? 'print-table' : nothing} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        <div class="sizer" aria-hidden="true"></div>
        ${parts.captionTemplate(this.headingLevel, s.heading, s.subtitle)}
        ${takeaway ? parts.takeawayTemplate(takeaway, s.takeawayVisible) : nothing}
        ${this.state === 'ready'
          ? chartFor(f, {
              kind: this.#kind,
              height: this.#room.height,
              drawing: this.#drawer.drawing,
              nav: this.#nav,
              tooltip: this.#tooltip,
              patterns: texturesOn(f, this.#kind, this.patterns || this.#forcedColors.matches),
              highlight: this.highlight,
              valueFormat: parseValueFormat(this.valueFormat),
            })
          : parts.messageTemplate({ state: this.state, kind: this.#kind, message: f.message, drawError: !!this.drawError, alert: this.#wasReady })}
        ${shown && !(this.state === 'error' && !this.drawError)
          ? tableFor(f, { inOrder: parseSort(this.sort) === 'none', visible: this.tableVisible, sort: this.tableSort, onSort: (sort) => (this.tableSort = sort) })
          : nothing}
        ${parts.notesTemplate(notes)} ${parts.sourceTemplate(s.source, safeLinkHref(s.sourceHref))}
        ${this.state === 'ready'
          ? parts.actionsTemplate({
              wanted,
              canShowAsBars: (this.constructor as typeof FoiChart).kind === 'donut',
              tableVisible: this.tableVisible,
              showAsBars: this.showAsBars,
              playing: this.#sound.playing,
              fast: this.#sound.fast,
              soundMessage: this.#sound.message,
              on: {
                table: () => (this.tableVisible = !this.tableVisible),
                csv: () => saveBlob(this.renderRoot, new Blob([this.getCsv()], { type: 'text/csv;charset=utf-8' }), this.#fileName('csv')),
                png: this.#picture.save,
                bars: () => (this.showAsBars = !this.showAsBars),
                sound: this.#sound.toggle,
                speed: this.#sound.toggleFast,
              },
            })
          : nothing}
        ${this.state === 'ready' && wanted.split(/\s+/).includes('png') ? this.#picture.template() : nothing}
        ${this.#visibility.visible ? parts.probesTemplate() : nothing}
      </figure>
    `;
  }


}
