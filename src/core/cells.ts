/**
 * The value cells of a grid read into numbers, for one value column or several: each column's
 * decimal convention decided from all its cells, "no figure" markers as `null`, note rows under
 * the data taken off as notes, and the decimals each column writes. Shared by the reader of one
 * series (grid.ts) and of several (series.ts), so both read cells by one set of rules.
 */
import { cellText, type Cell } from './columns.js';
import { isMissing, isNoteText } from './markers.js';
import { quote } from './messages.js';
import { chooseStyle, readNumber, type DecimalStyle, type NamedCell, type StyleContext } from './parse-number.js';
import type { StructureRow } from './structure.js';
import type { ReadTrace } from './trace.js';

/** One row of a source, with the name a message gives it ("Row 4", "Entry 2", "Table row 3"). */
export interface GridRow {
  cells: Cell[];
  where: string;
  /** A table's `<tfoot>` row: a total or a note, never a category. */
  footer?: boolean;
  /** The row as the page wrote it ("Skype: lots"), quoted in messages instead of its label. */
  shown?: string;
  /** A page table's indentation of the label cell (CSS px), where it sets one. */
  indent?: number;
  /** A page table's `<tbody>` (0-based), when it has several. */
  group?: number;
  /** A page table's row of `<th>` cells after the header: a heading over the rows under it. */
  heading?: boolean;
}

/** A source read into cells. `names` null: no header (labels first, values second). */
export interface Grid {
  names: string[] | null;
  rows: GridRow[];
  /** Note and source lines the source reader found above the header. */
  notes?: string[];
}

/** A row whose value cells were read: a label, one figure (or `null`) per value column. */
export interface ReadRow extends StructureRow {
  where: string;
  shown?: string;
}

/** The value columns read, or the message that says which cell could not be. */
export type CellsResult =
  | {
      ok: true;
      rows: ReadRow[];
      /** Footer rows with no figure: notes. */
      notes: string[];
      /** Some cells were written with `%`. */
      percentCells: boolean;
      /** The decimals each value column writes (the most in any cell, up to 4). */
      decimals: number[];
    }
  | { ok: false; error: string };

/** The most decimals the library keeps from a source: beyond it, figures are noise on a chart. */
export const MAX_DECIMALS = 4;

/** A note or source word followed by a colon: a note whatever the other cells hold. */
const NOTE_WITH_COLON = /^\p{L}+\s*[:：]/u;

/**
 * Reads the given value columns (0-based) of `rows`, which the caller has already cut to the
 * rows with some text and taken the note lines off (see {@link takeFootnotes}).
 */
export function readCells(
  rows: GridRow[],
  labelAt: number,
  valueAts: readonly number[],
  columnName: (k: number) => string | null,
  decimal: StyleContext | undefined,
  trace?: ReadTrace,
): CellsResult {
  const notes: string[] = [];
  const styles: DecimalStyle[] = [];
  const decimals: number[] = [];
  for (let k = 0; k < valueAts.length; k++) {
    const texts: NamedCell[] = [];
    for (const row of rows) {
      const cell = row.cells[valueAts[k]!];
      if (typeof cell === 'string' && !isMissing(cell) && !row.heading) texts.push({ text: cell, where: row.shown ? `${row.where} (${quote(row.shown)})` : row.where });
    }
    const style = chooseStyle(texts, decimal ?? { style: null }, columnName(k));
    if (!style.ok) return style;
    styles.push(style.style);
    if (trace) (trace.styles ??= []).push({ at: valueAts[k]!, style: style.style, why: style.why });
    decimals.push(0);
  }

  const read: ReadRow[] = [];
  let percentCells = false;
  rows: for (const row of rows) {
    const raw = row.cells[labelAt];
    const label = cellText(raw);
    const values: (number | null)[] = [];
    for (let k = 0; k < valueAts.length; k++) {
      const cell = row.cells[valueAts[k]!];
      if (row.heading || (typeof cell !== 'number' && isMissing(cellText(cell)))) {
        values.push(null);
        continue;
      }
      const value = readCell(cell, styles[k]!);
      if (value === null) {
        if (!row.footer) return { ok: false, error: notANumber({ label, cell, where: row.where, shown: row.shown }, columnName(k), styles[k]!, decimal) };
        // A table footer without a figure ("Figures are provisional") is a note.
        const text = [...new Set(row.cells.map(cellText).filter(Boolean))].join(' ');
        notes.push(text);
        trace?.noteRows.push({ where: row.where, text });
        continue rows;
      }
      percentCells ||= value.percent;
      decimals[k] = Math.max(decimals[k]!, writtenDecimals(cell, styles[k]!));
      values.push(value.value);
    }
    const out: ReadRow = { label, values, where: row.where, indent: row.indent ?? leadingSpace(raw) };
    if (row.shown !== undefined) out.shown = row.shown;
    if (row.footer) out.footer = true;
    if (row.group !== undefined) out.group = row.group;
    if (row.heading) out.heading = true;
    read.push(out);
  }
  return { ok: true, rows: read, notes, percentCells, decimals };
}

/**
 * Takes the note and source lines off the end of the rows ("Source: ONS", "* Provisional"): a
 * note's start and no figure, or a note word with a colon ("Source: ONS, 2021" may spill into
 * the value column). Returns them in the source's order.
 */
export function takeFootnotes(rows: GridRow[], valueAt: number, trace?: ReadTrace): string[] {
  const footnotes: string[] = [];
  while (rows.length) {
    const { cells } = rows[rows.length - 1]!;
    const first = firstText(cells);
    const emptyValue = cellText(cells[valueAt]) === '' || cells.findIndex((c) => cellText(c) !== '') === valueAt;
    if (!isNoteText(first) || !(emptyValue || NOTE_WITH_COLON.test(first))) break;
    footnotes.unshift(cells.map(cellText).filter(Boolean).join(', '));
    trace?.noteRows.unshift({ where: rows[rows.length - 1]!.where, text: footnotes[0]! });
    rows.pop();
  }
  return footnotes;
}


/** One value cell read in its column's convention; null when it is not a finite number. */
export function readCell(cell: Cell, style: DecimalStyle): { value: number; percent: boolean } | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false } : null;
  if (typeof cell !== 'string') return null;
  return readNumber(cell, style);
}

/** The decimals a cell writes, up to {@link MAX_DECIMALS}: "0.356" 3, "47,70 %" 2 (comma), 1.5 (JSON) 1. */
export function writtenDecimals(cell: Cell, style: DecimalStyle): number {
  let text: string;
  if (typeof cell === 'number') {
    text = String(cell);
    if (/e/i.test(text)) return MAX_DECIMALS;
    style = 'dot';
  } else text = cellText(cell);
  const mark = text.lastIndexOf(style === 'dot' ? '.' : ',');
  if (mark < 0) return 0;
  const digits = /^\d*/.exec(text.slice(mark + 1))![0].length;
  return Math.min(digits, MAX_DECIMALS);
}

/**
 * Leading spaces of a label cell as written (a tab is four), which spreadsheets use to indent;
 * a single space is a slip, not an indent.
 */
function leadingSpace(cell: Cell): number {
  if (typeof cell !== 'string') return 0;
  let n = 0;
  for (const c of cell) {
    if (c === '\t') n += 4;
    else if (c === '\u3000') n += 2;
    else if (/\s/.test(c)) n += 1;
    else break;
  }
  return n > 1 ? n : 0;
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
