import { withUnit, type Format } from './format.js';
import type { ChartModel } from './model.js';
import type { ChartKind, Row } from './types.js';

/** Options for {@link describeChart}. */
export interface SummaryOptions {
  /** Bars or donut: names the chart and its pieces. */
  kind: ChartKind;
  /** The plural noun for values ("cases"), or empty. */
  unit: string;
  /** Formats every number, so the summary follows the chart's locale. */
  fmt: Format;
  /** Singular noun for one bar or part; default "category" (bars) or "part" (donut). */
  categoryNoun?: string;
}

/** A chart's plain-language summary, in two halves and together. */
export interface Summary {
  /** What the chart says: the largest category, its share, how it compares; overlaps and remainders. */
  takeaway: string;
  /** What the chart is: its kind, how many categories, the range of values. */
  structure: string;
  /** `takeaway` and `structure` together: the text given to assistive technology. */
  text: string;
}

/**
 * Writes the summary that stands in for the picture: short, plain sentences (a 14-year-old
 * should read them easily), every number formatted for the chart's locale.
 *
 * For the platforms data it reads: "Facebook has the most cases: 261 of 521 (50%). That is
 * more than twice as many as Snapchat, next with 123. The categories overlap: …"
 * followed by "Bar chart, 8 categories, from 3 to 261 cases."
 */
export function describeChart(model: ChartModel, opts: SummaryOptions): Summary {
  const { rows, total, sum } = model;
  if (rows.length === 0) return { takeaway: 'No data to show.', structure: '', text: 'No data to show.' };

  const { fmt, kind } = opts;
  const unit = (opts.unit ?? '').trim();
  const noun = (opts.categoryNoun ?? '').trim() || (kind === 'donut' ? 'part' : 'category');
  const nouns = plural(noun);
  const num = (v: number): string => fmt.number(v);
  const amount = (v: number): string => withUnit(num(v), unit);
  // "has 261 cases" with a unit; "is 261" without one, where "has 261" would read oddly.
  const has = (v: number, many = false): string =>
    unit ? `${many ? 'have' : 'has'} ${amount(v)}` : `${many ? 'are' : 'is'} ${num(v)}`;
  const ofTotal = unit ? `the ${amount(total)}` : `the total of ${num(total)}`;

  const values = rows.map((r) => r.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const negative = min < 0;
  // Descending by value; Array#sort is stable, so ties keep the chart's order.
  const ranked = [...rows].sort((a, b) => b.value - a.value);
  const top = ranked[0];

  const sentences: string[] = [];
  if (max === 0 && min === 0) {
    sentences.push(rows.length === 1 ? `${top.label} ${has(0)}.` : `All ${rows.length} ${nouns} ${has(0, true)}.`);
  } else if (rows.length === 1) {
    const partOfTotal = !negative && total !== top.value;
    sentences.push(
      partOfTotal
        ? `${top.label} has ${num(top.value)} of ${ofTotal} (${fmt.percent(top.share)}).`
        : `${top.label} ${has(top.value)}.`,
    );
  } else {
    const level = ranked.filter((r) => r.value === top.value);
    if (level.length > 1) {
      sentences.push(describeTie(level, rows.length, nouns, amount(top.value)));
      if (!negative && level.length < rows.length) {
        sentences.push(`Each is ${fmt.percent(top.share)} of ${ofTotal}.`);
      }
    } else if (negative) {
      sentences.push(`${top.label} has the highest value: ${amount(top.value)}.`);
    } else {
      const lead = /^\p{L}/u.test(unit) ? `has the most ${unit}` : 'is the largest';
      sentences.push(`${top.label} ${lead}: ${num(top.value)} of ${num(total)} (${fmt.percent(top.share)}).`);
      const next = ranked[1];
      if (next.value === 0) {
        sentences.push(rows.length === 2 ? `${next.label} ${has(0)}.` : `The others ${has(0, true)}.`);
      } else if (next.value > 0) {
        sentences.push(`That is ${compare(top.value / next.value, num)} ${next.label}, next with ${num(next.value)}.`);
      }
    }
    if (negative && min !== max) {
      const bottom = ranked[ranked.length - 1];
      sentences.push(`${bottom.label} has the lowest: ${amount(bottom.value)}.`);
    }
  }
  if (model.overlap) {
    sentences.push(
      `The ${nouns} overlap: together they add up to ${num(sum)}, more than ${ofTotal}, ` +
        `because some ${unit || 'items'} are counted in more than one ${noun}.`,
    );
  }
  if (model.remainder) {
    const r = model.remainder;
    sentences.push(
      `${amount(r.value)} (${fmt.percent(r.share)}) are in “${r.label}”, worked out as what is left of ${ofTotal}.`,
    );
  }
  const takeaway = sentences.join(' ');

  const chart = kind === 'donut' ? 'Donut chart' : 'Bar chart';
  let structure = `${chart}, ${rows.length} ${rows.length === 1 ? noun : nouns}`;
  if (rows.length === 1) structure += '.';
  else if (min === max) structure += `, each ${amount(max)}.`;
  else structure += `, from ${num(min)} to ${amount(max)}.`;
  if (negative && kind === 'bar') structure += ' Negative values are drawn to the left of zero.';

  return { takeaway, structure, text: `${takeaway} ${structure}` };
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

/**
 * Compares the largest value with the next in words a reader can picture:
 * within 10% "about the same as"; "more than"; "twice as many as"; "more than three times as
 * many as". Whole multiples are said exactly; anything above one is "more than".
 */
function compare(ratio: number, num: (n: number) => string): string {
  if (ratio <= 1.1) return 'about the same as';
  if (ratio < 2) return 'more than';
  const whole = Math.floor(ratio + 1e-9);
  const times = TIMES[whole] ?? `${num(whole)} times`;
  return `${Math.abs(ratio - whole) < 1e-9 ? '' : 'more than '}${times} as many as`;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** English plural of a category noun: category → categories, part → parts, box → boxes. */
function plural(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
