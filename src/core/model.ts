import { isPeriodSeries } from './markers.js';
import { quote } from './messages.js';
import { parseNumber } from './parse-number.js';
import type { ChartKind, Datum, DataExtras, ParseResult, Row, SortOrder, ValueFormat } from './types.js';

/** The `total` attribute as a page writes it: a number, `sum`, or nothing. */
export type TotalSetting = number | 'sum' | null;

/** Options for {@link buildRows}, from the element's attributes and what the source said. */
export interface ModelOptions {
  /** Bars or donut: a donut's parts always make a whole; bars only when `total` says so. */
  kind?: ChartKind;
  /** The denominator for shares (e.g. 521 cases when categories overlap), or `sum`. */
  total?: TotalSetting | undefined;
  /** With a total: label of the derived row for `total − sum`, added when positive. */
  remainderLabel?: string | null;
  /** Row order; null: the default (`desc`, but periods keep their order). */
  sort: SortOrder | null;
  /** The source's total row, which stands for `total` when none is given. */
  totalRow?: DataExtras['totalRow'];
  /** The values are rates or percentages (`%` in the cells, or a `%` or "per …" unit): never summed. */
  rates?: boolean;
}

/** The rows a chart draws, and the totals its summary and table explain. */
export interface ChartModel {
  /** Rows in display order, each with its share of `total` (null when shares mean nothing). */
  rows: Row[];
  /** The denominator used for shares; null when the chart shows no shares. */
  total: number | null;
  /** The plain sum of the given values (without the remainder). */
  sum: number;
  /** True when a given total is smaller than the sum: categories overlap. */
  overlap: boolean;
  /** The derived `total − sum` row (also in `rows`, last), or null. */
  remainder: Row | null;
  /** Every label is a period (2019, 2019/20, Q1 2020 …): the order is time's. */
  periods: boolean;
  /** The values are rates or percentages: nothing adds them up. */
  rates: boolean;
}

/**
 * Turns data into the rows a chart shows.
 *
 * Shares are a claim that the parts make a whole, so they are given only where that holds:
 * a donut's parts (of the sum, the given `total` or the source's total row; of 100 for
 * percentages), and bars when `total` is given (a number or `sum`) or the source has a total
 * row. Float sums (0.1 + 0.2) are compared with a small tolerance so that a total equal to
 * the sum is neither an overlap nor leaves a remainder of 0.00000000000000004.
 */
export function buildRows(data: Datum[], opts: ModelOptions): ChartModel {
  const kind = opts.kind ?? 'bar';
  const sum = data.reduce((s, d) => s + d.value, 0);
  const given = typeof opts.total === 'number' && Number.isFinite(opts.total) && opts.total > 0 ? opts.total : null;
  const rates = !!opts.rates;
  let total: number | null = given ?? (opts.total === 'sum' ? positiveSum(data) : null) ?? opts.totalRow?.value ?? null;
  if (total === null && kind === 'donut') total = rates ? 100 : positiveSum(data);
  const whole = total !== null && total > 0 ? total : null;

  const tolerance = 1e-9 * Math.max(1, Math.abs(whole ?? 0));
  const fixed = given ?? opts.totalRow?.value ?? null;
  const overlap = fixed !== null && sum - fixed > tolerance;
  const share = (value: number): number | null => (whole === null ? null : value / whole);

  const rows: Row[] = data.map((d, index) => ({ label: d.label, value: d.value, share: share(d.value), derived: false, index }));
  const periods = isPeriodSeries(data.map((d) => d.label));
  const sort = opts.sort ?? (periods ? 'none' : 'desc');
  if (sort === 'desc') rows.sort((a, b) => b.value - a.value); // Array#sort is stable
  else if (sort === 'asc') rows.sort((a, b) => a.value - b.value);

  let remainder: Row | null = null;
  const remainderLabel = (opts.remainderLabel ?? '').trim();
  if (fixed !== null && remainderLabel && fixed - sum > tolerance) {
    // Rounded to 12 significant digits to drop float noise from the subtraction.
    const value = Number((fixed - sum).toPrecision(12));
    remainder = { label: remainderLabel, value, share: share(value), derived: true, index: data.length };
    rows.push(remainder);
  }
  return { rows, total: whole, sum, overlap, remainder, periods, rates };
}

/** The sum when it is positive, else null (a chart of changes has no whole). */
function positiveSum(data: Datum[]): number | null {
  const sum = data.reduce((s, d) => s + d.value, 0);
  return sum > 0 ? sum : null;
}

/**
 * The rules a model must meet before it is shown, as a message a page author can act on:
 * a total row that disagrees with `total`, shares of negative values or of more than the
 * whole, percentages that can't be summed, and `value-format="percent"` with no whole.
 *
 * @returns the message, or null when the model may be shown.
 */
export function checkModel(model: ChartModel, opts: ModelOptions & { valueFormat?: ValueFormat }): string | null {
  const row = opts.totalRow;
  const fmt = (n: number) => String(Number(n.toPrecision(12)));
  if (row && typeof opts.total === 'number' && Math.abs(row.value - opts.total) > 1e-9 * Math.max(1, row.value)) {
    return (
      `${row.where} (${quote(row.label)}) gives a total of ${fmt(row.value)}, but total="${fmt(opts.total)}". ` +
      'Correct one of them, or remove the total attribute to use the row.'
    );
  }
  if (model.rates && opts.total === 'sum') {
    return 'The values are rates or percentages, which do not add up to a whole: remove total="sum", or give the whole as a number.';
  }
  const negative = model.rows.find((r) => r.value < 0);
  if (negative && opts.kind === 'donut') {
    return `${quote(negative.label)} is negative (${fmt(negative.value)}), but a donut chart can only show parts of a whole.`;
  }
  if (model.total === null) {
    if (opts.valueFormat === 'percent' || opts.valueFormat === 'both') {
      return (
        `value-format="${opts.valueFormat}" shows each bar as a share of a whole, but this chart has none: ` +
        'set total to the whole (a number, or total="sum" when the bars are parts of one whole).'
      );
    }
    return null;
  }
  if (negative) {
    return (
      `${quote(negative.label)} is ${fmt(negative.value)}: a share of a whole can't be below 0%. ` +
      'Remove the total attribute to show the values without shares, or correct the value.'
    );
  }
  const over = model.rows.find((r) => r.value - model.total! > 1e-9 * model.total!);
  if (over) {
    const whole = model.rates && opts.total == null && !row ? '100%' : `the total, ${fmt(model.total)}`;
    return `${quote(over.label)} is ${fmt(over.value)}, more than ${whole}: a share can't be over 100%. Check the total and the value.`;
  }
  if (model.rates && (opts.kind ?? 'bar') === 'donut' && opts.total == null && !row && model.sum - 100 > 0.5) {
    return `The percentages add up to ${fmt(model.sum)}%, more than 100%: a donut shows the parts of one whole. Show them as bars instead.`;
  }
  return null;
}

/** Reads the `total` attribute or property: a positive number, `sum`, or null (none given). */
export function parseTotal(value: unknown): TotalSetting {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  if (value.trim().toLowerCase() === 'sum') return 'sum';
  const n = parseNumber(value);
  return n !== null && n > 0 ? n : null;
}

const SORTS: readonly SortOrder[] = ['desc', 'asc', 'none'];
const VALUE_FORMATS: readonly ValueFormat[] = ['number', 'percent', 'both'];

/** Reads the `sort` attribute (case-insensitive); null when absent or not a known order (the default applies). */
export function parseSort(text: string | null | undefined): SortOrder | null {
  const key = (text ?? '').trim().toLowerCase();
  return SORTS.find((s) => s === key) ?? null;
}

/** Reads the `value-format` attribute (case-insensitive); anything else is `number`. */
export function parseValueFormat(text: string | null | undefined): ValueFormat {
  const key = (text ?? '').trim().toLowerCase();
  return VALUE_FORMATS.find((s) => s === key) ?? 'number';
}

/** What a chart asks of its rows besides the data: its kind and the attributes that shape shares. */
export interface ChartSettings {
  kind: ChartKind;
  total: TotalSetting;
  remainderLabel: string | null;
  sort: SortOrder | null;
  valueFormat: ValueFormat;
  /** The unit's plural ("cases", "%", "per 1,000"): a `%` or "per" says the values are rates. */
  unit: string;
}

/**
 * The rows a chart of one series draws from what was read, checked: the model, or the message
 * the figure shows instead. The element and the reading API (`foi-charts/read`) both use it.
 */
export function chartModel(result: Extract<ParseResult, { ok: true }>, s: ChartSettings): { ok: true; model: ChartModel } | { ok: false; error: string } {
  const options = {
    kind: s.kind,
    total: s.total,
    remainderLabel: s.remainderLabel,
    sort: s.sort,
    totalRow: result.totalRow,
    rates: !!result.percentCells || /%|\bper\b/i.test(s.unit || result.valueHeader || ''),
    valueFormat: s.valueFormat,
  };
  const model = buildRows(result.data, options);
  const problem = checkModel(model, options);
  return problem ? { ok: false, error: problem } : { ok: true, model };
}
