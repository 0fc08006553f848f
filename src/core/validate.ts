import { MAX_CATEGORIES, MAX_LABEL_LENGTH } from './limits.js';
import { excerpt, lowerFirst, quote } from './messages.js';
import { parseNumber } from './parse-number.js';
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

/**
 * Reads one already-parsed entry: `{label, value}` or a `[label, value]` pair. A numeric label
 * becomes a string (years are labels too); a numeric string value is read with `parseNumber`.
 *
 * @returns the datum, or an error message naming the entry.
 */
export function readEntry(entry: unknown, index: number, name: EntryNamer = entryName): Datum | string {
  let rawLabel: unknown;
  let rawValue: unknown;
  if (Array.isArray(entry)) {
    if (entry.length !== 2) {
      return `${name(index)} (${excerpt(preview(entry))}) is not a [label, value] pair.`;
    }
    [rawLabel, rawValue] = entry;
  } else if (entry !== null && typeof entry === 'object') {
    rawLabel = (entry as Record<string, unknown>).label;
    rawValue = (entry as Record<string, unknown>).value;
  } else {
    return `${name(index)} (${excerpt(preview(entry))}) is not a label with a value.`;
  }
  const label = readLabel(rawLabel);
  if (label === null || label === '') {
    return `${name(index)} (${excerpt(preview(entry))}) has no label.`;
  }
  const value = readValue(rawValue);
  if (value === null) return `${name(index)} (${quote(label)}) has no number.`;
  return { label, value };
}

/**
 * Checks data given from script (the `data` property) or read from JSON: an array of
 * `{label, value}` (or `[label, value]`) entries. Never throws.
 *
 * @param input anything; only an array can be data
 * @param what what the input is called in a message ("data", "values", "file")
 */
export function validateData(input: unknown, what = 'data'): ParseResult {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      error: `The ${what} must be a list of entries like {"label": "Facebook", "value": 261}.`,
    };
  }
  // Checked before reading entries so a huge array costs nothing.
  const tooMany = checkCount(input.length);
  if (tooMany) return tooMany;
  const data: Datum[] = [];
  for (let i = 0; i < input.length; i++) {
    const datum = readEntry(input[i], i);
    if (typeof datum === 'string') return { ok: false, error: datum };
    data.push(datum);
  }
  return checkRows(data);
}

function readLabel(raw: unknown): string | null {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return null;
}

function readValue(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string') return parseNumber(raw);
  return null;
}

/** A short text form of any entry, for quoting; JSON where possible. */
function preview(entry: unknown): string {
  try {
    return JSON.stringify(entry) ?? String(entry);
  } catch {
    // Too deep or circular: String() would recurse just as far (Firefox: "too much recursion").
    if (Array.isArray(entry)) return '[…]';
    return entry !== null && typeof entry === 'object' ? '{…}' : String(entry);
  }
}

/**
 * The donut's extra rule: it shows parts of a whole, so a negative value is an error that
 * names the part. (Data that is all zero is not an error: the element shows its empty state.)
 */
export function checkDonutData(data: Datum[]): ParseResult {
  const at = data.findIndex((d) => d.value < 0);
  if (at < 0) return { ok: true, data };
  const { label, value } = data[at];
  return {
    ok: false,
    error: `${quote(label)} is negative (${value}), but a donut chart can only show parts of a whole.`,
  };
}
