import { dsvFormat } from 'd3-dsv';
import { quote } from './messages.js';
import { parseNumber } from './parse-number.js';
import { parseJsonText } from './parse-values.js';
import type { Datum, ParseResult } from './types.js';
import { checkCount, checkRows } from './validate.js';

/** Which columns of a CSV hold the labels and the values, by header name. */
export interface CsvOptions {
  /** Header of the label column (trimmed, case-insensitive); default: the first text column. */
  labelColumn?: string | null;
  /** Header of the value column (trimmed, case-insensitive); default: the first number column. */
  valueColumn?: string | null;
}

/**
 * Reads CSV text (a spreadsheet's "Download as CSV") into chart data. Never throws.
 *
 * The first non-blank row is the header. Without options, the label column is the first
 * column whose cells are not all numbers (or the first column, when every column is numeric,
 * e.g. years and counts), and the value column is the first other column whose non-empty cells
 * all read as numbers, preferring one to the right of the labels. Blank lines are skipped. Rows are numbered as a spreadsheet shows them
 * (the header is row 1) so a message points at the right row.
 */
export function parseCsv(text: string, opts: CsvOptions = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'The CSV must be text.' };
  const table = readCsvRows(text);
  const { header, rows } = table;
  if (header === null || rows.length === 0) return { ok: true, data: [] };
  const tooMany = checkCount(rows.length);
  if (tooMany) return tooMany;

  const names = header.map((h) => h.trim());
  // At most 10 names, so a file with thousands of columns still gives a readable message.
  const shown = names.slice(0, 10).map((n) => n || '(blank)');
  const columns = `columns: ${shown.join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;
  const find = (wanted: string): number | string => {
    const key = wanted.trim().toLowerCase();
    const at = names.findIndex((n) => n.toLowerCase() === key);
    return at >= 0 ? at : `No column named "${wanted.trim()}" (${columns}).`;
  };
  // "Mostly numbers" rather than "all numbers": a column of counts with one typo is still the
  // value column, and the typo is then reported by its row instead of "no column of numbers".
  const isNumeric = (c: number): boolean => {
    const filled = rows.filter(({ cells }) => (cells[c] ?? '').trim() !== '');
    const numbers = filled.filter(({ cells }) => parseNumber(cells[c]!) !== null).length;
    return filled.length > 0 && numbers * 2 > filled.length;
  };
  const hasCells = (c: number): boolean => rows.some(({ cells }) => (cells[c] ?? '').trim() !== '');

  let labelAt = -1;
  let valueAt = -1;
  if (opts.labelColumn) {
    const at = find(opts.labelColumn);
    if (typeof at === 'string') return { ok: false, error: at };
    labelAt = at;
  }
  if (opts.valueColumn) {
    const at = find(opts.valueColumn);
    if (typeof at === 'string') return { ok: false, error: at };
    valueAt = at;
  }
  if (labelAt >= 0 && labelAt === valueAt) {
    return { ok: false, error: `The label column and the value column are both "${names[labelAt]}".` };
  }
  if (labelAt < 0) {
    const others = names.map((_, c) => c).filter((c) => c !== valueAt);
    labelAt = others.find((c) => hasCells(c) && !isNumeric(c)) ?? others[0] ?? -1;
  }
  if (valueAt < 0) {
    // Prefer a number column after the labels: in "Year,Platform,Cases" the year is not the value.
    const numeric = names.map((_, c) => c).filter((c) => c !== labelAt && hasCells(c) && isNumeric(c));
    valueAt = numeric.find((c) => c > labelAt) ?? numeric[0] ?? -1;
  }
  if (labelAt < 0 || valueAt < 0) {
    return { ok: false, error: `The CSV has no column of numbers to chart (${columns}).` };
  }

  const data: Datum[] = [];
  for (const { cells, line } of rows) {
    const label = (cells[labelAt] ?? '').trim();
    const valueText = cells[valueAt] ?? '';
    const value = parseNumber(valueText);
    if (value === null) {
      return {
        ok: false,
        error: `Row ${line} (${quote(label)}, ${quote(valueText)}) has no number in column "${names[valueAt]}".`,
      };
    }
    data.push({ label, value });
  }
  return checkRows(data, (i) => `Row ${rows[i].line}`);
}

/**
 * Reads a fetched file as JSON or CSV. JSON when the content type says so or the text starts
 * with `[` or `{`; otherwise CSV, which must have at least two columns. An HTML page (a
 * server's "not found" page served with status 200, a login wall) is refused outright.
 */
export function parseDataText(text: string, contentType: string | null, opts: CsvOptions = {}): ParseResult {
  if (typeof text !== 'string') return notData();
  const trimmed = stripBom(text).trim();
  if ((contentType ?? '').toLowerCase().includes('json') || /^[[{]/.test(trimmed)) {
    return parseJsonText(trimmed, 'The file looks');
  }
  if (/^<[!?a-z]/i.test(trimmed)) return notData();
  const { header } = readCsvRows(trimmed);
  if (header !== null && header.length < 2) return notData();
  return parseCsv(trimmed, opts);
}

function notData(): ParseResult {
  return { ok: false, error: 'The file is not CSV or JSON.' };
}

/** A byte-order mark, which Excel writes at the start of "CSV UTF-8" files. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The separator the file uses: commas, or the semicolons a spreadsheet writes where the comma is
 * the decimal mark (Excel in most of Europe), or tabs (a sheet published as TSV). Whichever
 * splits the first line into the most fields, commas on a tie.
 */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => dsvFormat(d).parseRows(line)[0]?.length ?? 0;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), candidates[0]);
}

/** The header and the non-blank data rows, each with its spreadsheet row number. */
function readCsvRows(text: string): { header: string[] | null; rows: { cells: string[]; line: number }[] } {
  const clean = stripBom(text);
  const all = dsvFormat(sniffDelimiter(clean)).parseRows(clean);
  const rows: { cells: string[]; line: number }[] = [];
  let header: string[] | null = null;
  for (let i = 0; i < all.length; i++) {
    const cells = all[i];
    if (cells.every((c) => c.trim() === '')) continue;
    if (header === null) header = cells;
    else rows.push({ cells, line: i + 1 });
  }
  return { header, rows };
}
