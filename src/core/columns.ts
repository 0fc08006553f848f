/**
 * Which columns of a table hold the labels and the values, when the page doesn't say: the
 * choices a person makes at a glance, written down. Codes (`E05000819`), constant columns and
 * row numbers are never preferred as labels; codes, years and row numbers are never values.
 */
import { isMissing } from './markers.js';
import { readNumber } from './parse-number.js';

/** A cell as a parser found it: text, a number (JSON), or nothing. */
export type Cell = string | number | null | undefined;

/** What a column looks like, from its header and all its cells. */
export interface ColumnProfile {
  index: number;
  name: string;
  /** At least half its figures are numbers (either convention), and at least one is. */
  numeric: boolean;
  /** Every filled cell is an identifier such as `E05000819`, `DE300`, `GB` or `06037`. */
  code: boolean;
  /** Every filled cell is a year, or the header says "year". */
  year: boolean;
  /** 0, 1, 2 … or 1, 2, 3 … under a blank or "#" header: a spreadsheet's row numbers. */
  rowNumber: boolean;
  /** Every filled cell is the same text. */
  constant: boolean;
  /** No two filled cells are the same text. */
  unique: boolean;
  /** Whether any cell is filled. */
  filled: boolean;
}

/** ONS/GSS codes, NUTS, ISO 3166 (alpha and subdivision), and letter-digit identifiers. */
const CODE = /^(?:[A-Z]{1,3}\d[0-9A-Z]*|[A-Z]{2,3}|[A-Z]{2}-[A-Z0-9]{1,3}|0\d+)$/;
const CODE_HEADER = /\b(?:code|codes|fips|gss|ons|iso|id|ags|nuts|kennziffer|schlüssel|geo ?code)\b|コード|代码/iu;
const YEAR_HEADER = /^(?:year|years|jahr|année|annee|año|anno|jaar|år|年|年度)$/iu;
const ROW_HEADER = /^(?:|#|no\.?|nr\.?|n°|row|index|unnamed: ?0)$/iu;
/** Headers that name a label column: a person looks for these first. */
const LABEL_HEADER =
  /\b(?:name|names|label|labels|area|party|category|categories|region|country|county|district|ward|constituency|authority|council|platform|group|type|item|candidate|partei|gebiet|kategorie|land|kreis|nom|parti|région|pays|catégorie|libellé|nombre|partido|categoría|país|región|nome|partito|paese|naam|partij)\b|名|地域|政党|区分/iu;

/** Text of a cell, trimmed; numbers as written by JavaScript. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return typeof cell === 'string' ? cell.trim() : '';
}

/** Profiles every column of a table. */
export function profileColumns(names: readonly string[], rows: readonly Cell[][]): ColumnProfile[] {
  return names.map((name, index) => {
    const texts = rows.map((cells) => cellText(cells[index])).filter((t) => t !== '');
    // "No figure" markers (`x`, `..`) say nothing about whether a column holds numbers.
    const figures = texts.filter((t) => !isMissing(t));
    const numbers = figures.filter((t) => readNumber(t, 'dot') !== null || readNumber(t, 'comma') !== null);
    const distinct = new Set(texts);
    const ints = texts.map((t) => (/^\d+$/.test(t) ? Number(t) : NaN));
    const counting = ints.length > 1 && ints.every((n, i) => n === ints[0]! + i) && (ints[0] === 0 || ints[0] === 1);
    const years = texts.length > 0 && ints.every((n) => n >= 1800 && n <= 2100);
    return {
      index,
      name,
      numeric: numbers.length > 0 && numbers.length * 2 >= figures.length,
      code:
        CODE_HEADER.test(name) ||
        (texts.length > 0 && texts.every((t) => CODE.test(t))) ||
        // FIPS-style numeric codes: whole numbers of one width, some with a leading zero.
        (texts.length > 0 && texts.every((t) => /^\d{2,}$/.test(t) && t.length === texts[0]!.length) && texts.some((t) => t.startsWith('0'))),
      year: YEAR_HEADER.test(name.trim()) || (years && !/\d/.test(name) && distinct.size === texts.length),
      rowNumber: counting && ROW_HEADER.test(name.trim()),
      constant: texts.length > 1 && distinct.size === 1,
      unique: distinct.size === texts.length,
      filled: texts.length > 0,
    };
  });
}

/**
 * The label column a person would pick: a text column that is not a code, a constant or row
 * numbers, preferring one whose header names labels and whose labels don't repeat. Failing
 * that, any text column, then the first column (a table of years and counts).
 */
export function pickLabelColumn(columns: readonly ColumnProfile[], exclude: number): number {
  const usable = columns.filter((c) => c.index !== exclude && c.filled);
  const text = usable.filter((c) => !c.numeric);
  const good = text.filter((c) => !c.code && !c.constant && !c.rowNumber);
  const rank = (c: ColumnProfile) => (c.unique ? 0 : 2) + (LABEL_HEADER.test(c.name) ? 0 : 1);
  const best = [...good].sort((a, b) => rank(a) - rank(b) || a.index - b.index)[0];
  if (best) return best.index;
  if (text[0]) return text[0].index;
  // Every column is numeric (years and counts): the first one that isn't row numbers.
  return (usable.find((c) => !c.rowNumber) ?? usable[0])?.index ?? -1;
}

/**
 * The value column: the first numeric column after the labels that is not a code, a year or
 * row numbers; failing that, any such column; failing that, any numeric column but the labels.
 */
export function pickValueColumn(columns: readonly ColumnProfile[], labelAt: number): number {
  const numeric = columns.filter((c) => c.index !== labelAt && c.filled && c.numeric);
  const values = numeric.filter((c) => !c.code && !c.year && !c.rowNumber);
  const after = values.find((c) => c.index > labelAt) ?? values[0];
  return (after ?? numeric.find((c) => !c.rowNumber) ?? numeric[0])?.index ?? -1;
}

/**
 * The series columns, for a chart of several series: every numeric column after the labels
 * that is not codes, years, row numbers or one figure repeated (a constant); failing any after
 * the labels, those before them. Constant columns are kept when nothing else is left, and
 * failing everything, the one column {@link pickValueColumn} would take.
 */
export function pickSeriesColumns(columns: readonly ColumnProfile[], labelAt: number): number[] {
  const numeric = columns.filter((c) => c.index !== labelAt && c.filled && c.numeric && !c.code && !c.year && !c.rowNumber);
  const varied = numeric.filter((c) => !c.constant);
  const pool = varied.length ? varied : numeric;
  const after = pool.filter((c) => c.index > labelAt);
  if (pool.length) return (after.length ? after : pool).map((c) => c.index);
  const one = pickValueColumn(columns, labelAt);
  return one < 0 ? [] : [one];
}

/** "columns: Area code, Area name, Population" (at most 10), for messages. */
export function listColumns(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((n) => n || '(blank)');
  const more = names.length > 10 ? ` and ${names.length - 10} more` : '';
  return `columns: ${shown.join(', ')}${more}`;
}
