import { parseNumber } from './parse-number.js';
import type { Datum, Row, SortOrder, ValueFormat } from './types.js';

/** Options for {@link buildRows}, from the element's attributes. */
export interface ModelOptions {
  /** The denominator for shares (e.g. 521 cases when categories overlap); default: the sum. */
  total?: number | null;
  /** With `total`: label of the derived row for `total − sum`, added when positive. */
  remainderLabel?: string | null;
  /** Row order; the derived remainder row is always last. */
  sort: SortOrder;
}

/** The rows a chart draws, and the totals its summary and table explain. */
export interface ChartModel {
  /** Rows in display order, each with its share of `total`. */
  rows: Row[];
  /** The denominator used for shares. */
  total: number;
  /** The plain sum of the given values (without the remainder). */
  sum: number;
  /** True when a given total is smaller than the sum: categories overlap. */
  overlap: boolean;
  /** The derived `total − sum` row (also in `rows`, last), or null. */
  remainder: Row | null;
}

/**
 * Turns data into the rows a chart shows.
 *
 * The total is `opts.total` when it is a finite positive number. Otherwise it is the sum of
 * the values; when that sum is zero or negative (mixed or all-negative bars) the sum of the
 * absolute values is used instead, so shares keep a meaningful size and sign.
 *
 * Float sums (0.1 + 0.2) are compared with a small tolerance so that a total equal to the sum
 * is neither an overlap nor leaves a remainder of 0.00000000000000004.
 */
export function buildRows(data: Datum[], opts: ModelOptions): ChartModel {
  const sum = data.reduce((s, d) => s + d.value, 0);
  const given = typeof opts.total === 'number' && Number.isFinite(opts.total) && opts.total > 0;
  let total: number;
  if (given) total = opts.total as number;
  else if (sum > 0) total = sum;
  else total = data.reduce((s, d) => s + Math.abs(d.value), 0);

  const tolerance = 1e-9 * Math.max(1, Math.abs(total));
  const overlap = given && sum - total > tolerance;
  const share = (value: number): number => (total === 0 ? 0 : value / total);

  const rows: Row[] = data.map((d, index) => ({
    label: d.label,
    value: d.value,
    share: share(d.value),
    derived: false,
    index,
  }));
  if (opts.sort === 'desc') rows.sort((a, b) => b.value - a.value); // Array#sort is stable
  else if (opts.sort === 'asc') rows.sort((a, b) => a.value - b.value);

  let remainder: Row | null = null;
  const remainderLabel = (opts.remainderLabel ?? '').trim();
  if (given && remainderLabel && total - sum > tolerance) {
    // Rounded to 12 significant digits to drop float noise from the subtraction.
    const value = Number((total - sum).toPrecision(12));
    remainder = { label: remainderLabel, value, share: share(value), derived: true, index: data.length };
    rows.push(remainder);
  }
  return { rows, total, sum, overlap, remainder };
}

/** Reads the `total` attribute: a positive finite number, else null (use the sum). */
export function parseTotal(text: string | null | undefined): number | null {
  if (text == null) return null;
  const n = parseNumber(text);
  return n !== null && n > 0 ? n : null;
}

const SORTS: readonly SortOrder[] = ['desc', 'asc', 'none'];
const VALUE_FORMATS: readonly ValueFormat[] = ['number', 'percent', 'both'];

/** Reads the `sort` attribute (case-insensitive); anything else is the default, `desc`. */
export function parseSort(text: string | null | undefined): SortOrder {
  const key = (text ?? '').trim().toLowerCase();
  return SORTS.find((s) => s === key) ?? 'desc';
}

/** Reads the `value-format` attribute (case-insensitive); anything else is `number`. */
export function parseValueFormat(text: string | null | undefined): ValueFormat {
  const key = (text ?? '').trim().toLowerCase();
  return VALUE_FORMATS.find((s) => s === key) ?? 'number';
}
