import { MAX_LABEL_LENGTH } from './limits.js';
import { quote } from './messages.js';
import { parseNumber } from './parse-number.js';
import type { Datum, ParseResult } from './types.js';
import { checkCount, checkRows, readEntry, validateData } from './validate.js';

/**
 * Reads the `values` attribute. Never throws.
 *
 * - Text starting with `[` or `{` is JSON: `[{"label":"Facebook","value":261}]`,
 *   `[["Facebook",261]]` or `{"Facebook":261}`.
 * - Otherwise entries are split on `;` or new lines, and each entry's label and value are
 *   split at its last `:` or `=`, so a label may itself contain one ("Ratio 1:2: 5").
 *   Entries that are only whitespace are skipped, so a trailing `;` is harmless.
 *
 * Text with no entries at all is valid and gives `[]` (the element shows its empty state).
 */
export function parseValues(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'The values must be text.' };
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    return parseJsonText(trimmed, 'The values look');
  }
  const entries = trimmed.split(/[;\r\n]+/).map((e) => e.trim()).filter((e) => e !== '');
  const tooMany = checkCount(entries.length);
  if (tooMany) return tooMany;
  const data: Datum[] = [];
  for (let i = 0; i < entries.length; i++) {
    const datum = readTextEntry(entries[i], i + 1);
    if (typeof datum === 'string') return { ok: false, error: datum };
    data.push(datum);
  }
  return checkRows(data);
}

/**
 * Reads already-parsed JSON data in any of the three accepted shapes: an array of
 * `{label, value}` objects, an array of `[label, value]` pairs, or an object mapping each
 * label to its value (`{"Facebook": 261}`, in the object's key order). Never throws.
 */
export function parseJsonData(value: unknown): ParseResult {
  if (Array.isArray(value)) return validateData(value, 'values');
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const tooMany = checkCount(keys.length);
    if (tooMany) return tooMany;
    const data: Datum[] = [];
    for (let i = 0; i < keys.length; i++) {
      const datum = readEntry([keys[i], (value as Record<string, unknown>)[keys[i]]], i);
      if (typeof datum === 'string') return { ok: false, error: datum };
      data.push(datum);
    }
    return checkRows(data);
  }
  return {
    ok: false,
    error: 'The values must be a list like [{"label": "Facebook", "value": 261}] or an object like {"Facebook": 261}.',
  };
}

/**
 * Parses JSON text and reads it as data; a syntax error becomes a message that starts with
 * `subject` ("The values look", "The file looks") and ends with the browser's own reason.
 */
export function parseJsonText(text: string, subject = 'The values look'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // CMS editors turn typed quotes into typographic ones (WordPress's wptexturize, Word):
    // [{“label”: “Facebook”, …}] is what the journalist meant as JSON.
    const straight = text.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    if (straight !== text) {
      const retried = parseJsonText(straight, subject);
      if (retried.ok) return retried;
    }
    const reason = e instanceof Error ? e.message.replace(/\.\s*$/, '') : String(e);
    return { ok: false, error: `${subject} like JSON but could not be read: ${reason}.` };
  }
  return parseJsonData(json);
}

/** Reads one `label: value` entry; `n` is its 1-based number among the non-empty entries. */
function readTextEntry(entry: string, n: number): Datum | string {
  const name = `Entry ${n} (${quote(entry)})`;
  const at = Math.max(entry.lastIndexOf(':'), entry.lastIndexOf('='));
  if (at < 0) return `${name} has no ":" or "=" between its label and its number.`;
  const label = entry.slice(0, at).trim();
  const valueText = entry.slice(at + 1).trim();
  // "Facebook: 261, Snapchat: 123" would otherwise become one odd label and a wrong chart.
  // The length guard keeps this regex (quadratic on long input) cheap; longer labels are refused later.
  if (label.length <= MAX_LABEL_LENGTH && /[:=]\s*[-+\u2212]?\d[\d.,\s\u00a0\u202f]*,\s*[^\d\s]/.test(label)) {
    return `${name} looks like several entries: separate them with ";" or new lines.`;
  }
  const value = parseNumber(valueText);
  if (value === null) return `${name} has no number.`;
  if (label === '') return `${name} has no label.`;
  return { label, value };
}
