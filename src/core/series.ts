/**
 * Several series over one set of labels, for column and line charts: the grid every source
 * gives (CSV, a page's `<table>`, `values`, JSON, the `data` property) read into one value
 * column per series, by the rules of {@link readGrid} ("What the library does with your data"
 * in the README), with one difference that matters: a cell with no figure is a gap (`null`)
 * in its series, never a zero and never a reason to drop the row.
 */
import { figureKind, KIND_NAMES } from './column-kinds.js';
import { cellText, chooseSeriesColumns, listColumns, pickLabelColumn, pickValueColumn, profileColumns, uniqueTextColumns, valueChoiceOf, type ColumnProfile } from './columns.js';
import { filterGrid, findColumn, pivotGrid, repeatedLabelsAdvice } from './long-format.js';
import { readCells, takeFootnotes, wideRow, type Grid } from './cells.js';
import type { GridOptions } from './grid.js';
import { MAX_LABEL_LENGTH, MAX_POINTS, MAX_SERIES } from './limits.js';
import { isPeriodSeries, totalWordAt } from './markers.js';
import { lowerFirst, quote } from './messages.js';
import { leftOutOf, readStructure } from './structure.js';
import type { MissingPoint, SeriesData, SeriesOptions, SeriesResult, SeriesTotalRow } from './series-types.js';
import type { Datum, ParseResult } from './types.js';

export type { MissingPoint, Series, SeriesData, SeriesOptions, SeriesResult, SeriesTotalRow } from './series-types.js';

/** Reads the `value-columns` attribute: "Facebook, Snapchat" → ["Facebook", "Snapchat"]. */
export function parseValueColumns(text: string | readonly string[] | null | undefined): string[] {
  const list = typeof text === 'string' ? text.split(',') : Array.isArray(text) ? text : [];
  return list.map((n) => String(n).trim()).filter((n) => n !== '');
}

/**
 * Reads a grid into several series, choosing the label and series columns. Never throws. A long
 * file (one row per label and period) is narrowed by `filter` or turned wide by `series-column`.
 */
export function readSeries(source: Grid, options: SeriesOptions = {}): SeriesResult {
  const grid = filterGrid(source, options.filter, options.trace);
  if (typeof grid === 'string') return { ok: false, error: grid };
  const hasHeader = grid.names !== null;
  const rows = grid.rows.filter((row) => row.cells.some((c) => cellText(c) !== ''));
  // A header and nothing under it is empty data, as it is for one series.
  if (rows.length === 0) return { ok: true, labels: [], series: [], periods: false, ...(grid.notes?.length ? { notes: [...grid.notes] } : {}) };
  if (!hasHeader) {
    if (options.seriesColumn?.trim()) return { ok: false, error: 'series-column needs data with a header row naming its columns.' };
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
  let seriesAt = -1;
  if (options.seriesColumn?.trim()) {
    const at = findColumn(names, options.seriesColumn, 'series-column');
    if (typeof at === 'string') return { ok: false, error: at };
    if (wanted.length > 1) return { ok: false, error: 'series-column draws one value column as several series: name it with value-column, not value-columns.' };
    seriesAt = at;
  }
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
  const profiles = profileColumns(names, body, options.decimal);
  if (options.trace) options.trace.columns = profiles;
  const others = (p: ColumnProfile) => !valueAts.includes(p.index) && p.index !== seriesAt;
  if (labelAt < 0) labelAt = pickLabelColumn(profiles.filter(others), -1);
  if (seriesAt >= 0) return readLong(grid, profiles, labelAt, valueAts[0] ?? -1, seriesAt, options);
  let leftOut: { name: string; why: string }[] = [];
  if (labelAt >= 0 && !valueAts.length) {
    const choice = chooseSeriesColumns(profiles, labelAt);
    if (!choice.ok) return choice;
    valueAts.push(...choice.columns);
    leftOut = choice.leftOut;
  }
  if (labelAt < 0 || !valueAts.length) {
    return { ok: false, error: `There is no column of numbers to chart (${listColumns(names)}).` };
  }
  const unique = options.labelColumn?.trim() ? [] : uniqueTextColumns(profiles, labelAt);
  const result = readSeriesColumns(grid, labelAt, valueAts, options, (label) => repeatedLabelsAdvice(grid, labelAt, valueAts[0]!, label, !options.oneSeries, unique));
  if (result.ok && leftOut.length) result.leftOutColumns = leftOut;
  return result;
}

/**
 * A long file drawn with `series-column`: one series per value of that column, labels from the
 * label column, figures from the value column (chosen by the rules, and said, when not named).
 * Series of another kind of figure than the first (a "Variación %" beside counts) are left out.
 */
function readLong(grid: Grid, profiles: readonly ColumnProfile[], labelAt: number, named: number, seriesAt: number, options: SeriesOptions): SeriesResult {
  const names = grid.names!;
  const rest = profiles.filter((p) => p.index !== seriesAt);
  const valueAt = named >= 0 ? named : pickValueColumn(rest, labelAt);
  if (labelAt < 0 || valueAt < 0) return { ok: false, error: `There is no column of numbers to chart (${listColumns(names)}).` };
  const wide = pivotGrid(grid, labelAt, valueAt, seriesAt);
  if (typeof wide === 'string') return { ok: false, error: wide };
  if (options.trace) options.trace.pivot = { labelAt, valueAt, seriesAt };
  const kinds = wide.names!.slice(1).map((name) => figureKind(name, false).kind);
  const keep = kinds.map((kind, k) => (kind === kinds[0] ? k + 1 : -1)).filter((at) => at > 0);
  const result = readSeriesColumns(wide, 0, keep, options);
  if (!result.ok) return result;
  const dropped = kinds.flatMap((kind, k) => (kind === kinds[0] ? [] : [{ name: wide.names![k + 1]!, why: `${KIND_NAMES[kind]}, unlike the other series` }]));
  if (dropped.length) result.leftOutColumns = dropped;
  const choice = named >= 0 ? undefined : valueChoiceOf(rest, labelAt, valueAt);
  if (choice) result.valueChoice = choice;
  return result;
}

/**
 * Reads the given columns of a grid (0-based: the labels, then each series in order), by the
 * rules of {@link readSeries}. For sources whose columns are already known (the `data`
 * property, typed `values`). Never throws.
 */
export function readSeriesColumns(
  grid: Grid,
  labelAt: number,
  valueAts: readonly number[],
  options: GridOptions = {},
  /** What to add to a refusal for repeated labels: the way forward for this file. */
  advise: (label: string) => string = () => '',
): SeriesResult {
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
  const trace = options.trace;
  if (trace) Object.assign(trace, { labelAt, valueAts: [...valueAts] });
  notes.push(...takeFootnotes(rows, valueAts[0]!, trace));

  if (hasHeader) {
    const wide = wideRow(rows, names.length, labelAt);
    if (wide) return { ok: false, error: wide };
  }

  // Each column's decimal marks are decided from all its cells, as for one column.
  const column = (k: number) => (hasHeader && names[valueAts[k]!] ? `"${names[valueAts[k]!]}"` : null);
  const cells = readCells(rows, labelAt, valueAts, column, options.decimal, trace);
  if (!cells.ok) return cells;
  notes.push(...cells.notes);
  // A row with neither a label nor a figure (a code alone) is not data.
  const read = cells.rows.filter((r) => r.label !== '' || r.values.some((v) => v !== null) || r.footer);
  const periods = isPeriodSeries(read.filter((r) => !r.footer && !totalWordAt(r.label)).map((r) => r.label));
  const structure = readStructure(read, { level: options.level ?? 'leaves', decimals: cells.decimals, additive: !cells.percentCells, periods });
  if (trace) Object.assign(trace, { rows: read, structure });
  if (structure.conflict) {
    const [a, b] = structure.conflict.map((i) => read[i]!);
    return {
      ok: false,
      error: `${a!.where} (${quote(a!.label)}) and ${lowerFirst(b!.where)} (${quote(b!.label)}) are both totals but differ. Remove the one that is not the total.`,
    };
  }
  const labels: string[] = [];
  const wheres: string[] = [];
  const columns: (number | null)[][] = valueAts.map(() => []);
  for (const i of structure.drawn) {
    const row = read[i]!;
    // A total word or footer with no figure at all says nothing; it is not a label either.
    if ((row.footer || totalWordAt(row.label)) && row.values.every((v) => v === null)) continue;
    labels.push(row.label);
    wheres.push(row.where);
    row.values.forEach((v, k) => columns[k]!.push(v));
  }
  const grand = structure.total >= 0 ? read[structure.total]! : null;
  const totalRow: SeriesTotalRow | undefined = grand ? { label: grand.label, values: [...grand.values], where: grand.where } : undefined;
  const percentCells = cells.percentCells;

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
    if (first !== undefined) return { ok: false, error: `${wheres[first]} and ${lowerFirst(wheres[i]!)} have the same label, ${quote(label)}.${advise(label)}` };
    seen.set(label, i);
  }

  const series = seriesNames.map((name, k) => ({ name, values: columns[k]! }));
  const missing: MissingPoint[] = [];
  labels.forEach((label, i) =>
    series.forEach((s, k) => {
      if (s.values[i] === null) missing.push({ label, series: s.name, where: wheres[i]!, labelIndex: i, seriesIndex: k });
    }),
  );
  const out: SeriesResult = { ok: true, labels, series, periods: isPeriodSeries(labels) };
  if (notes.length) out.notes = notes;
  if (missing.length) out.missing = missing;
  if (totalRow) out.totalRow = totalRow;
  if (percentCells) out.percentCells = true;
  if (hasHeader && names[labelAt]) out.labelHeader = names[labelAt];
  const leftOut = leftOutOf(read, structure);
  if (leftOut.length) out.leftOut = leftOut;
  if ((options.level === 'top' || options.level === 'all') && structure.nested) out.level = options.level;
  const decimals = Math.max(0, ...cells.decimals);
  if (decimals) out.decimals = decimals;
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
  if (result.leftOut) out.leftOut = result.leftOut;
  if (result.level) out.level = result.level;
  if (result.decimals) out.decimals = result.decimals;
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
