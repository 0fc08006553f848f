/**
 * `foi-charts/read`: what the library reads from a table, and why — the same reader the chart
 * elements use (src/core), run with a trace. No DOM, so it runs in Node and the browser; the
 * chart builder shows its result, so that every choice the library makes is visible.
 *
 * ```js
 * import { readTable } from 'foi-charts/read';
 * const reading = readTable('Region;Públicos;Privados;Total\nAndalucía;15.872;5.104;20.976\n…', { kind: 'column' });
 * reading.columns; // [{name: 'Total', kind: 'total', use: 'left out', why: 'the sum of "Públicos" and "Privados"'} …]
 * reading.rows;    // [{where: 'Row 2', label: 'Andalucía', role: 'part', drawn: true, …} …]
 * ```
 */
import type { ColumnProfile } from '../core/columns.js';
import { createFormat } from '../core/format.js';
import { chartModel, parseSort, parseTotal, parseValueFormat, type ChartModel } from '../core/model.js';
import { dataNotes } from '../core/notes.js';
import { parseCsv, sniffDelimiter } from '../core/parse-csv.js';
import { decimalContext } from '../core/parse-number.js';
import { parseJsonData, parseJsonText, parseValues } from '../core/parse-values.js';
import { parseSeriesCsv, parseSeriesJson, parseSeriesJsonText, parseSeriesValues } from '../core/series-parse.js';
import { parseValueColumns, readSeries, seriesFromResult } from '../core/series.js';
import type { SeriesResult } from '../core/series-types.js';
import { readGrid } from '../core/grid.js';
import { newTrace, type ReadTrace } from '../core/trace.js';
import type { DataExtras, ParseResult } from '../core/types.js';
import { parseUnit } from '../core/units.js';

/** The chart kinds: bars and donuts read one series; columns and lines one or more. */
export type ReadKind = 'bar' | 'donut' | 'column' | 'line';

/** The attributes that change what is read, as options (names as the element's properties). */
export interface ReadOptions {
  /** The chart it is for; default `bar`. */
  kind?: ReadKind;
  labelColumn?: string | null;
  valueColumn?: string | null;
  /** Columns that are series, comma-separated or a list. */
  valueColumns?: string | readonly string[] | null;
  seriesColumn?: string | null;
  filter?: string | null;
  level?: 'leaves' | 'top' | 'all' | null;
  /** `","` or `"."`: the decimal mark, when a column could be read both ways. */
  decimal?: ',' | '.' | null;
  /** The page's language (`de`, `fr-FR` …): settles decimal marks a file leaves open, formats the notes. */
  locale?: string | null;
  /** `layout` on a bar chart (`grouped`, `stacked`): then it reads several series. */
  layout?: string | null;
  total?: number | string | null;
  remainderLabel?: string | null;
  unit?: string | null;
  sort?: string | null;
}

/** What a column holds, as the reader sees it. */
export type ColumnKind = 'label' | 'text' | 'count' | 'percent' | 'bound' | 'sample' | 'total' | 'code' | 'year' | 'row number' | 'constant';

/** One column of the source: what it holds, what the chart does with it, and why. */
export interface ReadColumn {
  name: string;
  kind: ColumnKind;
  /** Why it is of that kind, in words a reader can check. */
  why: string;
  /** What the chart does with it. */
  use: 'label' | 'value' | 'series' | 'series names' | 'left out' | 'unused';
  /** A value column's decimal mark and what settled it. */
  decimal?: { mark: '.' | ','; why: string };
}

/** What a row of the source is. */
export type ReadRowRole = 'part' | 'total' | 'subtotal' | 'of-which' | 'group' | 'missing' | 'note' | 'title' | 'filtered out';

/** One row of the source: its role, why, and whether the chart draws it. */
export interface ReadRow {
  /** Where the source has it: "Row 4" (as a spreadsheet numbers it), "Entry 2". */
  where: string;
  label: string;
  role: ReadRowRole;
  why: string;
  drawn: boolean;
  /** Its figures, one per value column read (`null`: no figure). */
  values: (number | null)[];
}

/** What the library reads from a table. */
export interface Reading {
  /** False when the chart would stop: `message` says why, as the figure would. */
  ok: boolean;
  message: string | null;
  /** How the text was read. */
  format: 'csv' | 'semicolon' | 'tsv' | 'json' | 'values' | 'rows';
  columns: ReadColumn[];
  rows: ReadRow[];
  /** The labels drawn, in the source's order, and one series per value column drawn. */
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  /** The whole the shares are of, when the table has a total row. */
  total: { label: string; values: (number | null)[]; where: string } | null;
  /** The notes the figure shows under the chart, besides the page's own `note`. */
  notes: string[];
  /** The most decimals the source writes in the figures drawn (0–4). */
  decimals: number;
}

const SEVERAL = new Set(['column', 'line']);

/** Reads a table as a chart element would: CSV, TSV or JSON text, typed `values`, rows of cells, or parsed JSON. */
export function readTable(input: unknown, options: ReadOptions = {}): Reading {
  const trace = newTrace();
  const kind = options.kind ?? 'bar';
  const valueColumns = parseValueColumns(options.valueColumns);
  const several =
    SEVERAL.has(kind) || (kind === 'bar' && (!!options.layout?.trim() || !!options.seriesColumn?.trim() || valueColumns.length > 1));
  const decimal = decimalContext(options.decimal, options.locale);
  const level = options.level === 'top' || options.level === 'all' ? options.level : 'leaves';
  const grid = { labelColumn: options.labelColumn, valueColumn: options.valueColumn, decimal, level, filter: options.filter, oneSeries: kind === 'donut', trace } as const;
  const seriesOptions = { ...grid, valueColumns: options.valueColumns, seriesColumn: options.seriesColumn };
  let format: Reading['format'];
  let result: ParseResult | SeriesResult;
  if (typeof input === 'string') {
    const text = input.replace(/^\ufeff/, '').trim();
    if (/^[[{]/.test(text)) {
      format = 'json';
      result = several ? parseSeriesJsonText(text, 'The data looks', seriesOptions) : parseJsonText(text, 'The data looks', grid);
    } else if (isTypedValues(text)) {
      format = 'values';
      result = several ? parseSeriesValues(text, seriesOptions) : parseValues(text, grid);
    } else {
      const mark = sniffDelimiter(text);
      format = mark === '\t' ? 'tsv' : mark === ';' ? 'semicolon' : 'csv';
      result = several ? parseSeriesCsv(text, seriesOptions) : parseCsv(text, grid);
    }
  } else if (Array.isArray(input) && input.every(Array.isArray)) {
    format = 'rows';
    const [head, ...body] = input as unknown[][];
    const names = (head ?? []).map((c) => String(c ?? ''));
    const rows = body.map((cells, i) => ({ cells: cells.map(cellOf), where: `Row ${i + 2}` }));
    result = several ? readSeries({ names, rows }, seriesOptions) : readGrid({ names, rows }, grid);
  } else {
    format = 'json';
    result = several ? parseSeriesJson(input, seriesOptions) : parseJsonData(input, grid);
  }
  return reading(result, trace, format, several, options);
}

/** A typed `values` text: every entry a label with no comma or tab, then ":" or "=", then figures. */
function isTypedValues(text: string): boolean {
  const entries = text.split(/[;\r\n]+/).map((e) => e.trim()).filter(Boolean);
  return entries.length > 0 && !text.includes('\t') && entries.every((e) => /^[^,\t]+[:=]/.test(e));
}

function cellOf(value: unknown): string | number | null {
  return typeof value === 'number' || typeof value === 'string' ? value : value == null ? null : String(value);
}

/** The reading of a result and its trace: columns and rows with their reasons, what is drawn, the notes. */
function reading(result: ParseResult | SeriesResult, trace: ReadTrace, format: Reading['format'], several: boolean, options: ReadOptions): Reading {
  const asSeries: SeriesResult = result.ok && 'data' in result ? seriesFromResult(result) : (result as SeriesResult);
  let message = result.ok ? null : result.error;
  let model: ChartModel | null = null;
  const locale = options.locale?.trim() || 'en-GB';
  const unit = parseUnit(options.unit ?? '', createFormat(locale).locale);
  if (result.ok && 'data' in result && !several) {
    const built = chartModel(result, {
      kind: options.kind === 'donut' ? 'donut' : 'bar',
      total: parseTotal(options.total ?? null),
      remainderLabel: options.remainderLabel?.trim() || null,
      sort: parseSort(options.sort),
      valueFormat: parseValueFormat(null),
      unit: unit.other,
    });
    if (built.ok) model = built.model;
    else message = built.error;
  }
  const ok = message === null;
  const extras: DataExtras = result.ok ? extrasOf(result) : {};
  const decimals = result.ok ? result.decimals ?? 0 : 0;
  const fmt = createFormat(locale, { max: decimals || 2 });
  const notes = ok ? dataNotes(extras, model, fmt, unit) : [];
  const drawnLabels = asSeries.ok ? asSeries.labels : [];
  return {
    ok,
    message,
    format,
    columns: columnsOf(trace, result),
    rows: rowsOf(trace, drawnLabels, several),
    labels: ok ? drawnLabels : [],
    series: ok && asSeries.ok ? asSeries.series.map((s) => ({ name: s.name, values: [...s.values] })) : [],
    total: ok && asSeries.ok && asSeries.totalRow ? { ...asSeries.totalRow, values: [...asSeries.totalRow.values] } : null,
    notes,
    decimals,
  };
}

function extrasOf(result: Extract<ParseResult | SeriesResult, { ok: true }>): DataExtras {
  if ('data' in result) return result;
  const { notes, labelHeader, leftOut = [], leftOutColumns, level, valueChoice, totalRow } = result;
  const total = totalRow ? ({ label: totalRow.label, value: result.series.length === 1 ? totalRow.values[0] ?? null : null, role: 'total', where: totalRow.where } as const) : null;
  return { notes, labelHeader, leftOut: total ? [total, ...leftOut] : leftOut, leftOutColumns, level, valueChoice };
}

/** Each column's kind, why, and use. */
function columnsOf(trace: ReadTrace, result: ParseResult | SeriesResult): ReadColumn[] {
  const profiles = trace.columns ?? [];
  const pivot = trace.pivot;
  const labelAt = pivot ? pivot.labelAt : trace.labelAt ?? -1;
  const valueAts = pivot ? [pivot.valueAt] : trace.valueAts ?? [];
  const leftOut = new Map((result.ok ? result.leftOutColumns ?? [] : []).map((c) => [c.name, c.why]));
  return profiles.map((p): ReadColumn => {
    const { kind, why } = kindOf(p, p.index === labelAt);
    const use: ReadColumn['use'] =
      p.index === labelAt
        ? 'label'
        : pivot?.seriesAt === p.index
          ? 'series names'
          : valueAts.includes(p.index)
            ? valueAts.length > 1 ? 'series' : 'value'
            : leftOut.has(p.name)
              ? 'left out'
              : 'unused';
    const column: ReadColumn = { name: p.name, kind, why: leftOut.get(p.name) && kind !== 'total' ? `${why}; left out: ${leftOut.get(p.name)}` : why, use };
    const style = !pivot ? trace.styles?.find((s) => s.at === p.index) : undefined;
    if (style) column.decimal = { mark: style.style === 'comma' ? ',' : '.', why: style.why };
    return column;
  });
}

function kindOf(p: ColumnProfile, isLabel: boolean): { kind: ColumnKind; why: string } {
  if (isLabel) return { kind: 'label', why: p.unique ? 'text whose cells don’t repeat: the labels' : 'the labels' };
  if (p.code) return { kind: 'code', why: 'codes (its header says so, or every cell is one, like E05000819 or GB): never a label or a value' };
  if (p.rowNumber) return { kind: 'row number', why: 'row numbers (0, 1, 2 … under a blank or # header)' };
  if (p.year) return { kind: 'year', why: 'years: labels, never values' };
  if (!p.numeric) return { kind: 'text', why: p.constant ? 'text, the same in every row' : 'text, not figures' };
  if (p.constant) return { kind: 'constant', why: 'one figure repeated in every row' };
  if (p.total) return { kind: 'total', why: p.totalOf ? `the sum of ${p.totalOf.map((n) => `“${n}”`).join(' and ')} in every row` : `its header, “${p.name}”, is a word for a total` };
  return { kind: p.kind, why: p.kindWhy };
}

/** Every row of the source in order, with its role: titles, parts, totals, subtotals, notes. */
function rowsOf(trace: ReadTrace, drawnLabels: readonly string[], several: boolean): ReadRow[] {
  const out: ReadRow[] = [];
  for (const t of trace.titles) out.push({ where: t.where, label: t.text, role: 'title', why: t.note ? 'a note above the header: shown as a note' : 'a title line above the header', drawn: false, values: [] });
  for (const where of trace.filteredOut) out.push({ where, label: '', role: 'filtered out', why: 'not kept by filter', drawn: false, values: [] });
  const rows = trace.rows ?? [];
  const structure = trace.structure;
  const drawn = new Set(structure?.drawn ?? []);
  const shown = new Set(drawnLabels);
  rows.forEach((row, i) => {
    const r = structure?.rows[i];
    const values = [...row.values];
    const empty = values.every((v) => v === null);
    let role: ReadRowRole = r?.role ?? 'part';
    let why = r?.reason || (role === 'part' ? 'a category' : '');
    if (role === 'part' && empty && !several) {
      role = 'missing';
      why = 'no figure: named in a note';
    }
    if (structure?.total === i) why = why || 'the total';
    out.push({ where: row.where, label: row.label, role, why, drawn: drawn.has(i) && shown.has(row.label) && (several || !empty), values });
  });
  for (const n of trace.noteRows) out.push({ where: n.where, label: n.text, role: 'note', why: 'a note or source line: shown under the chart', drawn: false, values: [] });
  const number = (where: string) => Number(/(\d+)$/.exec(where)?.[1] ?? Infinity);
  return out.sort((a, b) => number(a.where) - number(b.where));
}
