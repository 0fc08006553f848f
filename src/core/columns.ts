/**
 * Which columns of a table hold the labels and the values, when the page doesn't say: the
 * choices a person makes at a glance, written down. Codes (`E05000819`), constant columns and
 * row numbers are never preferred as labels; codes, years and row numbers are never values.
 */
import { figureKind, isTotalHeader, KIND_NAMES, sumsColumns, type FigureKind } from './column-kinds.js';
import { isMissing, totalWordAt } from './markers.js';
import { listNames, quote } from './messages.js';
import { chooseStyle, readNumber, type StyleContext } from './parse-number.js';
import type { DataExtras } from './types.js';

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
  /** For a numeric column: what kind of figure it holds, and why. */
  kind: FigureKind;
  kindWhy: string;
  /**
   * The row total of other columns (it equals their sum, or its header is a total word): never
   * a series beside them. `totalOf` names the columns it sums, when it does.
   */
  total: boolean;
  totalOf?: string[];
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

/** Profiles every column of a table; `decimal` settles how its numbers are read for the sums. */
export function profileColumns(names: readonly string[], rows: readonly Cell[][], decimal?: StyleContext): ColumnProfile[] {
  const figures: (number | null)[][] = [];
  const decimals: number[] = [];
  const profiles = names.map((name, index): ColumnProfile => {
    const texts = rows.map((cells) => cellText(cells[index])).filter((t) => t !== '');
    // "No figure" markers (`x`, `..`) say nothing about whether a column holds numbers.
    const filled = texts.filter((t) => !isMissing(t));
    const numbers = filled.filter((t) => readNumber(t, 'dot') !== null || readNumber(t, 'comma') !== null);
    const distinct = new Set(texts);
    const ints = texts.map((t) => (/^\d+$/.test(t) ? Number(t) : NaN));
    const counting = ints.length > 1 && ints.every((n, i) => n === ints[0]! + i) && (ints[0] === 0 || ints[0] === 1);
    const years = texts.length > 0 && ints.every((n) => n >= 1800 && n <= 2100);
    const numeric = numbers.length > 0 && numbers.length * 2 >= filled.length;
    // The column's figures, read in its own convention, for the sums below.
    const cells = rows.map((c) => c[index]);
    const style = numeric ? chooseStyle(numbers.map((text) => ({ text, where: '' })), decimal ?? { style: null }, null) : null;
    const read = style?.ok ? style.style : 'dot';
    figures[index] = cells.map((c) => (typeof c === 'number' ? (Number.isFinite(c) ? c : null) : readNumber(cellText(c), read)?.value ?? null));
    decimals[index] = Math.max(0, ...numbers.map((t) => decimalsOf(t, read)));
    const percentCells = numbers.filter((t) => t.includes('%')).length * 2 >= Math.max(1, numbers.length) && numbers.some((t) => t.includes('%'));
    const { kind, why } = figureKind(name, percentCells);
    return {
      index,
      name,
      numeric,
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
      kind,
      kindWhy: why,
      total: false,
    };
  });
  // Total columns: a total word as the header, or the row sum of two or more columns of its kind
  // (all the others, or a run of them next to it: Men, Women, Total).
  const eligible = profiles.filter(isFigureColumn);
  for (const p of eligible) {
    p.total = isTotalHeader(p.name);
    const same = eligible.filter((q) => q !== p && q.kind === p.kind && !isTotalHeader(q.name));
    const at = same.findIndex((q) => q.index > p.index);
    const before = at < 0 ? same : same.slice(0, at);
    const after = at < 0 ? [] : same.slice(at);
    const runs = [same, ...before.map((_, k) => before.slice(k)), ...after.map((_, k) => after.slice(0, k + 1))];
    const sums = runs.find((run) => run.length >= 2 && sumsColumns(figures[p.index]!, run.map((q) => figures[q.index]!), Math.max(decimals[p.index]!, ...run.map((q) => decimals[q.index]!))));
    if (sums) {
      p.total = true;
      p.totalOf = sums.map((q) => q.name);
    }
  }
  return profiles;
}

/** A column of figures that could be drawn: numeric, and not codes, years or row numbers. */
function isFigureColumn(c: ColumnProfile): boolean {
  return c.filled && c.numeric && !c.code && !c.year && !c.rowNumber;
}

/** The figure columns other than the labels; constant ones only when nothing else is left. */
function figurePool(columns: readonly ColumnProfile[], labelAt: number): ColumnProfile[] {
  const figures = columns.filter((c) => c.index !== labelAt && isFigureColumn(c));
  const varied = figures.filter((c) => !c.constant);
  return varied.length ? varied : figures;
}

function decimalsOf(text: string, style: 'dot' | 'comma'): number {
  const mark = text.lastIndexOf(style === 'dot' ? '.' : ',');
  return mark < 0 ? 0 : /^\d*/.exec(text.slice(mark + 1))![0].length;
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

/** The order in which kinds are taken as a chart's one value: the whole, then counts, then the rest. */
const KIND_ORDER: readonly FigureKind[] = ['count', 'percent', 'sample', 'bound'];

/**
 * The columns that could be a chart's one value: numeric, not codes, years, row numbers or one
 * figure repeated, best first — a column that is the whole of each row ("Total", or the sum of
 * the others), then counts, percentages, sample sizes and interval bounds, each kind in the
 * table's order after the labels, then before them.
 */
export function valueCandidates(columns: readonly ColumnProfile[], labelAt: number): ColumnProfile[] {
  const pool = figurePool(columns, labelAt);
  const wholeOfRow = (c: ColumnProfile) => c.total && (c.totalOf !== undefined || totalWordAt(c.name) === 'exact' || isTotalHeader(c.name) && !totalWordAt(c.name));
  const rank = (c: ColumnProfile) => (wholeOfRow(c) ? 0 : 1 + KIND_ORDER.indexOf(c.kind)) * 2 + (c.index > labelAt ? 0 : 1);
  return [...pool].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/**
 * When several columns could be the one value and the page named none: the one drawn and all of
 * them in the table's order, for the figure to say which it drew. Undefined when there was no choice.
 */
export function valueChoiceOf(columns: readonly ColumnProfile[], labelAt: number, valueAt: number): DataExtras['valueChoice'] {
  const candidates = valueCandidates(columns, labelAt);
  if (candidates.length < 2) return undefined;
  return { drawn: columns.find((c) => c.index === valueAt)!.name, columns: [...candidates].sort((a, b) => a.index - b.index).map((c) => c.name) };
}

/** Text columns other than the labels whose cells don't repeat: the columns `label-column` could name. */
export function uniqueTextColumns(columns: readonly ColumnProfile[], labelAt: number): string[] {
  return columns.filter((c) => c.index !== labelAt && c.unique && !c.numeric && !c.code && !c.constant && c.filled).map((c) => c.name);
}

/**
 * The value column: the best of {@link valueCandidates}; failing any, any numeric column but the
 * labels (row numbers last).
 */
export function pickValueColumn(columns: readonly ColumnProfile[], labelAt: number): number {
  const best = valueCandidates(columns, labelAt)[0];
  if (best) return best.index;
  const numeric = columns.filter((c) => c.index !== labelAt && c.filled && c.numeric);
  return (numeric.find((c) => !c.rowNumber) ?? numeric[0])?.index ?? -1;
}

/** The series columns chosen by the rules, with the columns left out and why; or why none can be. */
export type SeriesChoice = { ok: true; columns: number[]; leftOut: { name: string; why: string }[] } | { ok: false; error: string };

/**
 * The series columns, for a chart of several series: every numeric column after the labels
 * that is not codes, years, row numbers or one figure repeated (a constant); failing any after
 * the labels, those before them. A total column is left out when there are others (it is the
 * whole of its row, not a part); the rest must be of one kind of figure, or the chart stops with
 * the columns grouped by kind and the `value-columns` to write for each.
 */
export function chooseSeriesColumns(columns: readonly ColumnProfile[], labelAt: number): SeriesChoice {
  const pool = figurePool(columns, labelAt);
  const after = pool.filter((c) => c.index > labelAt);
  let chosen = after.length ? after : pool;
  if (!chosen.length) {
    const one = pickValueColumn(columns, labelAt);
    return { ok: true, columns: one < 0 ? [] : [one], leftOut: [] };
  }
  const leftOut: { name: string; why: string }[] = [];
  const parts = chosen.filter((c) => !c.total);
  if (parts.length && parts.length < chosen.length) {
    for (const c of chosen.filter((x) => x.total)) {
      leftOut.push({ name: c.name, why: c.totalOf ? `the sum of ${listNames(c.totalOf.map((n) => quote(n)))}` : 'a total' });
    }
    chosen = parts;
  }
  const kinds = [...new Set(chosen.map((c) => c.kind))];
  if (kinds.length > 1) return { ok: false, error: mixedKinds(chosen) };
  return { ok: true, columns: chosen.map((c) => c.index), leftOut };
}

/** The message for candidate series of unlike kinds: the columns by kind, and what to write for each. */
function mixedKinds(columns: readonly ColumnProfile[]): string {
  const groups = KIND_ORDER.map((kind) => ({ kind, names: columns.filter((c) => c.kind === kind).map((c) => c.name) })).filter((g) => g.names.length);
  const listed = groups.map((g) => `${KIND_NAMES[g.kind]} (${g.names.join(', ')})`);
  // Interval bounds belong beside their estimate, never as series of their own.
  const offers = groups.filter((g) => g.kind !== 'bound').map((g) => `value-columns="${g.names.join(', ')}"`);
  return (
    `The number columns hold figures of different kinds, which can't share one axis: ${listed.join('; ')}. ` +
    `Choose one kind with ${offers.join(' or ')}.`
  );
}

/** "columns: Area code, Area name, Population" (at most 10), for messages. */
export function listColumns(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((n) => n || '(blank)');
  const more = names.length > 10 ? ` and ${names.length - 10} more` : '';
  return `columns: ${shown.join(', ')}${more}`;
}
