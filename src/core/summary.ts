import type { Format } from './format.js';
import type { ChartModel } from './model.js';
import { capitalise, listNames, plural } from './messages.js';
import type { ChartKind, Row } from './types.js';
import { parseUnit, type Unit } from './units.js';

/** Options for {@link describeChart}. */
export interface SummaryOptions {
  /** Bars or donut: names the chart and its pieces. */
  kind: ChartKind;
  /** The noun for values, both forms (`case|cases` as text, or parsed), or empty. */
  unit: Unit | string;
  /** Formats every number, so the summary follows the chart's locale. */
  fmt: Format;
  /** Singular noun for one bar or part; default "category" (bars), "part" (donut) or "period". */
  categoryNoun?: string;
  /**
   * The page says one thing may be counted in several parts (`parts="overlap"`): only then is
   * that given as the reason the parts add up to more than the total. Otherwise the summary
   * states the arithmetic alone, and invents no cause.
   */
  overlapping?: boolean;
}

/** A chart's plain-language summary, in two halves and together. */
export interface Summary {
  /** What the chart says: the largest category or the change over time; overlaps and remainders. */
  takeaway: string;
  /** What the chart is: its kind, how many categories, the range of values. */
  structure: string;
  /** `takeaway` and `structure` together: the text given to assistive technology. */
  text: string;
}

/** The words and numbers every sentence shares. */
interface Voice {
  num: (v: number) => string;
  amount: (v: number) => string;
  /** "has 261 cases" with a unit; "is 261" without one, where "has 261" would read oddly. */
  has: (v: number, many?: boolean) => string;
  unit: string;
  fmt: Format;
}

/**
 * Writes the summary that stands in for the picture: short, plain sentences (a 14-year-old
 * should read them easily), every number formatted for the chart's locale, and no claim the
 * numbers don't support: shares only where the model has a whole, the largest real category
 * first (a derived remainder comes after), change over time for periods, rises and falls for
 * values either side of zero, and no sums of rates.
 *
 * For the platforms data it reads: "Facebook has the most cases: 261 of 521 (50%). That is
 * more than twice as many as Snapchat, next with 123. The categories overlap: …" followed by
 * "Bar chart, 8 categories, from 3 to 261 cases."
 */
export function describeChart(model: ChartModel, opts: SummaryOptions): Summary {
  const { rows } = model;
  if (rows.length === 0) return { takeaway: 'No data to show.', structure: '', text: 'No data to show.' };

  const { fmt, kind } = opts;
  const units = typeof opts.unit === 'string' ? parseUnit(opts.unit, fmt.locale) : opts.unit;
  // The plural is the noun in sentences ("has the most cases"); amounts take the right form.
  const unit = units.other;
  const noun = (opts.categoryNoun ?? '').trim() || (kind === 'donut' ? 'part' : model.periods ? 'period' : 'category');
  const nouns = plural(noun);
  const num = (v: number): string => fmt.number(v);
  const amount = (v: number): string => fmt.amount(v, units);
  const has = (v: number, many = false): string =>
    unit ? `${many ? 'have' : 'has'} ${amount(v)}` : `${many ? 'are' : 'is'} ${num(v)}`;
  const voice: Voice = { num, amount, has, unit, fmt };

  const real = rows.filter((r) => !r.derived);
  const values = rows.map((r) => r.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const sentences: string[] = [];
  if (model.periods && real.length > 1) sentences.push(...describeChange(real, voice));
  else if (min < 0) sentences.push(...describeRiseAndFall(real, voice));
  else sentences.push(...describeLeader(model, real, nouns, voice));

  const ofTotal = model.total === null ? '' : unit ? `the ${amount(model.total)}` : `the total of ${num(model.total)}`;
  if (model.overlap && opts.overlapping) {
    sentences.push(
      `The ${nouns} overlap: together they add up to ${num(model.sum)}, more than ${ofTotal}, ` +
        `because some ${unit || 'items'} are counted in more than one ${noun}.`,
    );
  } else if (model.overlap) {
    sentences.push(`Together the ${nouns} add up to ${num(model.sum)}, more than ${ofTotal}.`);
  }
  if (model.remainder) {
    const r = model.remainder;
    const share = r.share === null ? '' : ` (${fmt.percent(r.share)})`;
    sentences.push(`${amount(r.value)}${share} are in “${r.label}”, worked out as what is left of ${ofTotal}.`);
  }
  const takeaway = sentences.join(' ');

  const chart = kind === 'donut' ? 'Donut chart' : 'Bar chart';
  let structure = `${chart}, ${rows.length} ${rows.length === 1 ? noun : nouns}`;
  if (rows.length === 1) structure += '.';
  else if (min === max) structure += `, each ${amount(max)}.`;
  else structure += `, from ${num(min)} to ${amount(max)}.`;
  if (min < 0 && kind === 'bar') structure += ' Negative values are drawn to the left of zero.';

  return { takeaway, structure, text: `${takeaway} ${structure}` };
}

/** The largest real category, how it compares with the next; ties and zeros. */
function describeLeader(model: ChartModel, real: Row[], nouns: string, v: Voice): string[] {
  const { num, amount, has, unit, fmt } = v;
  // Descending by value; Array#sort is stable, so ties keep the chart's order.
  const ranked = [...real].sort((a, b) => b.value - a.value);
  const top = ranked[0];
  if (!top) return [];
  const ofTotal = model.total === null ? '' : unit ? `the ${amount(model.total)}` : `the total of ${num(model.total)}`;
  const share = (row: Row) => (row.share === null ? '' : ` (${fmt.percent(row.share)})`);
  if (top.value === 0) {
    return [real.length === 1 ? `${top.label} ${has(0)}.` : `All ${real.length} ${nouns} ${has(0, true)}.`];
  }
  if (real.length === 1) {
    return [
      model.total !== null && model.total !== top.value
        ? `${top.label} has ${num(top.value)} of ${ofTotal}${share(top)}.`
        : `${top.label} ${has(top.value)}.`,
    ];
  }
  const level = ranked.filter((r) => r.value === top.value);
  if (level.length > 1) {
    const out = [describeTie(level, real.length, nouns, amount(top.value))];
    if (model.total !== null && level.length < real.length) out.push(`Each is ${fmt.percent(top.share!)} of ${ofTotal}.`);
    return out;
  }
  const lead = model.rates
    ? 'has the highest value'
    : /^\p{L}/u.test(unit)
      ? `has the most ${unit}`
      : 'is the largest';
  const of = model.total === null ? '' : ` of ${num(model.total)}`;
  const out = [`${top.label} ${lead}: ${model.rates ? amount(top.value) : num(top.value)}${of}${share(top)}.`];
  const next = ranked[1]!;
  if (next.value === 0) out.push(ranked.length === 2 ? `${next.label} ${has(0)}.` : `The others ${has(0, true)}.`);
  else out.push(`That is ${compareWords(top.value, next.value, num, model.rates)} ${next.label}, next with ${num(next.value)}.`);
  return out;
}

/** Values either side of zero (changes, balances): the largest rise and the largest fall. */
function describeRiseAndFall(real: Row[], v: Voice): string[] {
  const ranked = [...real].sort((a, b) => b.value - a.value);
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  const signed = (n: number) => (n > 0 ? `+${v.amount(n)}` : v.amount(n));
  const out: string[] = [];
  if (top.value > 0) out.push(`${top.label} has the largest rise: ${signed(top.value)}.`);
  else out.push(`${top.label} has the highest value: ${v.amount(top.value)}.`);
  if (bottom !== top) out.push(`${bottom.label} has the largest fall: ${signed(bottom.value)}.`);
  return out;
}

/** Periods in time order: first to last (by how much, by what percentage), then the highest and lowest. */
function describeChange(real: Row[], v: Voice): string[] {
  const { num, amount, unit, fmt } = v;
  const ordered = [...real].sort((a, b) => a.index - b.index);
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  const what = unit ? (/^\p{L}/u.test(unit) ? unit : 'the value') : 'the value';
  const diff = last.value - first.value;
  const out: string[] = [];
  if (Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(first.value))) {
    out.push(`${capitalise(what)} ${what === 'the value' ? 'was' : 'were'} the same in ${first.label} and ${last.label}: ${amount(first.value)}.`);
  } else {
    const rose = diff > 0;
    out.push(
      `From ${first.label} to ${last.label}, ${what} ${rose ? 'rose' : 'fell'} from ${num(first.value)} to ${amount(last.value)}: ` +
        `${changeText(first.value, last.value, unit, num, fmt.percent)}.`,
    );
  }
  if (ordered.length > 2) {
    const high = ordered.reduce((a, b) => (b.value > a.value ? b : a));
    const low = ordered.reduce((a, b) => (b.value < a.value ? b : a));
    if (high.value !== low.value) {
      out.push(`The highest was ${high.label}, with ${amount(high.value)}; the lowest ${low.label}, with ${num(low.value)}.`);
    }
  }
  return out;
}

/**
 * "up 48, 400%": the difference from `a` to `b`, and the percentage change where it means
 * something (from a positive start; from 0, or across zero, it doesn't). Values that are
 * themselves percentages change by percentage points: "down 1.1 percentage points, 13%", never
 * "down 1.1, 13 %", which reads as two percentages.
 */
export function changeText(a: number, b: number, unit: string, num: (v: number) => string, percent: (share: number) => string): string {
  const diff = b - a;
  const points = unit.trim() === '%' ? ' percentage points' : '';
  const pct = a > 0 && b >= 0 ? `, ${percent(Math.abs(diff) / a)}` : '';
  return `${diff > 0 ? 'up' : 'down'} ${num(Math.abs(diff))}${points}${pct}`;
}

/** "Facebook and Snapchat are level, with 10 cases each." (or "All 4 categories …"). */
function describeTie(level: Row[], count: number, nouns: string, each: string): string {
  let who: string;
  if (level.length === count && count > 3) who = `All ${count} ${nouns}`;
  else if (level.length > 3) who = `${level.length} ${nouns}`;
  else who = listNames(level.map((r) => r.label));
  return `${who} are level, with ${each} each.`;
}

const TIMES = ['', '', 'twice', 'three times', 'four times', 'five times', 'six times', 'seven times', 'eight times', 'nine times'];

/** "About the same" is for a smaller value within this share of the larger (2%). */
export const ABOUT_THE_SAME = 0.02;

/**
 * Compares the largest value with the next (both positive) in words a reader can picture, each
 * word with a numeric rule (the README's table of comparison words):
 *
 * - "about the same as": the smaller is within 2% of the larger;
 * - "more than" ("higher than" for rates): otherwise, below twice;
 * - "twice as many as", "three times as many as" …: exactly that multiple;
 * - "more than twice as many as" …: between that multiple and the next ("as high as" for rates).
 */
export function compareWords(larger: number, smaller: number, num: (n: number) => string, rates = false): string {
  if (larger - smaller <= ABOUT_THE_SAME * larger) return 'about the same as';
  const ratio = larger / smaller;
  if (ratio < 2) return rates ? 'higher than' : 'more than';
  const whole = Math.floor(ratio + 1e-9);
  const times = TIMES[whole] ?? `${num(whole)} times`;
  return `${Math.abs(ratio - whole) < 1e-9 ? '' : 'more than '}${times} ${rates ? 'as high as' : 'as many as'}`;
}
