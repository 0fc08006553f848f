/**
 * The plain-language summary of a chart of several series (column and line charts), in the
 * wording of summary.ts, and the words a reader hears on each point as they move through it.
 */
import type { Format } from './format.js';
import { isPeriodLabel } from './markers.js';
import { capitalise, listNames, plural } from './messages.js';
import type { SeriesData } from './series-types.js';
import { changeText, type Summary } from './summary.js';
import { parseUnit, type Unit } from './units.js';

export type { Summary } from './summary.js';

/** How a chart of several series is drawn: vertical columns, lines, or horizontal bars. */
export type SeriesKind = 'column' | 'line' | 'bar';

/** Options for {@link describeSeries}. */
export interface SeriesSummaryOptions {
  kind: SeriesKind;
  /** The noun for values, both forms (`case|cases` as text, or parsed), or empty. */
  unit: Unit | string;
  /** Formats every number, so the summary follows the chart's locale. */
  fmt: Format;
  /** The values are rates or percentages: "has the highest value", never "has the most". */
  rates?: boolean;
  /** Singular noun for a label that is not a period; default "category". */
  categoryNoun?: string;
  /** The series are stacked on each other (`layout="stacked"`): the structure sentence says so. */
  stacked?: boolean;
}

/** Labels described one by one up to this many; beyond it, how many each series leads. */
const GROUPS_IN_DETAIL = 5;
/** Crossings named before the rest are counted. */
const CROSSINGS_NAMED = 3;
/** Gaps named in the structure before the rest are counted. */
const GAPS_NAMED = 5;

interface Voice {
  num: (v: number) => string;
  amount: (v: number) => string;
  /** A share as a percentage, in the chart's locale. */
  percent: (share: number) => string;
  /** The plural noun, or '' with no unit. */
  unit: string;
  labels: readonly string[];
  /** What a label is: "period", "category" …, and its plural. */
  noun: string;
  nouns: string;
}

/**
 * Writes the summary that stands in for the picture of several series.
 *
 * Periods (every label a period): for each series, the change from its first to its last
 * figure (gaps skipped, so "first" and "last" are those with a figure), by how much and by what
 * percentage (none from a start of zero or below); its highest and lowest period where they
 * are not its first and last; then where two series cross: the first period at which their
 * order flips. Categories (and a single period): the largest series in each group, or, with
 * more than five groups, how many groups each series leads.
 *
 * For three platforms over four years it reads: "From 2014/15 to 2017/18, Facebook rose from
 * 40 to 80 cases: up 40, 100%. …" followed by "Line chart of 3 series over 4 periods, 2014/15
 * to 2017/18. Values from 5 to 80 cases."
 */
export function describeSeries(data: SeriesData, opts: SeriesSummaryOptions): Summary {
  const { labels, series } = data;
  const figures = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (labels.length === 0 || series.length === 0 || figures.length === 0) {
    return { takeaway: 'No data to show.', structure: '', text: 'No data to show.' };
  }
  const { fmt } = opts;
  const units = typeof opts.unit === 'string' ? parseUnit(opts.unit, fmt.locale) : opts.unit;
  const periods = data.periods || (labels.length === 1 && isPeriodLabel(labels[0]!));
  const noun = periods ? 'period' : (opts.categoryNoun ?? '').trim() || 'category';
  const nouns = plural(noun);
  const v: Voice = { num: (n) => fmt.number(n), amount: (n) => fmt.amount(n, units), percent: (n) => fmt.percent(n), unit: units.other, labels, noun, nouns };

  const sentences: string[] = [];
  if (data.periods && labels.length > 1) {
    let spanSaid = false;
    for (const s of series) {
      const said = describeChange(s.name, s.values, v, !spanSaid);
      spanSaid ||= said.spanSaid;
      sentences.push(...said.sentences);
    }
    sentences.push(...describeCrossings(data, v));
  } else if (series.length === 1) {
    sentences.push(describeRange(series[0]!.values, v));
  } else {
    sentences.push(...describeGroups(data, v, !!opts.rates));
  }
  const takeaway = sentences.join(' ');

  const kindName = opts.kind === 'line' ? 'Line chart' : opts.kind === 'column' ? 'Column chart' : 'Bar chart';
  const chart = opts.stacked && opts.kind !== 'line' && series.length > 1 ? `Stacked ${kindName.toLowerCase()}` : kindName;
  const count = `${series.length} series`;
  let structure = periods
    ? `${chart} of ${count} over ${labels.length} ${labels.length === 1 ? noun : nouns}, ${labels.length === 1 ? labels[0] : `${labels[0]} to ${labels[labels.length - 1]}`}.`
    : `${chart} of ${count} in ${labels.length} ${labels.length === 1 ? noun : nouns}.`;
  const min = Math.min(...figures);
  const max = Math.max(...figures);
  structure += min === max ? ` Every value is ${v.amount(max)}.` : ` Values from ${v.num(min)} to ${v.amount(max)}.`;
  if (min < 0) structure += opts.kind === 'bar' ? ' Negative values are drawn to the left of zero.' : ' Negative values are drawn below zero.';
  const gaps = series.flatMap((s) => s.values.flatMap((x, i) => (x === null ? [series.length > 1 && s.name ? `${s.name} in ${labels[i]}` : labels[i]!] : [])));
  if (gaps.length) {
    const shown = gaps.length > GAPS_NAMED ? `${gaps.slice(0, GAPS_NAMED).join(', ')} and ${gaps.length - GAPS_NAMED} more` : listNames(gaps);
    structure += ` No figure for ${shown}.`;
  }
  return { takeaway, structure, text: `${takeaway} ${structure}` };
}

/**
 * What a reader hears on one point: "Snapchat, 2016/17: 48 cases. 3 of 3." (the position is
 * along the labels); "no figure" for a gap. The series name is left out when it has none.
 */
export function seriesPartText(data: SeriesData, labelIndex: number, seriesIndex: number, fmt: Format, unit: Unit | string): string {
  const label = data.labels[labelIndex] ?? '';
  const s = data.series[seriesIndex];
  const value = s?.values[labelIndex] ?? null;
  const units = typeof unit === 'string' ? parseUnit(unit, fmt.locale) : unit;
  const head = s?.name ? `${s.name}, ${label}` : label;
  return `${head}: ${value === null ? 'no figure' : fmt.amount(value, units)}. ${labelIndex + 1} of ${data.labels.length}.`;
}

/** One series over periods: first to last figure, then its highest and lowest where they are not its ends. */
function describeChange(name: string, values: readonly (number | null)[], v: Voice, sayFrom: boolean): { sentences: string[]; spanSaid: boolean } {
  const { num, amount, unit, labels } = v;
  const at = values.flatMap((x, i) => (x === null ? [] : [i]));
  const what = unit && /^\p{L}/u.test(unit) ? unit : 'the value';
  const subject = name || what;
  if (at.length === 0) return { sentences: [`${capitalise(subject)} has no figures.`], spanSaid: false };
  if (at.length === 1) {
    const only = `a figure only for ${labels[at[0]!]}: ${amount(values[at[0]!]!)}.`;
    return { sentences: [name ? `${name} has ${only}` : `There is ${only}`], spanSaid: false };
  }
  const first = at[0]!;
  const last = at[at.length - 1]!;
  const a = values[first]!;
  const b = values[last]!;
  const diff = b - a;
  const whole = first === 0 && last === labels.length - 1;
  const sentences: string[] = [];
  let spanSaid = false;
  if (Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(a))) {
    const verb = name || what === 'the value' ? 'was' : 'were';
    sentences.push(`${capitalise(subject)} ${verb} the same in ${labels[first]} and ${labels[last]}: ${amount(a)}.`);
  } else {
    const rose = diff > 0;
    const change = changeText(a, b, v.unit, num, v.percent);
    const verb = rose ? 'rose' : 'fell';
    if (!whole) sentences.push(`${capitalise(subject)} ${verb} from ${num(a)} in ${labels[first]} to ${amount(b)} in ${labels[last]}: ${change}.`);
    else if (sayFrom) {
      sentences.push(`From ${labels[first]} to ${labels[last]}, ${subject} ${verb} from ${num(a)} to ${amount(b)}: ${change}.`);
      spanSaid = true;
    } else sentences.push(`${capitalise(subject)} ${verb} from ${num(a)} to ${amount(b)}: ${change}.`);
  }
  if (at.length > 2) {
    const figures = at.map((i) => values[i]!);
    const high = Math.max(...figures);
    const low = Math.min(...figures);
    const highs = at.filter((i) => values[i] === high);
    const lows = at.filter((i) => values[i] === low);
    const ends = (list: number[]) => list.length === 1 && (list[0] === first || list[0] === last);
    if (high !== low && !(ends(highs) && ends(lows))) {
      const lead = name ? `For ${name}, the highest` : 'The highest';
      sentences.push(`${lead} ${highs.length > 1 ? 'were' : 'was'} ${which(highs, v)}, with ${amount(high)}${highs.length > 1 ? ' each' : ''}; the lowest ${which(lows, v)}, with ${num(low)}.`);
    }
  }
  return { sentences, spanSaid };
}

/** Where two series cross: the first period at which their order flips, for each pair. */
function describeCrossings(data: SeriesData, v: Voice): string[] {
  const { series, labels } = data;
  const found: { at: number; up: number; down: number; more: number }[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      let before = 0;
      let first: { at: number; up: number; down: number } | null = null;
      let more = 0;
      labels.forEach((_, t) => {
        const a = series[i]!.values[t];
        const b = series[j]!.values[t];
        if (a === null || a === undefined || b === null || b === undefined || a === b) return;
        const sign = a > b ? 1 : -1;
        if (before !== 0 && sign !== before) {
          if (first) more++;
          else first = { at: t, up: sign > 0 ? i : j, down: sign > 0 ? j : i };
        }
        before = sign;
      });
      if (first) found.push({ ...(first as { at: number; up: number; down: number }), more });
    }
  }
  found.sort((x, y) => x.at - y.at);
  const out = found.slice(0, CROSSINGS_NAMED).map((c) => {
    const up = series[c.up]!;
    const down = series[c.down]!;
    const times = c.more === 1 ? 'once' : c.more === 2 ? 'twice' : `${v.num(c.more)} times`;
    const again = c.more ? ` They changed places ${times} more after that.` : '';
    return `In ${labels[c.at]}, ${up.name} overtook ${down.name}: ${v.amount(up.values[c.at]!)} to ${v.num(down.values[c.at]!)}.${again}`;
  });
  const rest = found.length - CROSSINGS_NAMED;
  if (rest > 0) out.push(`${v.num(rest)} more ${rest === 1 ? 'pair of series crosses' : 'pairs of series cross'}.`);
  return out;
}

/** One series over categories: the highest and the lowest. */
function describeRange(values: readonly (number | null)[], v: Voice): string {
  const at = values.flatMap((x, i) => (x === null ? [] : [i]));
  const figures = at.map((i) => values[i]!);
  const high = Math.max(...figures);
  const low = Math.min(...figures);
  const highs = at.filter((i) => values[i] === high);
  if (at.length === 1) return `${v.labels[at[0]!]} ${v.unit ? 'has' : 'is'} ${v.amount(high)}.`;
  if (high === low) return `${at.length > 3 ? `All ${at.length} ${v.nouns}` : which(at, v)} are level, with ${v.amount(high)} each.`;
  const lows = at.filter((i) => values[i] === low);
  return `The highest ${highs.length > 1 ? 'are' : 'is'} ${which(highs, v)}, with ${v.amount(high)}${highs.length > 1 ? ' each' : ''}; the lowest ${which(lows, v)}, with ${v.num(low)}.`;
}

/** Several series over categories: the largest series in each group, or how many groups each leads. */
function describeGroups(data: SeriesData, v: Voice, rates: boolean): string[] {
  const { series, labels } = data;
  const leaders = labels.map((_, i) => {
    const here = series.map((s, k) => ({ k, value: s.values[i] })).filter((p): p is { k: number; value: number } => p.value !== null && p.value !== undefined);
    if (!here.length) return null;
    const top = Math.max(...here.map((p) => p.value));
    return { top, who: here.filter((p) => p.value === top).map((p) => p.k) };
  });
  if (labels.length <= GROUPS_IN_DETAIL) {
    return leaders.map((l, i) => {
      if (!l) return `There is no figure for ${labels[i]}.`;
      const names = l.who.map((k) => series[k]!.name);
      if (names.length > 1) return `In ${labels[i]}, ${listNames(names)} are level, with ${v.amount(l.top)} each.`;
      const lead = rates || l.top <= 0 ? 'has the highest value' : /^\p{L}/u.test(v.unit) ? `has the most ${v.unit}` : 'is the largest';
      return `In ${labels[i]}, ${names[0]} ${lead}: ${lead === 'has the highest value' ? v.amount(l.top) : v.num(l.top)}.`;
    });
  }
  const wins = series.map(() => 0);
  let level = 0;
  let none = 0;
  for (const l of leaders) {
    if (!l) none++;
    else if (l.who.length > 1) level++;
    else wins[l.who[0]!]!++;
  }
  const ranked = series.map((s, k) => ({ name: s.name, n: wins[k]! })).filter((r) => r.n > 0).sort((a, b) => b.n - a.n);
  const parts = ranked.map((r, i) => (i === 0 ? `${r.name} is the largest in ${v.num(r.n)} of the ${v.num(labels.length)} ${v.nouns}` : `${r.name} in ${v.num(r.n)}`));
  const some = (n: number) => `${v.num(n)} ${n === 1 ? `${v.noun} has` : `${v.nouns} have`}`;
  if (level) parts.push(`${some(level)} a tie for the largest`);
  if (none) parts.push(`${some(none)} no figures`);
  if (!ranked.length) parts[0] = capitalise(parts[0]!);
  return [`${listNames(parts)}.`];
}

/** "2016/17", "2016/17 and 2017/18", or "4 periods" for more than three. */
function which(indices: readonly number[], v: Voice): string {
  return indices.length > 3 ? `${v.num(indices.length)} ${v.nouns}` : listNames(indices.map((i) => v.labels[i]!));
}


