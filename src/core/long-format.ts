/**
 * Long-format files, one row per category and period (or region and year): `filter` keeps the
 * rows where a column has a value, `series-column` draws one series per value of a column, and a
 * refusal for repeated labels says which column makes them repeat and the attribute that works.
 */
import { cellText, listColumns, type Cell } from './columns.js';
import type { Grid, GridRow } from './cells.js';
import { MAX_POINTS, MAX_SERIES } from './limits.js';
import { isNoteText } from './markers.js';
import { capitalise, lowerFirst, quote } from './messages.js';
import type { ReadTrace } from './trace.js';

/** One `filter` entry: a column and the values kept. */
export interface FilterEntry {
  column: string;
  values: string[];
}

/** The most values a message lists before it says how many more. */
const LISTED = 5;

/** Text compared as a reader would: trimmed, runs of spaces as one, any case. */
const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads the `filter` attribute: entries separated by `;`, each split at its first `=` into a
 * column and its values, several values separated by `|`: `Periodos=2024; CCAA=Andalucía|Cataluña`.
 */
export function parseFilter(text: string | null | undefined): FilterEntry[] | string {
  const entries = (text ?? '').split(';').map((e) => e.trim()).filter(Boolean);
  const out: FilterEntry[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at <= 0) return `The filter entry ${quote(entry)} has no column before an "=": write filter="Column=value".`;
    const values = entry.slice(at + 1).split('|').map((v) => v.trim()).filter(Boolean);
    if (!values.length) return `The filter entry ${quote(entry)} has no value after the "=".`;
    out.push({ column: entry.slice(0, at).trim(), values });
  }
  return out;
}

/** Where a column is, by header (trimmed, any case), or the message naming the columns there are. */
export function findColumn(names: readonly string[], wanted: string, what: string): number | string {
  const at = names.findIndex((n) => key(n) === key(wanted));
  return at >= 0 ? at : `${what} names no column ${quote(wanted)} (${listColumns(names)}).`;
}

/**
 * Keeps the rows of a grid where every filtered column has one of its values. Note and source
 * lines under the data stay (they are read as notes later). A filter that keeps no row says what
 * the column does hold.
 */
export function filterGrid(grid: Grid, filter: string | null | undefined, trace?: ReadTrace): Grid | string {
  const entries = parseFilter(filter);
  if (typeof entries === 'string') return entries;
  if (!entries.length) return grid;
  if (!grid.names) return 'filter needs data with a header row naming its columns.';
  const names = grid.names;
  const tests: { at: number; keep: Set<string>; entry: FilterEntry }[] = [];
  for (const entry of entries) {
    const at = findColumn(names, entry.column, 'filter');
    if (typeof at === 'string') return at;
    tests.push({ at, keep: new Set(entry.values.map(key)), entry });
  }
  const kept: GridRow[] = [];
  for (const row of grid.rows) {
    if (tests.every((t) => t.keep.has(key(cellText(row.cells[t.at]))))) kept.push(row);
    else if (isNoteRow(row.cells)) kept.push(row);
    else trace?.filteredOut.push(row.where);
  }
  for (const t of tests) {
    const found = t.entry.values.filter((v) => grid.rows.some((r) => key(cellText(r.cells[t.at])) === key(v)));
    if (found.length < t.entry.values.length) {
      const missing = t.entry.values.find((v) => !found.includes(v))!;
      return `No row has ${quote(missing)} in the column ${quote(names[t.at]!)} (${valuesOf(grid.rows, t.at)}).`;
    }
  }
  return { ...grid, rows: kept };
}

function isNoteRow(cells: Cell[]): boolean {
  const filled = cells.map(cellText).filter(Boolean);
  return filled.length > 0 && isNoteText(filled[0]!) && filled.length <= 2;
}

/** "its values: 2023, 2024 and 3 more", for messages. */
function valuesOf(rows: readonly GridRow[], at: number): string {
  const seen = distinct(rows, at);
  const shown = seen.slice(0, LISTED).map((v) => quote(v)).join(', ');
  return `its values: ${shown}${seen.length > LISTED ? ` and ${seen.length - LISTED} more` : ''}`;
}

/** A column's distinct values, in the order they first appear. */
function distinct(rows: readonly GridRow[], at: number): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const text = cellText(row.cells[at]);
    if (text && !seen.has(key(text))) seen.set(key(text), text);
  }
  return [...seen.values()];
}

/**
 * Turns a long grid into a wide one: one row per label (in the order labels first appear), one
 * column per distinct value of the series column (in order of first appearance), each cell the
 * value column's figure for that pair, empty where the file has none. A pair given twice is an
 * error naming both rows and the column that tells them apart, if there is one.
 */
export function pivotGrid(grid: Grid, labelAt: number, valueAt: number, seriesAt: number): Grid | string {
  const names = grid.names!;
  const rows = grid.rows.filter((r) => r.cells.some((c) => cellText(c) !== '') && !isNoteRow(r.cells));
  const notes = grid.rows.filter((r) => isNoteRow(r.cells) && cellText(r.cells[seriesAt]) === '');
  const series = distinct(rows, seriesAt);
  const labels: string[] = [];
  const byLabel = new Map<string, { cells: Cell[]; where: string; from: string[] }>();
  for (const row of rows) {
    const label = cellText(row.cells[labelAt]);
    const name = cellText(row.cells[seriesAt]);
    if (!name) continue;
    let wide = byLabel.get(key(label));
    if (!wide) {
      wide = { cells: [label, ...series.map((): Cell => '')], where: row.where, from: series.map(() => '') };
      byLabel.set(key(label), wide);
      labels.push(label);
    }
    const k = series.findIndex((s) => key(s) === key(name));
    if (wide.from[k]) {
      const other = varyingColumn(grid, [labelAt, seriesAt, valueAt], (r) => key(cellText(r.cells[labelAt])) === key(label) && key(cellText(r.cells[seriesAt])) === key(name));
      const hint = other ? ` They differ in ${quote(names[other.at]!)} (${quote(other.values[0]!)}, ${quote(other.values[1]!)}): keep one with filter="${names[other.at]}=${other.values[other.values.length - 1]}".` : '';
      return `${wide.from[k]} and ${lowerFirst(row.where)} both give ${quote(label)} for ${quote(name)}.${hint}`;
    }
    wide.cells[k + 1] = row.cells[valueAt] ?? '';
    wide.from[k] = row.where;
  }
  return {
    names: [names[labelAt]!, ...series],
    rows: [...labels.map((l) => byLabel.get(key(l))!).map(({ cells, where }) => ({ cells, where })), ...notes],
    notes: grid.notes,
  };
}

/**
 * A column (other than `skip`) whose text differs between rows that `same` groups together, with
 * its values in order — the column that makes labels repeat in a long file. Text columns first,
 * then the one with fewest distinct values (a period, a sex, a region).
 */
export function varyingColumn(grid: Grid, skip: readonly number[], same: (row: GridRow) => boolean): { at: number; values: string[] } | null {
  const names = grid.names;
  if (!names) return null;
  const group = grid.rows.filter(same);
  let best: { at: number; values: string[]; score: number } | null = null;
  for (let at = 0; at < names.length; at++) {
    if (skip.includes(at)) continue;
    const values = distinct(group, at);
    if (values.length < 2) continue;
    const all = distinct(grid.rows, at);
    const numeric = all.every((v) => /^[\d\s.,%-]+$/.test(v));
    const score = (numeric ? 1000 : 0) + all.length;
    if (!best || score < best.score) best = { at, values: all, score };
  }
  return best ? { at: best.at, values: best.values } : null;
}

/**
 * What to say when labels repeat: the column that changes between the repeated rows, with two of
 * its values, and the attributes that work — `filter` for one value, `series-column` for a series
 * per value (where the chart can draw several, and no more than it can) — or `label-column` only where some column's
 * labels don't repeat.
 */
export function repeatedLabelsAdvice(grid: Grid, labelAt: number, valueAt: number, label: string, canSeries: boolean, uniqueColumns: readonly string[]): string {
  const names = grid.names;
  if (!names) return '';
  const other = varyingColumn(grid, [labelAt, valueAt], (r) => key(cellText(r.cells[labelAt])) === key(label));
  const ways: string[] = [];
  let because = '';
  if (other) {
    const column = names[other.at]!;
    because = ` The labels repeat because ${quote(column)} changes (${quote(other.values[0]!)}, ${quote(other.values[1]!)}${other.values.length > 2 ? ' …' : ''}).`;
    ways.push(`keep one with filter="${column}=${likelyValue(other.values)}"`);
    // Only where a chart can draw that many series: advice that can't work is no way forward.
    const labels = names[labelAt]!;
    if (!canSeries) {
      // a donut: one value per label only
    } else if (other.values.length <= MAX_SERIES) {
      ways.push(`draw one series per value with series-column="${column}"`);
    } else if (distinct(grid.rows, labelAt).length <= MAX_SERIES && other.values.length <= MAX_POINTS) {
      // Too many values for series, few labels (two countries over 65 years): the other column is
      // the labels, and each label a series.
      ways.push(`draw one series per ${quote(labels)} with label-column="${column}" series-column="${labels}"`);
    }
  }
  if (uniqueColumns.length) ways.push(`choose the column of labels with label-column= (${uniqueColumns.map((c) => quote(c)).join(', ')})`);
  if (!ways.length) return '';
  const said = ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}` : ways[0]!;
  return `${because} ${capitalise(said)}.`;
}

/** The value a reader most likely wants to keep: the last one that is not a change or a percentage. */
function likelyValue(values: readonly string[]): string {
  const plain = values.filter((v) => !/%|variaci|change|cambio|veränder|évolution|variazione|differen/iu.test(v));
  return (plain.length ? plain : values)[(plain.length ? plain : values).length - 1]!;
}
