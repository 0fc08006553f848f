/**
 * Data intake for the kinds that draw series over labels (column and line charts): the same
 * sources and precedence as `DataIntake`, read by the series chunk (src/series/), which is
 * loaded when such a chart is first read: until it arrives the figure is `loading`.
 */
import type { SeriesData, SeriesOptions, SeriesResult } from '../core/series-types.js';
import type { DataExtras } from '../core/types.js';
import type { SeriesKind } from '../core/series-summary.js';
import { findDataTable } from '../core/parse-table.js';
import type { ChartProperties } from './chart-properties.js';
import type { SeriesModule } from './chunks.js';
import type { Figure } from './data-intake.js';
import { figureFormat, resolveSettings, type Preset } from './settings.js';

const LOADING = 'Loading data…';

/** Reads the host's series with `mod` (null: not loaded yet); `fetch` reads a `src` (null: still loading). */
export function readSeriesFigure(
  host: ChartProperties,
  kind: SeriesKind,
  preset: Preset,
  drawError: string | null,
  options: SeriesOptions,
  mod: SeriesModule | null,
  fetch: (src: string) => SeriesResult | null,
): Figure {
  let result: SeriesResult | null = null;
  let caption = '';
  const src = (host.src ?? '').trim();
  const table = host.data == null && !host.values?.trim() && !src ? findDataTable(host) : null;
  if (table) caption = table.caption?.textContent?.trim() ?? '';
  if (!mod) result = drawError ? { ok: false, error: drawError } : null;
  else if (host.data != null) result = mod.validateSeriesData(host.data, 'data property', options);
  else if (host.values != null && host.values.trim() !== '') result = mod.parseSeriesValues(host.values, options);
  else if (src) result = fetch(src);
  else if (table) result = mod.readSeriesTable(table, options);
  else result = { ok: true, labels: [], series: [], periods: false };
  const settings = resolveSettings(host, preset, caption);
  const fmt = figureFormat(host, settings, result?.ok ? result.decimals : undefined);
  const series: SeriesData | null = result?.ok ? result : null;
  const empty = !!series && (!series.labels.length || !mod!.hasFigures(series));
  const state = result === null ? 'loading' : !result.ok ? 'error' : empty ? 'empty' : drawError ? 'error' : 'ready';
  const message = result === null ? LOADING : !result.ok ? result.error : empty ? 'No data to show.' : (drawError ?? '');
  const figure: Figure = {
    settings,
    fmt,
    model: null,
    series,
    extras: series ? seriesExtras(series) : {},
    state,
    message,
    summary: { takeaway: '', structure: '', text: '' },
  };
  if (!series || !mod || empty) return figure;
  const described = mod.describeSeries(series, { kind, unit: settings.unit, fmt, stacked: host.layout === 'stacked' });
  const own = (host.summary ?? '').trim();
  figure.summary = own ? { takeaway: own, structure: described.structure, text: `${own} ${described.structure}` } : described;
  figure.partTexts = series.series.flatMap((_, s) => series.labels.map((_label, i) => mod.seriesPartText(series, i, s, fmt, settings.unit)));
  figure.csv = () => mod.seriesToCsv(series, series.labelHeader);
  figure.labelsNote = (step) => mod.axisLabelsNote(step, series.labels.length, ...((series.periods ? ['period', 'periods'] : ['category', 'categories']) as [string, string]));
  return figure;
}

/** What a chart of several series notes besides its data: the source's notes, and what the rules left out. */
function seriesExtras(series: SeriesData): DataExtras {
  const { notes, labelHeader, leftOut = [], leftOutColumns, level, valueChoice, totalRow } = series;
  const total = totalRow ? ({ label: totalRow.label, value: series.series.length === 1 ? totalRow.values[0] ?? null : null, role: 'total', where: totalRow.where } as const) : null;
  return { notes, labelHeader, leftOut: total ? [total, ...leftOut] : leftOut, leftOutColumns, level, valueChoice };
}
