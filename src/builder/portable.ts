/**
 * The source's data in the forms a tag can carry it, each read by the element exactly as the
 * builder read the source: a child `<table>` (the page's no-JavaScript fallback) and `values`
 * (JSON). Both hold the grid the reader sees: the header and every row under it (totals, notes
 * and missing figures too, so the element finds them as the reading did), with the note lines
 * above a CSV's header moved under the data, where a table or JSON can hold them.
 */
import { csvGrid } from '../core/parse-csv.js';
import { newTrace } from '../core/trace.js';
import type { Reading } from '../read/index.js';
import type { Choices } from './choices.js';

/** The rows a `<table>` or `values` holds: cells as text, a header or none (labels first, figures second). */
export interface Portable {
  names: string[] | null;
  rows: string[][];
  /** The label column (a row header in the table), or -1. */
  labelAt: number;
  /** The source's own JSON or typed values, kept as written for `values`; null: made from the rows. */
  valuesText: string | null;
  /** Attributes the inline forms need to read as the source did (the file's decimal mark …). */
  extra: [string, string][];
  /** Why a form can't carry this data, if it can't. */
  tableProblem: string | null;
  valuesProblem: string | null;
}

/** The portable form of a source the reading read, with the user's choices. */
export function portable(text: string, reading: Reading, choices: Choices): Portable {
  const labelAt = reading.columns.findIndex((c) => c.use === 'label');
  if (reading.format === 'json') return fromJson(text, labelAt, choices);
  if (reading.format === 'values') {
    return { names: null, rows: [], labelAt, valuesText: text.trim(), extra: [], tableProblem: 'Typed values stay typed: use the values form or a data file.', valuesProblem: null };
  }
  return fromCsv(text, reading, labelAt, choices);
}

function fromCsv(text: string, reading: Reading, labelAt: number, choices: Choices): Portable {
  const trace = newTrace();
  const read = csvGrid(text, { trace });
  const names = read ? read.grid.names!.map((n) => n ?? '') : [];
  const width = names.length;
  const noteRows = new Set(reading.rows.filter((r) => r.role === 'note').map((r) => r.where));
  const body = (read?.grid.rows ?? []).filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''));
  // Note lines above the header go where a table holds notes: under the data, before its own.
  let at = body.length;
  while (at > 0 && noteRows.has(body[at - 1]!.where)) at--;
  const above = trace.titles.filter((t) => t.note).map((t) => [t.text, ...Array<string>(Math.max(0, width - 1)).fill('')]);
  const rows = body.map((r) => Array.from({ length: width }, (_, i) => String(r.cells[i] ?? '')));
  rows.splice(at, 0, ...above);
  const extra: [string, string][] = [];
  // A semicolon file writes decimal commas unless its cells say otherwise; a table or JSON
  // doesn't say how it was separated, so the mark the reader settled on is written down.
  if (reading.format === 'semicolon' && !choices.decimal) {
    const marks = new Set(reading.columns.filter((c) => c.use === 'value' || c.use === 'series').flatMap((c) => (c.decimal ? [c.decimal.mark] : [])));
    if (marks.size === 1) extra.push(['decimal', [...marks][0]!]);
  }
  extra.push(...pinned(names, reading, choices));
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  return {
    names,
    rows,
    labelAt,
    valuesText: null,
    extra,
    tableProblem: null,
    valuesProblem: repeated === undefined ? null : `Two columns are named “${repeated}”, so the data can’t be written as values: use the table form.`,
  };
}

function fromJson(text: string, labelAt: number, choices: Choices): Portable {
  let json: unknown;
  try {
    json = JSON.parse(text.trim());
  } catch {
    return { names: null, rows: [], labelAt, valuesText: text.trim(), extra: [], tableProblem: 'This JSON can’t be read, so it can’t be made a table.', valuesProblem: null };
  }
  const valuesText = JSON.stringify(json);
  const cell = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v == null ? '' : JSON.stringify(v));
  let names: string[] | null = null;
  let rows: string[][] = [];
  let tableProblem: string | null = null;
  if (Array.isArray(json) && json.some((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
    const keys: string[] = [];
    for (const e of json) if (e && typeof e === 'object' && !Array.isArray(e)) for (const k of Object.keys(e)) if (!keys.includes(k)) keys.push(k);
    names = keys;
    rows = json.map((e) => keys.map((k) => cell((e as Record<string, unknown>)?.[k])));
  } else if (Array.isArray(json) && json.every((e) => Array.isArray(e))) {
    const [head, ...rest] = json as unknown[][];
    // A first row of names (["Year", "Facebook"]), as the reader of several series takes it.
    const headed = !!head && head.length >= 2 && head.every((c) => typeof c === 'string') && !head.slice(1).every((c) => /^[\d\s.,%+-]*$/.test(String(c)));
    names = headed ? head.map(cell) : null;
    rows = (headed ? rest : json as unknown[][]).map((e) => e.map(cell));
  } else if (json && typeof json === 'object' && !Array.isArray(json) && !('series' in json)) {
    rows = Object.entries(json).map(([k, v]) => [k, cell(v)]);
  } else {
    tableProblem = 'This JSON’s shape has no table form: use the values form.';
  }
  // JSON writes numbers with a decimal point; as table text, "5.162" alone could read either way.
  const extra: [string, string][] = choices.decimal ? [] : [['decimal', '.']];
  if (names) extra.push(...pinned(names, null, choices));
  return { names, rows, labelAt, valuesText, extra, tableProblem, valuesProblem: null };
}

/**
 * JSON objects with a `label` or `value` key are read by those keys; a table by the column
 * rules. Where the keys could mean either, the columns the reading chose are named.
 */
function pinned(names: string[], reading: Reading | null, choices: Choices): [string, string][] {
  if (choices.labelColumn || choices.valueColumn || !names.some((n) => n === 'label' || n === 'value')) return [];
  if (!reading) return names.includes('label') && names.includes('value') ? [['label-column', 'label'], ['value-column', 'value']] : [];
  const label = reading.columns.find((c) => c.use === 'label')?.name;
  const value = reading.columns.find((c) => c.use === 'value')?.name;
  return [...(label ? [['label-column', label] as [string, string]] : []), ...(value ? [['value-column', value] as [string, string]] : [])];
}
