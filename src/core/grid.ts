/**
 * One reader for every tabular source (CSV, a page's `<table>`, `values`, JSON, the `data`
 * property): a grid of cells in, chart data out, with the same rules everywhere. The rules are
 * listed in the README's table "What the library does with your data".
 */
import { cellText, listColumns, pickLabelColumn, pickValueColumn, profileColumns, uniqueTextColumns, valueChoiceOf, type Cell } from './columns.js';
import { MAX_CATEGORIES, MAX_LABEL_LENGTH } from './limits.js';
import { readCells, takeFootnotes, wideRow, type Grid } from './cells.js';
import { isPeriodSeries, totalWordAt } from './markers.js';
import { lowerFirst, quote } from './messages.js';
import { filterGrid, findColumn, repeatedLabelsAdvice } from './long-format.js';
import type { StyleContext } from './parse-number.js';
import { leftOutOf, readStructure, type Level } from './structure.js';
import type { ReadTrace } from './trace.js';
import type { Datum, DataExtras, MissingFigure, ParseResult } from './types.js';
import { checkCount, checkRows, firstRepeat } from './validate.js';

export type { Cell };

export type { Grid, GridRow } from './cells.js';

/** How to read a grid: the columns the page picked, and what settles decimal marks. */
export interface GridOptions {
  /** Header of the label column (trimmed, case-insensitive); default: chosen by the rules. */
  labelColumn?: string | null;
  /** Header of the value column (trimmed, case-insensitive); default: chosen by the rules. */
  valueColumn?: string | null;
  /** What the file or page says about decimal marks. */
  decimal?: StyleContext;
  /** Which rows of a table with totals and subtotals inside are drawn (`level`); default the finest. */
  level?: Level | null;
  /** Keep the rows where a column has a value (`filter`): `Periodos=2024; CCAA=Andalucía|Cataluña`. */
  filter?: string | null;
  /** The chart draws one series only (a donut): a message never offers `series-column`. */
  oneSeries?: boolean;
  /** Filled in with what the reader decided and why (the reading API); nothing is recorded without it. */
  trace?: ReadTrace;
}

/** Reads a grid into chart data. Never throws. */
export function readGrid(source: Grid, options: GridOptions = {}): ParseResult {
  const grid = filterGrid(source, options.filter, options.trace);
  if (typeof grid === 'string') return { ok: false, error: grid };
  const notes = [...(grid.notes ?? [])];
  const rows = grid.rows.filter((row) => row.cells.some((c) => cellText(c) !== ''));
  const tooMany = checkCount(rows.length);
  if (tooMany && !tooMany.ok) return { ok: false, error: tooMany.error + longFileAdvice(grid, rows, options) };
  if (rows.length === 0) return withExtras({ ok: true, data: [] }, { notes });

  const hasHeader = grid.names !== null;
  // Cells past the header's last column have no name and are not read (nor is a runaway row).
  const names = hasHeader ? grid.names!.map((n) => n.trim()) : ['', ''];
  const find = (wanted: string): number | string => {
    const key = wanted.trim().toLowerCase();
    const at = names.findIndex((n) => n.toLowerCase() === key);
    return at >= 0 ? at : `No column named "${wanted.trim()}" (${listColumns(names)}).`;
  };
  let labelAt = -1;
  let valueAt = -1;
  if (hasHeader && options.labelColumn?.trim()) {
    const at = find(options.labelColumn);
    if (typeof at === 'string') return { ok: false, error: at };
    labelAt = at;
  }
  if (hasHeader && options.valueColumn?.trim()) {
    const at = find(options.valueColumn);
    if (typeof at === 'string') return { ok: false, error: at };
    valueAt = at;
  }
  if (labelAt >= 0 && labelAt === valueAt) {
    return { ok: false, error: `The label column and the value column are both "${names[labelAt]}".` };
  }
  const pickedLabels = labelAt < 0;
  const pickedValues = valueAt < 0;
  const body = rows.filter((r) => !r.footer).map((r) => r.cells);
  const profiles = profileColumns(names, body, options.decimal);
  if (labelAt < 0) labelAt = hasHeader ? pickLabelColumn(profiles, valueAt) : 0;
  if (valueAt < 0) valueAt = hasHeader ? pickValueColumn(profiles, labelAt) : 1;
  // Several columns could be the value and the page named none: the figure says which it drew.
  const valueChoice = hasHeader && pickedValues ? valueChoiceOf(profiles, labelAt, valueAt) : undefined;
  if (labelAt < 0 || valueAt < 0) {
    return { ok: false, error: `There is no column of numbers to chart (${listColumns(names)}).` };
  }
  const column = hasHeader && names[valueAt] ? `"${names[valueAt]}"` : null;
  const trace = options.trace;
  if (trace) Object.assign(trace, { columns: hasHeader ? profiles : undefined, labelAt, valueAts: [valueAt] });
  notes.push(...takeFootnotes(rows, valueAt, trace));

  // A row wider than its header is most often a number whose thousands comma split it in two
  // ("−1,030" written without quotes): refuse it rather than read "−1".
  const wide = hasHeader ? wideRow(rows, names.length, labelAt) : null;
  if (wide) return { ok: false, error: wide };

  const cells = readCells(rows, labelAt, [valueAt], () => column, options.decimal, trace);
  if (!cells.ok) return cells;
  notes.push(...cells.notes);
  const read = cells.rows;
  const structure = readStructure(read, {
    level: options.level ?? 'leaves',
    decimals: cells.decimals,
    additive: !cells.percentCells,
    periods: isPeriodSeries(read.filter((r) => !r.footer && !totalWordAt(r.label)).map((r) => r.label)),
  });
  if (trace) Object.assign(trace, { rows: read, structure });
  if (structure.conflict) {
    const [a, b] = structure.conflict.map((i) => read[i]!);
    return {
      ok: false,
      error:
        `${a!.where} (${quote(a!.label)}, ${a!.values[0]}) and ${lowerFirst(b!.where)} ` +
        `(${quote(b!.label)}, ${b!.values[0]}) are both totals but differ. Remove the one that is not the total.`,
    };
  }

  // The rows drawn; those with no figure are named in a note (a total or footer with none is neither).
  const data: Datum[] = [];
  const wheres: string[] = [];
  const missing: MissingFigure[] = [];
  for (const i of structure.drawn) {
    const row = read[i]!;
    const value = row.values[0];
    if (value === null || value === undefined) {
      if (row.label && !row.footer && !totalWordAt(row.label)) missing.push({ label: row.label, where: row.where, index: data.length });
      continue;
    }
    data.push({ label: row.label, value });
    wheres.push(row.where);
  }
  const grand = structure.total >= 0 ? read[structure.total]! : null;
  const totalRow = grand && grand.values[0] != null ? { label: grand.label, value: grand.values[0], where: grand.where } : undefined;

  const namer = (i: number) => wheres[i] ?? `Entry ${i + 1}`;
  const checked = checkRows(data, namer);
  if (!checked.ok) {
    const label = hasHeader ? firstRepeat(data.map((d) => d.label)) : null;
    if (label === null || !checked.error.includes('same label')) return checked;
    const unique = pickedLabels ? uniqueTextColumns(profiles, labelAt) : [];
    return { ok: false, error: checked.error + repeatedLabelsAdvice(grid, labelAt, valueAt, label, !options.oneSeries, unique) };
  }
  const long = missing.find((m) => m.label.length > MAX_LABEL_LENGTH);
  if (long) {
    const error = `${long.where} has a label of ${long.label.length} characters, too long to be a chart label (the most is ${MAX_LABEL_LENGTH}).`;
    return { ok: false, error };
  }
  const level = options.level === 'top' || options.level === 'all' ? options.level : undefined;
  return withExtras(checked, {
    notes,
    missing,
    totalRow,
    percentCells: cells.percentCells,
    labelHeader: hasHeader ? names[labelAt] || undefined : undefined,
    valueHeader: hasHeader ? names[valueAt] || undefined : undefined,
    leftOut: leftOutOf(read, structure),
    level: level && structure.nested ? level : undefined,
    decimals: cells.decimals[0],
    valueChoice,
  });
}

/**
 * For a file with too many rows: when its labels repeat (a long file, one row per label and
 * period), how to keep one value or draw a series per value. Read from the first rows only, as
 * many as a chart can show, so a huge input is not profiled whole.
 */
function longFileAdvice(grid: Grid, rows: Grid['rows'], options: GridOptions): string {
  const names = grid.names?.map((n) => n.trim());
  if (!names) return '';
  const head = rows.slice(0, MAX_CATEGORIES).filter((r) => !r.footer).map((r) => r.cells);
  const profiles = profileColumns(names, head, options.decimal);
  // A column the page named and the file lacks is said later, once the rows are within the limit.
  const named = (wanted: string | null | undefined) => {
    const at = wanted?.trim() ? findColumn(names, wanted, '') : -1;
    return typeof at === 'number' ? at : -1;
  };
  let valueAt = named(options.valueColumn);
  let labelAt = named(options.labelColumn);
  if (labelAt < 0) labelAt = pickLabelColumn(profiles, valueAt);
  if (valueAt < 0) valueAt = pickValueColumn(profiles, labelAt);
  if (labelAt < 0) return '';
  const label = firstRepeat(head.map((cells) => cellText(cells[labelAt]).trim()).filter(Boolean));
  return label === null ? '' : repeatedLabelsAdvice(grid, labelAt, valueAt, label, !options.oneSeries, []);
}

function withExtras(result: { ok: true; data: Datum[] }, extras: DataExtras): ParseResult {
  const out: ParseResult = { ok: true, data: result.data };
  if (extras.notes?.length) out.notes = extras.notes;
  if (extras.missing?.length) out.missing = extras.missing;
  if (extras.totalRow) out.totalRow = extras.totalRow;
  if (extras.percentCells) out.percentCells = true;
  if (extras.labelHeader) out.labelHeader = extras.labelHeader;
  if (extras.valueHeader) out.valueHeader = extras.valueHeader;
  if (extras.leftOut?.length) out.leftOut = extras.leftOut;
  if (extras.level) out.level = extras.level;
  if (extras.decimals) out.decimals = extras.decimals;
  if (extras.valueChoice) out.valueChoice = extras.valueChoice;
  return out;
}

