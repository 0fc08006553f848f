/**
 * One reader for every tabular source (CSV, a page's `<table>`, `values`, JSON, the `data`
 * property): a grid of cells in, chart data out, with the same rules everywhere. The rules are
 * listed in the README's table "What the library does with your data".
 */
import { cellText, listColumns, pickLabelColumn, pickValueColumn, profileColumns, type Cell } from './columns.js';
import { MAX_LABEL_LENGTH } from './limits.js';
import { isMissing, isNoteText, isTotalLabel } from './markers.js';
import { lowerFirst, quote } from './messages.js';
import { chooseStyle, readNumber, type DecimalStyle, type NamedCell, type StyleContext } from './parse-number.js';
import type { Datum, DataExtras, MissingFigure, ParseResult } from './types.js';
import { checkCount, checkRows } from './validate.js';

export type { Cell };

/** One row of a source, with the name a message gives it ("Row 4", "Entry 2", "Table row 3"). */
export interface GridRow {
  cells: Cell[];
  where: string;
  /** A table's `<tfoot>` row: a total or a note, never a category. */
  footer?: boolean;
  /** The row as the page wrote it ("Skype: lots"), quoted in messages instead of its label. */
  shown?: string;
}

/** A source read into cells. `names` null: no header (labels first, values second). */
export interface Grid {
  names: string[] | null;
  rows: GridRow[];
  /** Note and source lines the source reader found above the header. */
  notes?: string[];
}

/** How to read a grid: the columns the page picked, and what settles decimal marks. */
export interface GridOptions {
  /** Header of the label column (trimmed, case-insensitive); default: chosen by the rules. */
  labelColumn?: string | null;
  /** Header of the value column (trimmed, case-insensitive); default: chosen by the rules. */
  valueColumn?: string | null;
  /** What the file or page says about decimal marks. */
  decimal?: StyleContext;
}

/** A note or source word followed by a colon: a note whatever the other cells hold. */
const NOTE_WITH_COLON = /^\p{L}+\s*[:：]/u;

/** Relative tolerance when a row is compared with the sum of the others. */
const SUM_TOLERANCE = 1e-9;

/** Reads a grid into chart data. Never throws. */
export function readGrid(grid: Grid, options: GridOptions = {}): ParseResult {
  const notes = [...(grid.notes ?? [])];
  const rows = grid.rows.filter((row) => row.cells.some((c) => cellText(c) !== ''));
  const tooMany = checkCount(rows.length);
  if (tooMany) return tooMany;
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
  const body = rows.filter((r) => !r.footer).map((r) => r.cells);
  const profiles = profileColumns(names, body);
  if (labelAt < 0) labelAt = hasHeader ? pickLabelColumn(profiles, valueAt) : 0;
  if (valueAt < 0) valueAt = hasHeader ? pickValueColumn(profiles, labelAt) : 1;
  if (labelAt < 0 || valueAt < 0) {
    return { ok: false, error: `There is no column of numbers to chart (${listColumns(names)}).` };
  }
  const column = hasHeader && names[valueAt] ? `"${names[valueAt]}"` : null;
  notes.push(...takeFootnotes(rows, valueAt));

  // A row wider than its header is most often a number whose thousands comma split it in two
  // ("−1,030" written without quotes): refuse it rather than read "−1".
  const wide = hasHeader ? wideRow(rows, names.length, labelAt) : null;
  if (wide) {
    return { ok: false, error: wide };
  }

  // Read the value cells: missing markers aside, the rest must be numbers in one convention.
  type Entry = { label: string; cell: Cell; where: string; footer: boolean; shown?: string };
  const entries: Entry[] = [];
  const missing: MissingFigure[] = [];
  for (const row of rows) {
    const label = cellText(row.cells[labelAt]);
    const cell = row.cells[valueAt];
    if (typeof cell !== 'number' && isMissing(cellText(cell))) {
      // A missing total is not a missing category; a row with neither label nor value is blank.
      // `index` counts entries for now; it becomes a position among the charted rows below.
      if (label && !isTotalLabel(label) && !row.footer) missing.push({ label, where: row.where, index: entries.length });
      continue;
    }
    entries.push({ label, cell, where: row.where, footer: !!row.footer, shown: row.shown });
  }
  const texts: NamedCell[] = entries
    .filter((e) => typeof e.cell === 'string')
    .map((e) => ({ text: e.cell as string, where: e.shown ? `${e.where} (${quote(e.shown)})` : e.where }));
  const style = chooseStyle(texts, options.decimal ?? { style: null }, column);
  if (!style.ok) return style;

  const data: Datum[] = [];
  const wheres: string[] = [];
  const totals: { label: string; value: number; where: string }[] = [];
  let percentCells = false;
  const dataBefore: number[] = [];
  for (const entry of entries) {
    dataBefore.push(data.length);
    const value = readCell(entry.cell, style.style);
    if (value === null) {
      if (!entry.footer) return { ok: false, error: notANumber(entry, column, style.style, options.decimal) };
      // A table footer without a figure ("Figures are provisional") is a note.
      notes.push([...new Set([entry.label, cellText(entry.cell)].filter(Boolean))].join(' '));
      continue;
    }
    percentCells ||= value.percent;
    if (entry.footer || isTotalLabel(entry.label)) totals.push({ label: entry.label, value: value.value, where: entry.where });
    else {
      data.push({ label: entry.label, value: value.value });
      wheres.push(entry.where);
    }
  }

  let totalRow = totals[0] ?? null;
  const other = totals.find((t) => t.value !== totalRow?.value);
  if (totalRow && other) {
    return {
      ok: false,
      error:
        `${totalRow.where} (${quote(totalRow.label)}, ${totalRow.value}) and ${lowerFirst(other.where)} ` +
        `(${quote(other.label)}, ${other.value}) are both totals but differ. Remove the one that is not the total.`,
    };
  }
  for (const m of missing) m.index = dataBefore[m.index] ?? data.length;
  if (!totalRow) {
    const found = sumRow(data, wheres);
    if (found) {
      totalRow = found.row;
      for (const m of missing) if (m.index > found.at) m.index--;
    }
  }

  const namer = (i: number) => wheres[i] ?? `Entry ${i + 1}`;
  let checked = checkRows(data, namer);
  if (!checked.ok && hasHeader && pickedLabels && /same label/.test(checked.error)) {
    checked = {
      ok: false,
      error: `${checked.error} Labels must not repeat: choose the column of labels with label-column= (${listColumns(names)}).`,
    };
  }
  if (!checked.ok) return checked;
  const long = missing.find((m) => m.label.length > MAX_LABEL_LENGTH);
  if (long) {
    const error = `${long.where} has a label of ${long.label.length} characters, too long to be a chart label (the most is ${MAX_LABEL_LENGTH}).`;
    return { ok: false, error };
  }
  return withExtras(checked, {
    notes,
    missing,
    totalRow: totalRow ?? undefined,
    percentCells,
    labelHeader: hasHeader ? names[labelAt] || undefined : undefined,
    valueHeader: hasHeader ? names[valueAt] || undefined : undefined,
  });
}

/**
 * Takes the note and source lines off the end of the rows ("Source: ONS", "* Provisional"): a
 * note's start and no figure, or a note word with a colon ("Source: ONS, 2021" may spill into
 * the value column). Returns them in the source's order.
 */
export function takeFootnotes(rows: GridRow[], valueAt: number): string[] {
  const footnotes: string[] = [];
  while (rows.length) {
    const { cells } = rows[rows.length - 1]!;
    const first = firstText(cells);
    const emptyValue = cellText(cells[valueAt]) === '' || cells.findIndex((c) => cellText(c) !== '') === valueAt;
    if (!isNoteText(first) || !(emptyValue || NOTE_WITH_COLON.test(first))) break;
    footnotes.unshift(cells.map(cellText).filter(Boolean).join(', '));
    rows.pop();
  }
  return footnotes;
}

/**
 * A first or last row whose value is the sum of all the others (at least three, none negative):
 * a total row without the word. Taken out of `data`; its label is kept for the note.
 */
function sumRow(data: Datum[], wheres: string[]): { row: NonNullable<DataExtras['totalRow']>; at: number } | null {
  if (data.length < 4 || data.some((d) => d.value < 0)) return null;
  const sum = data.reduce((s, d) => s + d.value, 0);
  for (const at of [data.length - 1, 0]) {
    const { label, value } = data[at]!;
    const rest = sum - value;
    if (value > 0 && Math.abs(rest - value) <= SUM_TOLERANCE * value) {
      data.splice(at, 1);
      const [where] = wheres.splice(at, 1);
      return { row: { label, value, where: where! }, at };
    }
  }
  return null;
}

/** One value cell read in its column's convention; null when it is not a finite number. */
export function readCell(cell: Cell, style: DecimalStyle): { value: number; percent: boolean } | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false } : null;
  if (typeof cell !== 'string') return null;
  return readNumber(cell, style);
}

/** The message for a value cell that is not a number: the row, the cell, the column and the way out. */
export function notANumber(
  entry: { label: string; cell: Cell; where: string; shown?: string },
  column: string | null,
  style: DecimalStyle,
  decimal: StyleContext | undefined,
): string {
  const shown = entry.shown ?? entry.label;
  const name = `${entry.where}${shown ? ` (${quote(shown)})` : ''}`;
  if (typeof entry.cell !== 'string') return `${name} has no number.`;
  const how =
    style === 'comma'
      ? ` as written with a decimal comma${decimal?.forced ? ' (decimal=",")' : ''}`
      : decimal?.forced
        ? ' as written with a decimal point (decimal=".")'
        : '';
  return (
    `${name}: ${quote(entry.cell)}${column ? ` in the column ${column}` : ''} is not a number${how}. ` +
    'Write a number there, or ".." if there is no figure.'
  );
}

function firstText(cells: Cell[]): string {
  for (const c of cells) {
    const t = cellText(c);
    if (t) return t;
  }
  return '';
}

function withExtras(result: { ok: true; data: Datum[] }, extras: DataExtras): ParseResult {
  const out: ParseResult = { ok: true, data: result.data };
  if (extras.notes?.length) out.notes = extras.notes;
  if (extras.missing?.length) out.missing = extras.missing;
  if (extras.totalRow) out.totalRow = extras.totalRow;
  if (extras.percentCells) out.percentCells = true;
  if (extras.labelHeader) out.labelHeader = extras.labelHeader;
  if (extras.valueHeader) out.valueHeader = extras.valueHeader;
  return out;
}

/**
 * A row wider than its header, as a message, or null. Most often a number whose thousands comma
 * split it in two ("−1,030" written without quotes): refused rather than read as "−1".
 */
export function wideRow(rows: readonly GridRow[], columns: number, labelAt: number): string | null {
  const wide = rows.find((r) => r.cells.slice(columns).some((c) => cellText(c) !== ''));
  if (!wide) return null;
  const label = cellText(wide.cells[labelAt]);
  return (
    `${wide.where}${label ? ` (${quote(label)})` : ''} has more cells than the header has columns (${columns}). ` +
    'If a number has commas between thousands, put it in quotes ("1,030") or remove the commas.'
  );
}
