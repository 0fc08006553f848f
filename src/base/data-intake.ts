/**
 * Data intake: from whichever source the page used (the `data` property, `values`, `src`, a
 * child table, the preset) to validated rows, the summary, the state and its message. The
 * element asks for a `Figure` in each update; nothing here draws.
 */
import type { Format } from '../core/format.js';
import type { GridOptions } from '../core/grid.js';
import { chartModel, parseSort, parseValueFormat, type ChartModel } from '../core/model.js';
import { decimalContext } from '../core/parse-number.js';
import { findDataTable, readTable } from '../core/parse-table.js';
import { parseValues, validateData } from '../core/parse-values.js';
import { describeChart, type Summary } from '../core/summary.js';
import type { SeriesData, SeriesResult } from '../core/series-types.js';
import type { AnyChartKind, ChartKind, DataExtras, ParseResult } from '../core/types.js';
import { safeFetchUrl } from '../core/url.js';
import type { ChartProperties } from './chart-properties.js';
import { chartState, type ChartState } from './chart-state.js';
import { loadRemote, loadSeries, type SeriesModule } from './chunks.js';
import { isSeriesKind } from './figure-parts.js';
import { partText } from './figure-text.js';
import { readSeriesFigure } from './series-intake.js';
import { figureFormat, pageLanguage, resolveSettings, type Preset, type Settings } from './settings.js';

/** The name the host's update is requested under when a data file arrives. */
export const REMOTE = 'remoteData';
const SERIES_FAILED = 'The code that reads this chart’s data could not be loaded. Reload the page to try again.';
/** The name the host's update is requested under when the series chunk arrives. */
export const SERIES = 'seriesModule';

/** Everything the figure shows that follows from the data and attributes. */
export interface Figure {
  settings: Settings;
  fmt: Format;
  /** The rows to chart; null unless the data was read and passed every check (or for series). */
  model: ChartModel | null;
  /** Several series over labels (column and line charts); null for one series, in `model`. */
  series: SeriesData | null;
  /**
   * What each part says when focused: "Facebook: 261 cases, 50%. 1 of 8.", or for several series,
   * series by series, "Snapchat, 2016/17: 48 cases. 3 of 3.". Its length is the number of parts.
   */
  partTexts?: string[];
  /** Several series: the CSV download. */
  csv?: () => string;
  /**
   * Several series: what the structure sentence adds when only every `step`-th label under the
   * axis is written (src/core/axis-labels.ts); '' when every one is.
   */
  labelsNote?: (step: number) => string;
  /** What the data said besides its rows: notes, missing figures, a total row. */
  extras: DataExtras;
  state: ChartState;
  message: string;
  summary: Summary;
}

const NO_SUMMARY: Summary = { takeaway: '', structure: '', text: '' };

/** `{labels, series}` given to the `data` property. */
const isSeriesData = (data: unknown): data is { series?: unknown[] } =>
  data != null && !Array.isArray(data) && typeof data === 'object' && 'series' in data;

/**
 * Whether a bar chart reads several series: when the page asks (`layout`, two or more
 * `value-columns`, or `{labels, series}` data). Otherwise it reads one value column by the
 * real-data rules, as it always has, so a file with other number columns keeps its chart.
 */
export function barsOfSeries(host: ChartProperties): boolean {
  return (
    !!host.layout?.trim() ||
    !!host.seriesColumn?.trim() ||
    (host.valueColumns ?? '').split(',').filter((c) => c.trim()).length > 1 ||
    isSeriesData(host.data)
  );
}

/**
 * Reads the host's data, fetching a `src` file on demand (its own chunk). A request is given up
 * only when the chart stops wanting that file (its `src` changed), never because the chart left
 * the page: frameworks move and re-insert elements, and a file fetched once is kept for the page.
 */
export class DataIntake {
  readonly #host: ChartProperties;
  #remote: { key: string; result: ParseResult | SeriesResult | null } | null = null;
  #abort: AbortController | null = null;
  #series: SeriesModule | null = null;
  #seriesFailed = false;

  constructor(host: ChartProperties) {
    this.#host = host;
  }

  /** The figure for the host's current attributes. `kind` is the kind drawn (a donut shown as bars is 'bar'). */
  read(kind: AnyChartKind, preset: Preset, drawError: string | null): Figure {
    if (isSeriesKind(kind) || (kind === 'bar' && barsOfSeries(this.#host))) {
      const options = { ...this.#gridOptions(), valueColumns: this.#host.valueColumns, seriesColumn: this.#host.seriesColumn };
      const mod = this.#series;
      if (!mod && !this.#seriesFailed) this.#loadSeries();
      const failed = this.#seriesFailed ? SERIES_FAILED : drawError;
      return readSeriesFigure(this.#host, kind, preset, failed, options, mod, (src) =>
        this.#fetch(src, options, (url, signal) => mod!.fetchSeries(url, { ...options, signal })),
      );
    }
    return this.#readOne(kind, preset, drawError);
  }

  #loadSeries(): void {
    void loadSeries().then(
      (mod) => {
        this.#series = mod;
        this.#host.requestUpdate(SERIES, null);
      },
      () => {
        this.#seriesFailed = true;
        this.#host.requestUpdate(SERIES, null);
      },
    );
  }

  #readOne(kind: ChartKind, preset: Preset, drawError: string | null): Figure {
    const host = this.#host;
    const source = this.#readSource(preset);
    let result = source.result;
    const settings = resolveSettings(host, preset, source.caption);
    const fmt = figureFormat(host, settings, result?.ok ? result.decimals : undefined);
    let model: ChartModel | null = null;
    if (result?.ok === true) {
      const built = chartModel(result, {
        kind,
        total: settings.total,
        remainderLabel: settings.remainderLabel,
        sort: parseSort(host.sort),
        valueFormat: parseValueFormat(host.valueFormat),
        unit: settings.unit.other,
      });
      if (built.ok) model = built.model;
      else result = built;
    }
    const { state, message } = chartState(result, model, drawError);
    let summary = NO_SUMMARY;
    if (model) {
      const described = describeChart(model, { kind, unit: settings.unit, fmt, categoryNoun: preset.categoryNoun, overlapping: settings.overlapping });
      const own = (host.summary ?? '').trim();
      summary = own ? { takeaway: own, structure: described.structure, text: `${own} ${described.structure}` } : described;
    }
    const rows = model?.rows ?? [];
    const partTexts = rows.map((row, index) => partText(row, fmt, settings.unit, { index, count: rows.length }));
    return { settings, fmt, model, series: null, partTexts, extras: result?.ok ? result : {}, state, message, summary };
  }

  /** The data, by precedence: `data` property, `values`, `src`, child table, preset. `null`: loading. */
  #readSource(preset: Preset): { result: ParseResult | null; caption: string } {
    const host = this.#host;
    const options = this.#gridOptions();
    if (isSeriesData(host.data)) {
      const error = `This chart draws one series, and the data property has ${(host.data.series ?? []).length} in {labels, series}. Give it [{label, value}, …], or use <foi-column-chart> or <foi-line-chart> for several series.`;
      return { result: { ok: false, error }, caption: '' };
    }
    if (host.seriesColumn?.trim()) {
      const error = `A donut shows one series, so it can't draw one per value of "${host.seriesColumn.trim()}" (series-column). Keep one value with filter="${host.seriesColumn.trim()}=…", or use <foi-column-chart> or <foi-line-chart>.`;
      return { result: { ok: false, error }, caption: '' };
    }
    if (host.data != null) return { result: validateData(host.data, 'data property', options), caption: '' };
    if (host.values != null && host.values.trim() !== '') return { result: parseValues(host.values, options), caption: '' };
    const src = (host.src ?? '').trim();
    if (src) return { result: this.#fetch(src, options, (url, signal) => loadRemote().then((remote) => remote.fetchData(url, { ...options, signal }))) as ParseResult | null, caption: '' };
    this.#cancel();
    const table = findDataTable(host);
    if (table) {
      const read = readTable(table, options);
      return { result: read, caption: read.caption ?? '' };
    }
    return { result: { ok: true, data: preset.data ?? [] }, caption: '' };
  }

  /**
   * The columns the page picked, and what settles decimal marks: the `decimal` attribute
   * (overrides the cells), else the `locale` attribute or nearest `lang` (settles a column
   * the cells leave open); with neither, only the cells and the file decide.
   */
  #gridOptions(): GridOptions {
    const host = this.#host;
    const level = (host.level ?? '').trim().toLowerCase();
    return {
      labelColumn: host.labelColumn,
      valueColumn: host.valueColumn,
      decimal: decimalContext(host.decimal, pageLanguage(host)),
      level: level === 'top' || level === 'all' ? level : 'leaves',
      filter: host.filter,
      oneSeries: (host.constructor as { kind?: string }).kind === 'donut',
    };
  }

  #fetch<R extends ParseResult | SeriesResult>(
    src: string,
    options: GridOptions & { valueColumns?: string | null; seriesColumn?: string | null },
    read: (url: string, signal: AbortSignal) => Promise<R>,
  ): R | null {
    const host = this.#host;
    const url = safeFetchUrl(src, document.baseURI);
    const key = `${url}\n${JSON.stringify(options)}`;
    if (this.#remote?.key === key) return this.#remote.result as R | null;
    // A chart off the page fetches nothing; it starts again when it is connected.
    if (!host.isConnected) return null;
    this.#cancel();
    if (!url) {
      return { ok: false, error: `The data address “${src.slice(0, 80)}” is not an http(s) or relative URL.` } as R;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.#remote = { key, result: null };
    void Promise.resolve()
      .then(() => read(url, abort.signal))
      .catch(() => ({ ok: false, error: 'The code that loads data files could not be loaded.' }) as R)
      .then((result) => {
        if (abort.signal.aborted) return;
        if (this.#abort === abort) this.#abort = null;
        this.#remote = { key, result };
        // A chart off the page shows it when it is connected again (which updates it).
        if (host.isConnected) host.requestUpdate(REMOTE, null);
      });
    return null;
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#remote = null;
  }
}
