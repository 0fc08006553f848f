/**
 * Several series over one set of labels, for column and line charts: the grid every source
 * gives (CSV, a page's `<table>`, `values`, JSON, the `data` property) read into one value
 * column per series, by the rules of {@link readGrid} ("What the library does with your data"
 * in the README), with one difference that matters: a cell with no figure is a gap (`null`)
 * in its series, never a zero and never a reason to drop the row.
 */
import { cellText, listColumns, pickLabelColumn, pickSeriesColumns, profileColumns } from './columns.js';
import { notANumber, readCell, takeFootnotes, wideRow, type Grid, type GridOptions } from './grid.js';
import { MAX_LABEL_LENGTH, MAX_POINTS, MAX_SERIES } from './limits.js';
import { isMissing, isPeriodSeries, isTotalLabel } from './markers.js';
import { lowerFirst, quote } from './messages.js';
import { chooseStyle, type DecimalStyle, type NamedCell } from './parse-number.js';
import type { MissingPoint, SeriesData, SeriesOptions, SeriesResult, SeriesTotalRow } from './series-types.js';
import type { Datum, ParseResult } from './types.js';

export type { MissingPoint, Series, SeriesData, SeriesOptions, SeriesResult, SeriesTotalRow } from './series-types.js';

/** Relative tolerance when a row is compared with the sum of the others. */
const SUM_TOLERANCE = 1e-9;

/** Reads the `value-columns` attribute: "Facebook, Snapchat" → ["Facebook", "Snapchat"]. */
export function parseValueColumns(text: string | readonly string[] | null | undefined): string[] {
  const list = typeof text === 'string' ? text.split(',') : Array.isArray(text) ? text : [];
  return list.map((n) => String(n).trim()).filter((n) => n !== '');
}

/** Reads a grid into several series, choosing the label and series columns. Never throws. */
export function readSeries(grid: Grid, options: SeriesOptions = {}): SeriesResult {
  const hasHeader = grid.names !== null;
  const rows = grid.rows.filter((row) => row.cells.some((c) => cellText(c) !== ''));
  // A header and nothing under it is empty data, as it is for one series.
  if (rows.length === 0) return { ok: true, labels: [], series: [], periods: false, ...(grid.notes?.length ? { notes: [...grid.notes] } : {}) };
  if (!hasHeader) {
    const width = Math.max(2, ...rows.map((r) => r.cells.length));
    return readSeriesColumns(grid, 0, Array.from({ length: width - 1 }, (_, i) => i + 1), options);
  }
  const names = grid.names!.map((n) => n.trim());
  const find = (wanted: string): number | string => {
    const at = names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
    return at >= 0 ? at : `No column named "${wanted}" (${listColumns(names)}).`;
  };
  const wanted = parseValueColumns(options.valueColumns);
  if (!wanted.length && options.valueColumn?.trim()) wanted.push(options.valueColumn.trim());
  const valueAts: number[] = [];
  for (const name of wanted) {
    const at = find(name);
    if (typeof at === 'string') return { ok: false, error: at };
    if (valueAts.includes(at)) return { ok: false, error: `The column "${names[at]}" is named twice in value-columns.` };
    valueAts.push(at);
  }
  let labelAt = -1;
  if (options.labelColumn?.trim()) {
    const at = find(options.labelColumn.trim());
    if (typeof at === 'string') return { ok: false, error: at };
    if (valueAts.includes(at)) return { ok: false, error: `The label column and a value column are both "${names[at]}".` };
    labelAt = at;
  }
  const body = rows.filter((r) => !r.footer).map((r) => r.cells);
  const profiles = profileColumns(names, body);
  if (labelAt < 0) labelAt = pickLabelColumn(profiles.filter((p) => !valueAts.includes(p.index)), -1);
  if (labelAt >= 0 && !valueAts.length) valueAts.push(...pickSeriesColumns(profiles, labelAt));
  if (labelAt < 0 || !valueAts.length) {
    return { ok: false, error: `There is no column of numbers to chart (${listColumns(names)}).` };
  }
  const result = readSeriesColumns(grid, labelAt, valueAts, options);
  if (!result.ok && !options.labelColumn?.trim() && / have the same label, /.test(result.error)) {
    return { ok: false, error: `${result.error} Labels must not repeat: choose the column of labels with label-column= (${listColumns(names)}).` };
  }
  return result;
}

/**
 * Reads the given columns of a grid (0-based: the labels, then each series in order), by the
 * rules of {@link readSeries}. For sources whose columns are already known (the `data`
 * property, typed `values`). Never throws.
 */
export function readSeriesColumns(grid: Grid, labelAt: number, valueAts: readonly number[], options: GridOptions = {}): SeriesResult {
  const hasHeader = grid.names !== null;
  const names = hasHeader ? grid.names!.map((n) => n.trim()) : [];
  const notes = [...(grid.notes ?? [])];
  const rows = grid.rows.filter((row) => row.cells.some((c) => cellText(c) !== ''));
  if (valueAts.length > MAX_SERIES) {
    // The columns that could be series, named, so the page can pick some with value-columns.
    const list = hasHeader ? ` (${listColumns(valueAts.map((at) => names[at] ?? ''))})` : '';
    return {
      ok: false,
      error: `Too many series: ${valueAts.length} (the most a chart can show is ${MAX_SERIES}). Name up to ${MAX_SERIES} in value-columns="…"${list}, or split the data into several charts.`,
    };
  }
  // Checked before reading cells so that a huge source costs little; totals and notes may follow the data.
  if (rows.length > MAX_POINTS * 2) return tooManyLabels(rows.length);
  const seriesNames = valueAts.map((at, k) =>
    hasHeader ? names[at] || `Column ${at + 1}` : valueAts.length === 1 ? '' : `Series ${k + 1}`,
  );
  const twice = seriesNames.findIndex((n, k) => n !== '' && seriesNames.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== k);
  if (twice >= 0) {
    return { ok: false, error: `Two series are named "${seriesNames[twice]}": a reader could not tell them apart. Rename one.` };
  }
  notes.push(...takeFootnotes(rows, valueAts[0]!));

  if (hasHeader) {
    const wide = wideRow(rows, names.length, labelAt);
    if (wide) return { ok: false, error: wide };
  }

  // Each column's decimal marks are decided from all its cells, as grid.ts does for one column.
  const column = (k: number) => (hasHeader && names[valueAts[k]!] ? `"${names[valueAts[k]!]}"` : null);
  const styles: DecimalStyle[] = [];
  for (let k = 0; k < valueAts.length; k++) {
    const texts: NamedCell[] = [];
    for (const row of rows) {
      const cell = row.cells[valueAts[k]!];
      if (typeof cell === 'string' && !isMissing(cell)) texts.push({ text: cell, where: row.shown ? `${row.where} (${quote(row.shown)})` : row.where });
    }
    const style = chooseStyle(texts, options.decimal ?? { style: null }, column(k));
    if (!style.ok) return style;
    styles.push(style.style);
  }

  const labels: string[] = [];
  const wheres: string[] = [];
  const columns: (number | null)[][] = valueAts.map(() => []);
  const totals: SeriesTotalRow[] = [];
  let percentCells = false;
  rows: for (const row of rows) {
    const label = cellText(row.cells[labelAt]);
    const values: (number | null)[] = [];
    for (let k = 0; k < valueAts.length; k++) {
      const cell = row.cells[valueAts[k]!];
      if (typeof cell !== 'number' && isMissing(cellText(cell))) {
        values.push(null);
        continue;
      }
      const read = readCell(cell, styles[k]!);
      if (read === null) {
        if (!row.footer) return { ok: false, error: notANumber({ label, cell, where: row.where, shown: row.shown }, column(k), styles[k]!, options.decimal) };
        // A table footer without a figure ("Figures are provisional") is a note.
        notes.push(row.cells.map(cellText).filter(Boolean).join(' '));
        continue rows;
      }
      percentCells ||= read.percent;
      values.push(read.value);
    }
    const empty = values.every((v) => v === null);
    if (row.footer || isTotalLabel(label)) {
      // A total with no figure at all says nothing; it is not a label either.
      if (!empty) totals.push({ label, values, where: row.where });
      continue;
    }
    // A row with neither a label nor a figure (a code alone) is not data.
    if (empty && label === '') continue;
    labels.push(label);
    wheres.push(row.where);
    values.forEach((v, k) => columns[k]!.push(v));
  }

  let totalRow = totals[0];
  const other = totals.find((t) => !sameValues(t.values, totalRow!.values));
  if (totalRow && other) {
    return {
      ok: false,
      error:
        `${totalRow.where} (${quote(totalRow.label)}) and ${lowerFirst(other.where)} (${quote(other.label)}) ` +
        'are both totals but differ. Remove the one that is not the total.',
    };
  }
  const periods = isPeriodSeries(labels);
  // A period is never a total: 1, 1, 2, 4 over four years is a doubling, not a sum.
  if (!totalRow && !periods) {
    const at = sumRowAt(columns);
    if (at >= 0) {
      totalRow = { label: labels[at]!, values: columns.map((c) => c[at]!), where: wheres[at]! };
      labels.splice(at, 1);
      wheres.splice(at, 1);
      for (const c of columns) c.splice(at, 1);
    }
  }

  if (labels.length > MAX_POINTS) return tooManyLabels(labels.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === '') return { ok: false, error: `${wheres[i]} has no label.` };
    if (label.length > MAX_LABEL_LENGTH) {
      return {
        ok: false,
        error: `${wheres[i]} (${quote(label)}) has a label of ${label.length} characters, too long to be a chart label (the most is ${MAX_LABEL_LENGTH}).`,
      };
    }
    const first = seen.get(label);
    if (first !== undefined) return { ok: false, error: `${wheres[first]} and ${lowerFirst(wheres[i]!)} have the same label, ${quote(label)}.` };
    seen.set(label, i);
  }

  const series = seriesNames.map((name, k) => ({ name, values: columns[k]! }));
  const missing: MissingPoint[] = [];
  labels.forEach((label, i) =>
    series.forEach((s, k) => {
      if (s.values[i] === null) missing.push({ label, series: s.name, where: wheres[i]!, labelIndex: i, seriesIndex: k });
    }),
  );
  const out: SeriesResult = { ok: true, labels, series, periods };
  if (notes.length) out.notes = notes;
  if (missing.length) out.missing = missing;
  if (totalRow) out.totalRow = totalRow;
  if (percentCells) out.percentCells = true;
  if (hasHeader && names[labelAt]) out.labelHeader = names[labelAt];
  return out;
}

/**
 * One series from the one-series readers' data (today's `Datum[]`), so that one code path can
 * draw both. Rows the reader left out for having no figure (`result.missing`) come back as gaps
 * in their places; the total row, notes and headers are kept.
 */
export function seriesFromResult(result: ParseResult, name?: string): SeriesResult {
  if (!result.ok) return result;
  const labels: string[] = [];
  const values: (number | null)[] = [];
  const missing = [...(result.missing ?? [])];
  const gapsBefore = (i: number) => {
    while (missing.length && missing[0]!.index <= i) {
      labels.push(missing[0]!.label);
      values.push(null);
      missing.shift();
    }
  };
  result.data.forEach((d, i) => {
    gapsBefore(i);
    labels.push(d.label);
    values.push(d.value);
  });
  gapsBefore(Infinity);
  const seriesName = name ?? result.valueHeader ?? '';
  const out: SeriesResult = { ok: true, labels, series: [{ name: seriesName, values }], periods: isPeriodSeries(labels) };
  const gaps: MissingPoint[] = [];
  const wheres = new Map((result.missing ?? []).map((m) => [m.label, m.where]));
  values.forEach((v, i) => {
    if (v === null) gaps.push({ label: labels[i]!, series: seriesName, where: wheres.get(labels[i]!) ?? `Entry ${i + 1}`, labelIndex: i, seriesIndex: 0 });
  });
  if (result.notes?.length) out.notes = [...result.notes];
  if (gaps.length) out.missing = gaps;
  if (result.totalRow) out.totalRow = { label: result.totalRow.label, values: [result.totalRow.value], where: result.totalRow.where };
  if (result.percentCells) out.percentCells = true;
  if (result.labelHeader) out.labelHeader = result.labelHeader;
  return out;
}

/** One series from `{label, value}` rows (already checked), named `name`. */
export function seriesFromData(data: readonly Datum[], name = ''): SeriesData {
  const labels = data.map((d) => d.label);
  return { labels, series: [{ name, values: data.map((d) => d.value) }], periods: isPeriodSeries(labels) };
}

/** Whether the data has at least one figure (else the chart is `empty`). */
export function hasFigures(data: Pick<SeriesData, 'series'>): boolean {
  return data.series.some((s) => s.values.some((v) => v !== null));
}

function tooManyLabels(count: number): SeriesResult {
  return { ok: false, error: `Too many rows: ${count} (the most a chart can show is ${MAX_POINTS} labels).` };
}

function sameValues(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * A first or last row whose every figure is the sum of the other rows' figures in its series
 * (at least three others, none negative): a total row without the word. -1 when there is none.
 */
function sumRowAt(columns: readonly (number | null)[][]): number {
  const count = columns[0]?.length ?? 0;
  if (count < 4 || columns.some((c) => c.some((v) => v !== null && v < 0))) return -1;
  for (const at of [count - 1, 0]) {
    const sums = columns.every((c) => {
      const value = c[at];
      if (value === null || value === undefined || value <= 0) return false;
      const rest = c.reduce<number>((s, v, i) => (i === at || v === null ? s : s + v), 0);
      return Math.abs(rest - value) <= SUM_TOLERANCE * value;
    });
    if (sums) return at;
  }
  return -1;
}
