/**
 * The sources of several series, each turned into the grid that {@link readSeries} reads:
 * typed `values`, JSON, CSV, a page's `<table>` and the `data` property. Never throws.
 */
import { dsvFormat } from 'd3-dsv';
import { cellText, type Cell } from './columns.js';
import type { GridRow } from './grid.js';
import { MAX_POINTS, MAX_SERIES } from './limits.js';
import { isMissing, isPeriodLabel } from './markers.js';
import { excerpt, quote } from './messages.js';
import { csvGrid, sniffDelimiter } from './parse-csv.js';
import { readNumber } from './parse-number.js';
import { tableGrid } from './parse-table.js';
import { parseJsonData, readJsonText, validateData } from './parse-values.js';
import { readSeries, readSeriesColumns, seriesFromResult, type SeriesOptions, type SeriesResult } from './series.js';

/**
 * Reads the `values` attribute of a chart of several series.
 *
 * ```
 * Year: Facebook, Snapchat
 * 2015/16: 12, 20
 * 2016/17: 48, ..
 * ```
 *
 * - Entries are split on `;` or new lines, as for one series: `Year: Facebook, Snapchat;
 *   2015/16: 12, 20; 2016/17: 48, 30` is the same data.
 * - The first entry names the columns: the label column's header, `:`, then the series' names.
 *   The header may be left out (`Facebook, Snapchat`), and so may the whole line: then the
 *   series are "Series 1", "Series 2" … (one series has no name).
 * - Every other entry is a label, `:` (or `=`; the last one, so a label may hold one), then one
 *   figure per series, in the header's order.
 * - Figures are separated by a comma and a space (`12, 20`) or by `|` (`12 | 20`). A comma
 *   with no space after it is part of a number: `1,234, 20` is 1234 and 20; `1,5, 2,5` is 1.5
 *   and 2.5 on a page that writes decimal commas. Rows pasted from a spreadsheet (cells
 *   separated by tabs) are read too.
 * - `..`, `NA`, `x`, `-` … mean "no figure": a gap in that series.
 * - Text starting with `[` or `{` is JSON: see {@link parseSeriesJson}.
 *
 * Today's one-series text (`Facebook: 261; Snapchat: 123`) reads as one series.
 */
export function parseSeriesValues(text: string, options: SeriesOptions = {}): SeriesResult {
  if (typeof text !== 'string') return { ok: false, error: 'The values must be text.' };
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseSeriesJsonText(trimmed, 'The values look', options);
  const entries = trimmed.split(/[;\r\n]+/).map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) return { ok: true, labels: [], series: [], periods: false };
  if (entries.length > MAX_POINTS * 2) return { ok: false, error: `Too many rows: ${entries.length} (the most a chart can show is ${MAX_POINTS} labels).` };

  let names: string[] | null = null;
  if (isHeader(entries)) {
    const header = splitEntry(entries[0]!, true);
    if (typeof header === 'string') return { ok: false, error: `Entry 1 (${quote(entries[0]!)}) ${header}` };
    names = [header.label, ...header.cells];
    const blank = header.cells.findIndex((c) => c === '');
    if (blank >= 0) return { ok: false, error: `Entry 1 (${quote(entries[0]!)}) names the series, but series ${blank + 1} has no name.` };
  }
  const width = names ? names.length - 1 : null;
  const rows: GridRow[] = [];
  for (let i = names ? 1 : 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const name = `Entry ${i + 1} (${quote(entry)})`;
    const row = splitEntry(entry, false);
    if (typeof row === 'string') return { ok: false, error: `${name} ${row}` };
    if (row.label === '') return { ok: false, error: `${name} has no label.` };
    const blank = row.cells.findIndex((c) => c === '');
    if (blank >= 0) return { ok: false, error: `${name} has an empty figure (number ${blank + 1}): write one, or ".." if there is no figure.` };
    const expected = width ?? (rows[0]?.cells.length ?? row.cells.length + 1) - 1;
    if (row.cells.length !== expected) {
      const figures = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;
      const against = names ? `the first entry names ${expected} series (${names.slice(1).join(', ')})` : `entry 1 has ${figures(expected)}`;
      const hint =
        row.cells.length > expected
          ? ' Figures are separated by a comma and a space: write a number with thousands without the space (1,234), or separate figures with "|".'
          : ' Write ".." where there is no figure.';
      return { ok: false, error: `${name} has ${figures(row.cells.length)}, but ${against}.${hint}` };
    }
    rows.push({ cells: [row.label, ...row.cells], where: `Entry ${i + 1}`, shown: entry });
  }
  const count = width ?? (rows[0]?.cells.length ?? 2) - 1;
  return readSeriesColumns({ names, rows }, 0, Array.from({ length: count }, (_, k) => k + 1), options);
}

/**
 * Whether the first entry names the columns: some of its cells are not figures, or they are all
 * years (`Platform: 2016, 2017`) under a label that is not one, while other entries have figures
 * that are not years.
 */
function isHeader(entries: readonly string[]): boolean {
  const first = splitEntry(entries[0]!, false);
  if (typeof first === 'string') return true;
  const figure = (c: string) => isMissing(c) || readNumber(c, 'dot') !== null || readNumber(c, 'comma') !== null;
  if (!first.cells.every(figure)) return true;
  const year = (c: string) => /^\d{4}$/.test(c) && isPeriodLabel(c);
  if (!first.cells.every(year) || isPeriodLabel(first.label)) return false;
  return entries.slice(1).some((e) => {
    const row = splitEntry(e, false);
    return typeof row !== 'string' && row.cells.some((c) => !isMissing(c) && !year(c));
  });
}

/**
 * Splits one typed entry into its label and figures. `header`: the first `:` or `=` splits (series names may hold one);
 * otherwise the last one whose figures are not empty (`2016/17: 12, :` has the marker `:` as a figure).
 */
function splitEntry(entry: string, header: boolean): { label: string; cells: string[] } | string {
  if (entry.includes('\t')) {
    const [label, ...cells] = entry.split('\t').map((c) => c.trim());
    return { label: label!, cells };
  }
  const marks: number[] = [];
  for (let i = 0; i < entry.length; i++) if (entry[i] === ':' || entry[i] === '=') marks.push(i);
  if (header) {
    // No ":" at all: the line is only the series' names.
    const at = marks[0];
    return at === undefined ? { label: '', cells: splitCells(entry) } : { label: entry.slice(0, at).trim(), cells: splitCells(entry.slice(at + 1)) };
  }
  if (marks.length === 0) return 'has no ":" or "=" between its label and its numbers.';
  const at = [...marks].reverse().find((m) => entry.slice(m + 1).trim() !== '');
  if (at === undefined) return `has no number: write one after the "${entry[marks[marks.length - 1]!]}", or ".." if there is no figure.`;
  return { label: entry.slice(0, at).trim(), cells: splitCells(entry.slice(at + 1)) };
}

function splitCells(text: string): string[] {
  return (text.includes('|') ? text.split('|') : text.split(/,\s+/)).map((c) => c.trim());
}

/**
 * Reads parsed JSON as several series:
 *
 * - `{"labels": [...], "series": [{"name": ..., "values": [...]}]}`, as the `data` property;
 * - an array of objects, one per label, keys as columns (`[{"year": "2015/16", "Facebook": 12,
 *   "Snapchat": 20}]`), picked by `label-column` and `value-columns` or by the column rules;
 * - an array of arrays whose first row is the header (`[["Year", "Facebook"], ["2015/16", 12]]`);
 * - one series in any form the one-series reader takes (`[{"label": …, "value": …}]`, pairs, `{"Facebook": 261}`).
 */
export function parseSeriesJson(value: unknown, options: SeriesOptions = {}): SeriesResult {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'series' in value) return validateSeriesData(value, 'values', options);
  if (!Array.isArray(value)) return seriesFromResult(parseJsonData(value, options), '');
  if (value.length > MAX_POINTS * 2) return { ok: false, error: `Too many rows: ${value.length} (the most a chart can show is ${MAX_POINTS} labels).` };
  const isRecord = (e: unknown): e is Record<string, unknown> => e !== null && typeof e === 'object' && !Array.isArray(e);
  const records = value.filter(isRecord);
  const oneSeries = records.every((r) => Object.keys(r).every((k) => k === 'label' || k === 'value'));
  // A first row of names: all text, and not a label with figures (["Facebook", "261"] is data).
  const top: unknown = value[0];
  const headed =
    Array.isArray(top) &&
    top.length >= 2 &&
    top.every((c: unknown) => typeof c === 'string') &&
    !top.slice(1).every((c: string) => isMissing(c) || readNumber(c, 'dot') !== null || readNumber(c, 'comma') !== null);
  if (headed) {
    const rows = value.slice(1).map((e, i): GridRow | string => (Array.isArray(e) ? { cells: e.map(jsonCell), where: `Entry ${i + 2}` } : `Entry ${i + 2} (${excerpt(preview(e))}) is not a list of cells like the first entry.`));
    const bad = rows.find((r): r is string => typeof r === 'string');
    if (bad) return { ok: false, error: bad };
    return readSeries({ names: (top as string[]).map(String), rows: rows as GridRow[] }, options);
  }
  if (records.length === 0 || (oneSeries && !options.valueColumns && !options.labelColumn)) return seriesFromResult(parseJsonData(value, options), '');
  const names: string[] = [];
  for (const r of records) for (const key of Object.keys(r)) if (!names.includes(key) && names.length < 100) names.push(key);
  const rows: GridRow[] = [];
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    if (!isRecord(entry)) return { ok: false, error: `Entry ${i + 1} (${excerpt(preview(entry))}) is not an object like the others.` };
    rows.push({ cells: names.map((key) => jsonCell(entry[key])), where: `Entry ${i + 1}` });
  }
  return readSeries({ names, rows }, options);
}

/** Parses JSON text and reads it as several series; a syntax error names the browser's reason. */
export function parseSeriesJsonText(text: string, subject = 'The values look', options: SeriesOptions = {}): SeriesResult {
  return readJsonText(text, subject, (json) => parseSeriesJson(json, options)) as SeriesResult;
}

/** Reads CSV text (a spreadsheet's "Download as CSV") as several series, by the rules of `parseCsv`. */
export function parseSeriesCsv(text: string, options: SeriesOptions = {}): SeriesResult {
  if (typeof text !== 'string') return { ok: false, error: 'The CSV must be text.' };
  const read = csvGrid(text, options);
  if (!read) return { ok: true, labels: [], series: [], periods: false };
  return readSeries(read.grid, { ...options, decimal: read.decimal });
}

/** Reads a fetched file (`src`) as JSON or CSV, as `parseDataText` does, into several series. */
export function parseSeriesText(text: string, contentType: string | null, options: SeriesOptions = {}): SeriesResult {
  const notData: SeriesResult = { ok: false, error: 'The file is not CSV or JSON.' };
  if (typeof text !== 'string') return notData;
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if ((contentType ?? '').toLowerCase().includes('json') || /^[[{]/.test(trimmed)) return parseSeriesJsonText(trimmed, 'The file looks', options);
  if (/^<[!?a-z]/i.test(trimmed)) return notData;
  const rows = dsvFormat(sniffDelimiter(trimmed)).parseRows(trimmed.split(/\r?\n/, 20).join('\n'));
  if (trimmed && !rows.some((cells) => cells.length >= 2)) return notData;
  return parseSeriesCsv(trimmed, options);
}

/** Reads a page's `<table>` as several series: first column labels, more number columns more series. */
export function readSeriesTable(table: HTMLTableElement, options: SeriesOptions = {}): SeriesResult {
  if (table.rows.length > MAX_POINTS * 2) return { ok: false, error: `Too many rows: ${table.rows.length} (the most a chart can show is ${MAX_POINTS} labels).` };
  return readSeries(tableGrid(table), options);
}

/**
 * Checks data given from script (the `data` property) for a chart of several series:
 * `{labels: string[], series: {name: string, values: (number|null)[]}[]}`, or one series as
 * `{label, value}` entries. Read by the same rules as a file: `null` (or `".."`) is a gap, a
 * total row is the total, numbers written as text follow the column's convention.
 */
export function validateSeriesData(input: unknown, what = 'data', options: SeriesOptions = {}): SeriesResult {
  if (Array.isArray(input)) return seriesFromResult(validateData(input, what, options), '');
  const shape = `The ${what} must be {"labels": ["2015/16", …], "series": [{"name": "Facebook", "values": [12, …]}]} or a list of entries like {"label": "Facebook", "value": 261}.`;
  if (input === null || typeof input !== 'object') return { ok: false, error: shape };
  const { labels, series } = input as { labels?: unknown; series?: unknown };
  if (!Array.isArray(labels)) return { ok: false, error: `The ${what} has no list of labels ("labels": ["2015/16", …]). ${shape}` };
  if (!Array.isArray(series)) return { ok: false, error: `The ${what} has no list of series ("series": [{"name": …, "values": […]}]). ${shape}` };
  if (series.length > MAX_SERIES) return { ok: false, error: `Too many series: ${series.length} (the most a chart can show is ${MAX_SERIES}).` };
  if (labels.length > MAX_POINTS) return { ok: false, error: `Too many labels: ${labels.length} (the most a chart can show is ${MAX_POINTS}).` };
  const names: string[] = [];
  for (let k = 0; k < series.length; k++) {
    const s: unknown = series[k];
    const where = `Series ${k + 1}`;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return { ok: false, error: `${where} (${excerpt(preview(s))}) is not {"name": …, "values": […]}.` };
    const { name, values } = s as { name?: unknown; values?: unknown };
    const named = typeof name === 'string' || typeof name === 'number' ? String(name).trim() : '';
    if (named === '' && series.length > 1) return { ok: false, error: `${where} has no name.` };
    const who = named ? `${where} (${quote(named)})` : where;
    if (!Array.isArray(values)) return { ok: false, error: `${who} has no list of values.` };
    if (values.length !== labels.length) {
      return { ok: false, error: `${who} has ${values.length} values, but there are ${labels.length} labels: give one value per label, null where there is no figure.` };
    }
    names.push(named);
  }
  const rows: GridRow[] = labels.map((label: unknown, i) => ({
    cells: [jsonLabel(label), ...series.map((s: { values: unknown[] }) => jsonCell(s.values[i]))],
    where: `Label ${i + 1}`,
  }));
  // One unnamed series has no header, as one-series data has none.
  const header = series.length === 1 && names[0] === '' ? null : ['', ...names];
  return readSeriesColumns({ names: header, rows }, 0, series.map((_, k) => k + 1), options);
}

/** A JSON value as a cell: numbers stay numbers, strings stay text, null is "no figure". */
function jsonCell(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'string' || value === null || value === undefined) return value;
  return preview(value);
}

function jsonLabel(value: unknown): Cell {
  return typeof value === 'string' || typeof value === 'number' ? cellText(value) : '';
}

function preview(entry: unknown): string {
  try {
    return JSON.stringify(entry) ?? String(entry);
  } catch {
    return Array.isArray(entry) ? '[…]' : entry !== null && typeof entry === 'object' ? '{…}' : String(entry);
  }
}
