/**
 * The series half of the data code: reading several series (every data path), their summary,
 * their parts' words and their CSV. Loaded on demand (its own chunk) when a column or line chart
 * is on the page, so a page of bars and donuts never downloads it.
 */
import { fetchShared } from '../core/fetch-data.js';
import { parseSeriesText } from '../core/series-parse.js';
import type { SeriesOptions, SeriesResult } from '../core/series-types.js';

export { parseSeriesValues, readSeriesTable, validateSeriesData } from '../core/series-parse.js';
export { hasFigures } from '../core/series.js';
export { describeSeries, seriesPartText } from '../core/series-summary.js';
export { seriesToCsv } from '../core/series-csv.js';
export { axisLabelsNote } from '../core/axis-labels.js';

/** Several series from a CSV or JSON file, by the same fetch rules as one series. */
export async function fetchSeries(url: string, options: SeriesOptions & { signal?: AbortSignal } = {}): Promise<SeriesResult> {
  const { signal, ...read } = options;
  const body = await fetchShared(url, signal);
  if ('error' in body) return { ok: false, error: body.error };
  return parseSeriesText(body.text, body.type, read);
}
