/**
 * Data intake for the kinds that draw series over labels (column and line charts): the same
 * sources and precedence as `DataIntake`, read by the series readers (src/core/series*.ts).
 */
import { createFormat } from '../core/format.js';
import { validateSeriesData, parseSeriesValues, readSeriesTable } from '../core/series-parse.js';
import type { SeriesData, SeriesOptions, SeriesResult } from '../core/series-types.js';
import { hasFigures } from '../core/series.js';
import { describeSeries } from '../core/series-summary.js';
import type { SeriesChartKind } from '../core/types.js';
import { findDataTable } from '../core/parse-table.js';
import type { ChartProperties } from './chart-properties.js';
import type { Figure } from './data-intake.js';
import { resolveSettings, type Preset } from './settings.js';

/** Reads the host's series; `fetch` reads a `src` (null: still loading). */
export function readSeriesFigure(
  host: ChartProperties,
  kind: SeriesChartKind,
  preset: Preset,
  drawError: string | null,
  options: SeriesOptions,
  fetch: (src: string) => SeriesResult | null,
): Figure {
  let result: SeriesResult | null;
  let caption = '';
  const src = (host.src ?? '').trim();
  const table = host.data == null && !host.values?.trim() && !src ? findDataTable(host) : null;
  if (host.data != null) result = validateSeriesData(host.data, 'data property', options);
  else if (host.values != null && host.values.trim() !== '') result = parseSeriesValues(host.values, options);
  else if (src) result = fetch(src);
  else if (table) {
    result = readSeriesTable(table, options);
    caption = table.caption?.textContent?.trim() ?? '';
  } else result = { ok: true, labels: [], series: [], periods: false };
  const settings = resolveSettings(host, preset, caption);
  const fmt = createFormat(settings.locale);
  const series: SeriesData | null = result?.ok ? result : null;
  const state = result === null ? 'loading' : !result.ok ? 'error' : !series!.labels.length || !hasFigures(series!) ? 'empty' : drawError ? 'error' : 'ready';
  const message =
    result === null ? 'Loading data…' : !result.ok ? result.error : state === 'empty' ? 'No data to show.' : (drawError ?? '');
  const summary = series && state !== 'empty' ? describeSeries(series, { kind, unit: settings.unit, fmt }) : { takeaway: '', structure: '', text: '' };
  const own = (host.summary ?? '').trim();
  return {
    settings,
    fmt,
    model: null,
    series,
    extras: series ? { notes: series.notes, labelHeader: series.labelHeader } : {},
    state,
    message,
    summary: own && series ? { takeaway: own, structure: summary.structure, text: `${own} ${summary.structure}` } : summary,
  };
}
