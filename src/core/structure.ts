/**
 * The structure official tables keep inside their rows: a grand total, subtotals of the rows
 * under (or over) them, and items that are only part of their parent ("of which"). A chart that
 * draws a subtotal beside its own parts is wrong as a whole even when every figure is exact, so
 * the rows are read as a person reads the table: from its total words, outline numbering
 * (`I.`, `1.`, `5.1.-`, `a)`), indentation, upper-case group labels, a page table's `<th>` group
 * rows and `<tbody>` groups — and above all from sums. With no evidence of nesting, every row is
 * a category, as it always was. Pure: no DOM.
 */
import { totalWordAt } from './markers.js';
import type { LeftOutRow } from './types.js';

/** Which rows a chart draws: the finest level (default), the top groups, or every row as written. */
export type Level = 'leaves' | 'top' | 'all';

/**
 * What a row is: a category to draw (`part`), the whole table's `total`, a `subtotal` of the
 * rows under or over it, an `of-which` item (only part of its parent, which is drawn instead),
 * or a `group` heading with no figure of its own.
 */
export type RowRole = 'part' | 'total' | 'subtotal' | 'of-which' | 'group';

/** One row as the structure reader sees it: its label, figures and the cues its source gave. */
export interface StructureRow {
  /** The label, trimmed. */
  label: string;
  /** One figure per value column; `null` where there is none. */
  values: readonly (number | null)[];
  /** Indentation as written: leading spaces in the cell, or a page table's padding, in any unit. */
  indent?: number;
  /** A page table's `<tbody>` (0-based), when it has several. */
  group?: number;
  /** A page table's row of `<th>` cells: a heading over the rows under it. */
  heading?: boolean;
  /** A page table's `<tfoot>` row: a total or a note, never a category. */
  footer?: boolean;
}

/** What one row was read as, and why. */
export interface RowReading {
  role: RowRole;
  /** The row this one belongs to (a subtotal or heading over it), or -1. */
  parent: number;
  /** Why, in a few words a reader can check: "the sum of the 11 rows under it". */
  reason: string;
}

/** The rows' structure, and the rows to draw. */
export interface Structure {
  rows: RowReading[];
  /** The whole table's total (-1: none). */
  total: number;
  /** The rows drawn at the level asked for, in the source's order. */
  drawn: number[];
  /** Whether rows nest (subtotals, headings or "of which" items were found). */
  nested: boolean;
  /** Two rows that both read as the table's total but differ. */
  conflict?: [number, number];
}

export interface StructureOptions {
  level?: Level;
  /** Decimals the source writes in each value column: how close a sum must come to count. */
  decimals?: readonly number[];
  /** False for rates and percentages, whose rows don't add up: sums prove nothing there. */
  additive?: boolean;
  /** Every label is a period: 1, 1, 2, 4 over four years is a doubling, not a sum. */
  periods?: boolean;
}

/** "of which", in the languages newsroom files come in: the row is only part of the one above. */
const OF_WHICH =
  /^(?:of which|thereof|including|davon|darunter|dont|de los cuales|de las cuales|de ellos|de ellas|de los que|di cui|waarvan|hvorav|heraf|varav|w tym|z toho|ebből|joista|из них|其中|うち)\b[:\s]*/iu;

/** Outline numbering: `I.`, `II.-`, `1.`, `1.-`, `5.1.-`, `1.1 `, `a)`. */
const ROMAN = /^([IVXLC]{1,7})(?:\.-?|\))\s*(?=\S)/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)(\.-|\.\)|\.|\)|\s)\s*(?=\S)/u;
const LETTER = /^([a-z])\)\s*(?=\S)/u;

/** The rank of a label's outline number (0 roman, 1 `1.`, 2 `1.1`, … 10 `a)`), or -1. */
export function outlineRank(label: string): number {
  const t = label.trim();
  const roman = ROMAN.exec(t);
  if (roman && /^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman[1]!)) return 0;
  const arabic = ARABIC.exec(t);
  if (arabic) {
    const parts = arabic[1]!.split('.').length;
    // "12 apples" is not numbered: a lone number needs its "." or ")".
    if (parts === 1 && /^\s$/.test(arabic[2]!)) return -1;
    return parts;
  }
  return LETTER.test(t) ? 10 : -1;
}

/** The label without its outline number: "5.1.-Agresión sexual" → "Agresión sexual". */
export function withoutOutline(label: string): string {
  const t = label.trim();
  for (const re of [ROMAN, ARABIC, LETTER]) {
    const m = re.exec(t);
    if (m && outlineRank(t) >= 0) return t.slice(m[0].length).trim();
  }
  return t;
}

/** Upper-case text with at least three cased letters: a group label among mixed-case rows. */
function isUpper(label: string): boolean {
  const cased = [...withoutOutline(label)].filter((c) => c.toLowerCase() !== c.toUpperCase());
  return cased.length >= 3 && cased.every((c) => c === c.toUpperCase());
}

function hasLower(label: string): boolean {
  return [...label].some((c) => c.toLowerCase() !== c.toUpperCase() && c === c.toLowerCase());
}

/** How close a sum must come: the rounding of the figures as written, never above 0.5% of the value. */
function sumsTo(sum: number, value: number, terms: number, decimals: number, strict: boolean): boolean {
  const exact = 1e-9 * Math.max(Math.abs(value), Math.abs(sum));
  if (strict && decimals === 0) return Math.abs(sum - value) <= exact;
  const rounding = (terms + 1) * 0.5 * 10 ** -decimals;
  return Math.abs(sum - value) <= Math.max(exact, Math.min(rounding, 0.005 * Math.abs(value)));
}

/**
 * Compares a row with the sum of others, series by series: `match` when every series that can
 * be checked adds up (and one can), `short` when the others fall short of it (an "of which"
 * list), `other` otherwise.
 */
function compareSum(rows: readonly StructureRow[], at: number, others: readonly number[], decimals: readonly number[], strict: boolean): 'match' | 'short' | 'other' {
  const width = rows[at]!.values.length;
  let checked = 0;
  let short = 0;
  for (let k = 0; k < width; k++) {
    const value = rows[at]!.values[k];
    if (value === null || value === undefined) continue;
    const figures = others.map((i) => rows[i]!.values[k]);
    if (figures.some((f) => f === null || f === undefined)) continue;
    const sum = (figures as number[]).reduce((s, f) => s + f, 0);
    checked++;
    if (sumsTo(sum, value, figures.length, decimals[k] ?? 0, strict)) continue;
    if (sum < value) short++;
    else return 'other';
  }
  if (checked === 0) return 'other';
  return short === 0 ? 'match' : short === checked ? 'short' : 'other';
}


/** How deep each row sits (0 top) by the first kind of evidence the table has, and whether sums must bear it out. */
interface Cue {
  depth: number[];
  /** Upper case and `<tbody>` groups suggest nesting; only sums prove it. */
  weak: boolean;
  /** What the evidence is, for a heading's reason. */
  what: string;
}

function findCue(rows: readonly StructureRow[], word: readonly (string | null)[]): Cue | null {
  const plain = rows.map((r, i) => r.label !== '' && !word[i]);
  if (rows.some((r) => r.heading)) {
    let under = false;
    const depth = rows.map((r) => (r.heading ? ((under = true), 0) : under ? 1 : 0));
    return { depth, weak: false, what: 'a heading row' };
  }
  if (new Set(rows.map((r) => r.group ?? 0)).size > 1) {
    const depth = rows.map((r, i) => (i > 0 && rows[i - 1]!.group === r.group ? 1 : 0));
    return { depth, weak: true, what: 'the first row of its table group' };
  }
  const indents = rows.map((r) => r.indent ?? 0);
  const steps = [...new Set(indents.filter((_, i) => plain[i]))].sort((a, b) => a - b);
  if (steps.length > 1) {
    // A total row keeps the top level however it is indented.
    return { depth: indents.map((x, i) => (word[i] ? 0 : Math.max(0, steps.indexOf(x)))), weak: false, what: 'indentation' };
  }
  const ranks = rows.map((r) => outlineRank(r.label));
  const numbered = ranks.filter((r, i) => r >= 0 && plain[i]);
  const levels = [...new Set(numbered)].sort((a, b) => a - b);
  if (levels.length > 1 && numbered.length * 2 >= plain.filter(Boolean).length) {
    // Unnumbered rows: a total word is at the top; anything else is a leaf.
    const deepest = levels.length;
    return { depth: ranks.map((r, i) => (r >= 0 ? levels.indexOf(r) : word[i] ? 0 : deepest)), weak: false, what: 'outline numbering' };
  }
  const upper = rows.map((r) => r.label !== '' && isUpper(r.label));
  if (upper.some((u, i) => u && plain[i]) && rows.some((r, i) => plain[i] && hasLower(r.label))) {
    return { depth: upper.map((u, i) => (u || word[i] ? 0 : 1)), weak: true, what: 'an upper-case label' };
  }
  return null;
}

const plural = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;

/**
 * Reads the rows' structure. Each row gets a role and a reason; `drawn` lists the rows the chart
 * draws at `level`:
 *
 * - `leaves` (default): the finest rows that still account for the whole. Totals and subtotals
 *   are left out; a parent whose rows don't add up to it (an "of which" list, a `7.1` alone under
 *   `7.`) is drawn itself, and its partial rows are left out.
 * - `top`: the top groups, what the whole table's total is made of.
 * - `all`: every row with a figure, as written (then there is no total to take shares of).
 */
export function readStructure(rows: readonly StructureRow[], options: StructureOptions = {}): Structure {
  const n = rows.length;
  const level = options.level ?? 'leaves';
  const decimals = options.decimals ?? [];
  const additive = options.additive !== false;
  const hasValue = rows.map((r) => r.values.some((v) => v !== null && v !== undefined));
  const word = rows.map((r) => (r.footer ? 'footer' : totalWordAt(withoutOutline(r.label))));
  const ofWhich = rows.map((r, i) => i > 0 && OF_WHICH.test(r.label));
  const reading: RowReading[] = rows.map(() => ({ role: 'part', parent: -1, reason: '' }));
  const kids: number[][] = rows.map(() => []);
  const attach = (child: number, parent: number) => {
    const old = reading[child]!.parent;
    if (old >= 0) kids[old]!.splice(kids[old]!.indexOf(child), 1);
    reading[child]!.parent = parent;
    if (parent >= 0) kids[parent]!.push(child);
  };

  // 1. Nesting by the table's cues: each row under the nearest row above it that sits higher.
  //    An "of which" item belongs to the row above it, whatever its indentation.
  const cue = options.periods ? null : findCue(rows, word);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (ofWhich[i]) {
      let parent = i - 1;
      while (parent > 0 && ofWhich[parent]) parent--;
      attach(i, parent);
      continue;
    }
    if (!cue) continue;
    while (stack.length && cue.depth[stack[stack.length - 1]!]! >= cue.depth[i]!) stack.pop();
    if (stack.length) attach(i, stack[stack.length - 1]!);
    stack.push(i);
  }

  // 2. Each parent against its rows, later rows first (so a row's own rows are settled before it).
  const markPartial = (p: number, why: string) => {
    for (const k of kids[p]!) {
      reading[k] = { ...reading[k]!, role: 'of-which', reason: ofWhich[k] ? `“of which”: part of “${rows[p]!.label}”` : why };
      markPartial(k, why);
    }
  };
  for (let p = n - 1; p >= 0; p--) {
    if (!kids[p]!.length) continue;
    const counted = kids[p]!.filter((k) => !ofWhich[k] && hasValue[k]);
    if (!hasValue[p]) {
      // Only strong evidence makes a row with no figure a heading: upper case alone can't.
      if (cue?.weak) for (const k of [...kids[p]!]) attach(k, reading[p]!.parent);
      else reading[p] = { ...reading[p]!, role: 'group', reason: `a heading with no figure (${cue?.what ?? 'the rows under it'})` };
      continue;
    }
    // Upper case or table groups suggest nesting; a sum bears it out, but not a sum of zeros or of one row.
    const weakProof = !cue?.weak || (counted.length > 1 && rows[p]!.values.some((v) => v !== null && v !== 0));
    const sum = counted.length === 0 || !weakProof ? 'other' : additive ? compareSum(rows, p, counted, decimals, false) : 'match';
    if (sum === 'match') {
      reading[p] = {
        ...reading[p]!,
        role: 'subtotal',
        reason: additive ? `the sum of the ${plural(counted.length, 'row')} under it` : `a group of the rows under it (${cue!.what})`,
      };
      for (const k of kids[p]!) {
        if (!ofWhich[k]) continue;
        reading[k] = { ...reading[k]!, role: 'of-which', reason: `“of which”: part of “${rows[p]!.label}”` };
        markPartial(k, `part of “${rows[k]!.label}”`);
      }
    } else if (cue?.weak && !kids[p]!.some((k) => ofWhich[k])) {
      // Upper case or a table group that the sums don't bear out: no nesting here.
      for (const k of [...kids[p]!]) attach(k, reading[p]!.parent);
    } else {
      markPartial(p, `part of “${rows[p]!.label}”, whose rows don't add up to it`);
    }
  }
  if (cue?.weak && !reading.some((r) => r.role === 'subtotal')) {
    for (let i = 0; i < n; i++) if (!ofWhich[i] && reading[i]!.parent >= 0) attach(i, -1);
  }

  // 3. Total words with no rows under them: a subtotal of the run above, or a total.
  const siblingsOf = (at: number, not: number) =>
    [...Array(n).keys()].filter((j) => j !== not && reading[j]!.parent === at && !ofWhich[j] && (hasValue[j] || reading[j]!.role === 'group'));
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!word[i] || !hasValue[i] || kids[i]!.length || ofWhich[i]) continue;
    const at = reading[i]!.parent;
    const siblings = siblingsOf(at, i);
    const before = siblings.filter((j) => j < i);
    // The group it closes: back to the previous total, or (failing a sum) over earlier subtotals too.
    const shortRun: number[] = [];
    for (let k = before.length - 1; k >= 0 && !word[before[k]!]; k--) shortRun.unshift(before[k]!);
    const longRun: number[] = [];
    for (let k = before.length - 1; k >= 0 && !(word[before[k]!] && reading[before[k]!]!.role === 'total'); k--) longRun.unshift(before[k]!);
    const adds = (run: number[]) => run.length > 0 && !run.some((j) => !hasValue[j]) && (!additive || compareSum(rows, i, run, decimals, false) === 'match');
    const run = adds(shortRun) ? shortRun : adds(longRun) ? longRun : null;
    const whole = run !== null && at === -1 && run.length === siblings.filter((j) => !word[j] || reading[j]!.role === 'subtotal').length;
    if (run && !whole) {
      reading[i] = { ...reading[i]!, role: 'subtotal', reason: `the sum of the ${plural(run.length, 'row')} above it` };
      for (const j of run) attach(j, i);
      continue;
    }
    const exact = word[i] === 'footer' || word[i] === 'exact';
    const why = word[i] === 'footer' ? 'a table footer row' : whole ? `the sum of all the rows above it` : `its label ${exact ? 'is' : 'starts or ends with'} a word for a total`;
    reading[i] = { ...reading[i]!, role: 'total', reason: why };
    const first = !before.some((j) => !word[j]);
    const last = !siblings.some((j) => j > i && !word[j]);
    if (at === -1 && (exact || whole || first || last)) candidates.push(i);
  }

  // 4. The whole table's total.
  let total = -1;
  let conflict: [number, number] | undefined;
  const rank = (i: number) => (word[i] === 'footer' || word[i] === 'exact' ? 0 : 1);
  const pool = candidates.filter((i) => rank(i) === Math.min(...candidates.map(rank)));
  if (pool.length) {
    total = pool[0]!;
    const differs = pool.find((i) => !sameFigures(rows[i]!.values, rows[total]!.values));
    if (differs !== undefined) conflict = [total, differs];
  } else {
    const tops = siblingsOf(-1, -1);
    if (tops.length === 1 && word[tops[0]!] && reading[tops[0]!]!.role === 'subtotal') {
      // A first row with everything else under it ("Total Nacional", then the regions).
      total = tops[0]!;
      reading[total] = { ...reading[total]!, role: 'total', reason: `${reading[total]!.reason}: the whole table` };
    } else if (!options.periods && additive && tops.length >= 4 && !rows.some((r) => r.values.some((v) => v !== null && v !== undefined && v < 0))) {
      // A total row without the word: a first or last row that is the sum of all the others.
      for (const at of [tops[tops.length - 1]!, tops[0]!]) {
        if (!hasValue[at] || kids[at]!.length || rows[at]!.values.some((v) => v !== null && v !== undefined && v <= 0)) continue;
        if (compareSum(rows, at, tops.filter((j) => j !== at), decimals, true) !== 'match') continue;
        total = at;
        reading[at] = { ...reading[at]!, role: 'total', reason: 'the sum of all the other rows' };
        break;
      }
    }
  }
  if (total >= 0 && !kids[total]!.length) for (const i of siblingsOf(-1, total)) if (reading[i]!.role !== 'total') attach(i, total);

  const drawn: number[] = [];
  for (let i = 0; i < n; i++) {
    const role = reading[i]!.role;
    if (level === 'all') {
      if (hasValue[i]) drawn.push(i);
    } else if (level === 'top') {
      if (reading[i]!.parent === total && i !== total && (role === 'part' || role === 'subtotal')) drawn.push(i);
    } else if (role === 'part') drawn.push(i);
  }
  const nested = reading.some((r) => r.role === 'subtotal' || r.role === 'of-which' || r.role === 'group');
  const out: Structure = { rows: reading, total: level === 'all' ? -1 : total, drawn, nested };
  if (conflict) out.conflict = conflict;
  return out;
}

function sameFigures(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The rows a structure leaves out of the chart, for the figure's note: the totals other than the
 * one used, the subtotals and the "of which" items, in the source's order.
 */
export function leftOutOf(rows: readonly (StructureRow & { where: string })[], structure: Structure): LeftOutRow[] {
  const out: LeftOutRow[] = [];
  structure.rows.forEach((r, i) => {
    if (i === structure.total || structure.drawn.includes(i) || (r.role !== 'total' && r.role !== 'subtotal' && r.role !== 'of-which')) return;
    const row = rows[i]!;
    if (!row.values.some((v) => v !== null && v !== undefined)) return;
    const item: LeftOutRow = { label: row.label, value: row.values.length === 1 ? row.values[0]! : null, role: r.role, where: row.where };
    if (r.role === 'subtotal' && r.reason.includes('above')) item.above = true;
    if (r.role === 'of-which' && r.parent >= 0) item.parent = rows[r.parent]!.label;
    out.push(item);
  });
  return out;
}
