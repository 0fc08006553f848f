import { cellText } from './columns.js';
import { readGrid, type Cell, type GridOptions, type GridRow } from './grid.js';
import { MAX_LABEL_LENGTH } from './limits.js';
import { excerpt, quote } from './messages.js';
import type { ParseResult } from './types.js';
import { checkCount } from './validate.js';

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
export function parseValues(text: string, options: GridOptions = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'The values must be text.' };
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    return parseJsonText(trimmed, 'The values look', options);
  }
  const entries = trimmed.split(/[;\r\n]+/).map((e) => e.trim()).filter((e) => e !== '');
  const tooMany = checkCount(entries.length);
  if (tooMany) return tooMany;
  const rows: GridRow[] = [];
  for (let i = 0; i < entries.length; i++) {
    const row = readTextEntry(entries[i]!, i + 1);
    if (typeof row === 'string') return { ok: false, error: row };
    rows.push(row);
  }
  return readGrid({ names: null, rows }, options);
}

/**
 * Reads already-parsed JSON data: an array of objects (`{label, value}`, or any keys, picked by
 * `label-column` and `value-column` or by the column rules), an array of `[label, value]`
 * pairs, or an object mapping each label to its value (`{"Facebook": 261}`, in key order).
 * Never throws.
 */
export function parseJsonData(value: unknown, options: GridOptions = {}, what = 'values'): ParseResult {
  if (Array.isArray(value)) return readJsonArray(value, options);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const tooMany = checkCount(keys.length);
    if (tooMany) return tooMany;
    const rows = keys.map((key, i) => ({
      cells: [key, jsonCell((value as Record<string, unknown>)[key])],
      where: `Entry ${i + 1}`,
    }));
    return readGrid({ names: null, rows }, options);
  }
  return {
    ok: false,
    error: `The ${what} must be a list like [{"label": "Facebook", "value": 261}] or an object like {"Facebook": 261}.`,
  };
}

/** An array of objects (keys as columns) or of `[label, value]` pairs. */
function readJsonArray(list: unknown[], options: GridOptions): ParseResult {
  // Checked before reading entries so a huge array costs nothing.
  const tooMany = checkCount(list.length);
  if (tooMany) return tooMany;
  const objects = list.some((e) => e !== null && typeof e === 'object' && !Array.isArray(e));
  const names: string[] = [];
  const rows: GridRow[] = [];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    const where = `Entry ${i + 1}`;
    if (objects && entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      const record = entry as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!names.includes(key) && names.length < 100) names.push(key);
      rows.push({ cells: names.map((key) => jsonCell(record[key])), where });
    } else if (Array.isArray(entry) && entry.length === 2) {
      if (!objects) rows.push({ cells: [jsonLabel(entry[0]), jsonCell(entry[1])], where });
      else {
        // A pair among {label, value} objects is read as one.
        for (const key of ['label', 'value']) if (!names.includes(key)) names.push(key);
        const cells: Cell[] = names.map(() => null);
        cells[names.indexOf('label')] = jsonLabel(entry[0]);
        cells[names.indexOf('value')] = jsonCell(entry[1]);
        rows.push({ cells, where });
      }
    } else if (Array.isArray(entry)) {
      return { ok: false, error: `${where} (${excerpt(preview(entry))}) is not a [label, value] pair.` };
    } else {
      return { ok: false, error: `${where} (${excerpt(preview(entry))}) is not a label with a value.` };
    }
  }
  if (objects) {
    // Rows read before a key first appeared have no cell for it.
    for (const row of rows) row.cells.length = names.length;
    // `{label, value}` objects, the documented shape, are read by those keys. An entry with no
    // label, or no value key at all, is refused, quoted, rather than charted unnamed or skipped
    // (`"value": null` says "no figure").
    const shaped = names.length === 0 || names.includes('label') || names.includes('value');
    if (!options.labelColumn && !options.valueColumn && shaped) {
      for (let i = 0; i < list.length; i++) {
        const record = list[i] as Record<string, unknown>;
        if (Array.isArray(record)) continue;
        const label = cellText(jsonLabel(record.label));
        if (label === '') return { ok: false, error: `${rows[i]!.where} (${excerpt(preview(record))}) has no label.` };
        if (!('value' in record)) return { ok: false, error: `${rows[i]!.where} (${quote(label)}) has no number.` };
      }
      return readGrid({ names, rows }, { ...options, labelColumn: 'label', valueColumn: 'value' });
    }
  }
  return readGrid({ names: objects ? names : null, rows }, options);
}

/** A JSON value as a cell: numbers stay numbers, strings stay text, null is "no figure". */
function jsonCell(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'string' || value === null || value === undefined) return value;
  // true, objects, arrays: never a figure; the message shows them as text.
  return preview(value);
}

function jsonLabel(value: unknown): Cell {
  return typeof value === 'string' || typeof value === 'number' ? value : '';
}

/** A short text form of any entry, for quoting; JSON where possible. */
function preview(entry: unknown): string {
  if (typeof entry === 'bigint') return `${entry}n`;
  try {
    return JSON.stringify(entry) ?? String(entry);
  } catch {
    // Too deep or circular: String() would recurse just as far (Firefox: "too much recursion").
    if (Array.isArray(entry)) return '[…]';
    return entry !== null && typeof entry === 'object' ? '{…}' : String(entry);
  }
}

/**
 * Checks data given from script (the `data` property): a list of `{label, value}` entries (or
 * `[label, value]` pairs), read by the same rules as a file. Never throws.
 *
 * @param input anything; only an array can be data
 * @param what what the input is called in a message ("data", "values")
 */
export function validateData(input: unknown, what = 'data', options: GridOptions = {}): ParseResult {
  if (!Array.isArray(input)) {
    return { ok: false, error: `The ${what} must be a list of entries like {"label": "Facebook", "value": 261}.` };
  }
  return readJsonArray(input, options);
}

/**
 * Parses JSON text and reads it with `read`; a syntax error becomes a message that starts with
 * `subject` ("The values look", "The file looks") and ends with the browser's own reason.
 */
export function readJsonText<R extends { ok: boolean }>(text: string, subject: string, read: (json: unknown) => R): R | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // CMS editors turn typed quotes into typographic ones (WordPress's wptexturize, Word):
    // [{“label”: “Facebook”, …}] is what the journalist meant as JSON.
    const straight = text.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    if (straight !== text) {
      const retried = readJsonText(straight, subject, read);
      if (retried.ok) return retried;
    }
    const reason = e instanceof Error ? e.message.replace(/\.\s*$/, '') : String(e);
    return { ok: false, error: `${subject} like JSON but could not be read: ${reason}.` };
  }
  return read(json);
}

/** Parses JSON text and reads it as data (see readJsonText). */
export function parseJsonText(text: string, subject = 'The values look', options: GridOptions = {}): ParseResult {
  return readJsonText(text, subject, (json) => parseJsonData(json, options)) as ParseResult;
}

/** Reads one `label: value` entry; `n` is its 1-based number among the non-empty entries. */
function readTextEntry(entry: string, n: number): GridRow | string {
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
  if (label === '') return `${name} has no label.`;
  // Typed text with nothing after the colon is a number forgotten; ".." or "NA" says "no figure".
  if (valueText === '') return `${name} has no number: write one after the "${entry[at]}", or ".." if there is no figure.`;
  return { cells: [label, valueText], where: `Entry ${n}`, shown: entry };
}
