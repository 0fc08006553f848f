import { MAX_CATEGORIES, MAX_LABEL_LENGTH } from './limits.js';
import { lowerFirst, quote } from './messages.js';
import type { Datum, ParseResult } from './types.js';

/** Names an entry (by its 0-based index) the way its source numbers it: "Entry 3", "Row 4". */
export type EntryNamer = (index: number) => string;

/** The default namer: 1-based entries, as a reader counts them. */
export const entryName: EntryNamer = (index) => `Entry ${index + 1}`;

/**
 * The rules every data source shares, written once: not too many categories, every label
 * present and short enough, every value finite, no label twice.
 *
 * Duplicate labels are an error rather than merged or kept: a reader could not tell two bars
 * with one label apart, and the keyboard announcements and highlight names rely on labels.
 * Labels are compared exactly after trimming (so "Facebook" and "facebook" are different).
 *
 * @param data rows already read from their source (labels trimmed by the caller)
 * @param name how to name an entry in a message, e.g. `(i) => \`Row ${i + 2}\``
 */
export function checkRows(data: Datum[], name: EntryNamer = entryName): ParseResult {
  const tooMany = checkCount(data.length);
  if (tooMany) return tooMany;
  const seen = new Map<string, number>();
  for (let i = 0; i < data.length; i++) {
    const { label, value } = data[i];
    if (label === '') return { ok: false, error: `${name(i)} has no label.` };
    if (label.length > MAX_LABEL_LENGTH) {
      return {
        ok: false,
        error:
          `${name(i)} (${quote(label)}) has a label of ${label.length} characters, ` +
          `too long to be a chart label (the most is ${MAX_LABEL_LENGTH}).`,
      };
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, error: `${name(i)} (${quote(label)}) has no number.` };
    }
    const first = seen.get(label);
    if (first !== undefined) {
      return {
        ok: false,
        error: `${name(first)} and ${lowerFirst(name(i))} have the same label, ${quote(label)}.`,
      };
    }
    seen.set(label, i);
  }
  return { ok: true, data };
}

/**
 * The category limit on its own, so parsers can refuse a huge input before reading it.
 *
 * @returns an error result when `count` is over {@link MAX_CATEGORIES}, else `null`.
 */
export function checkCount(count: number): ParseResult | null {
  if (count <= MAX_CATEGORIES) return null;
  return {
    ok: false,
    error: `Too many categories: ${count} (the most a chart can show is ${MAX_CATEGORIES}).`,
  };
}

/** The first label given twice, or null: what a "same label" refusal is about. */
export function firstRepeat(labels: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label)) return label;
    seen.add(label);
  }
  return null;
}
