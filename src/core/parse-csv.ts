import { dsvFormat } from 'd3-dsv';
import { readGrid, type Grid, type GridOptions, type GridRow } from './grid.js';
import { isNoteText } from './markers.js';
import type { StyleContext } from './parse-number.js';
import { parseJsonText } from './parse-values.js';
import type { ParseResult } from './types.js';

/** How to read a CSV: which columns, by header name, and what settles decimal marks. */
export type CsvOptions = GridOptions;

/**
 * Reads CSV text (a spreadsheet's "Download as CSV") into chart data. Never throws.
 *
 * The header is the first row with at least two filled cells: title lines above it are skipped,
 * and note or source lines there become notes. The columns and every value follow the rules of
 * {@link readGrid}. A semicolon-separated file writes decimal commas (Excel in most of Europe),
 * unless the page's `decimal` attribute says otherwise. Rows are numbered as a spreadsheet
 * shows them, so a message points at the right row.
 */
export function parseCsv(text: string, opts: CsvOptions = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'The CSV must be text.' };
  const read = csvGrid(text, opts);
  if (!read) return { ok: true, data: [] };
  return readGrid(read.grid, { ...opts, decimal: read.decimal });
}

/**
 * CSV text as a grid, as {@link parseCsv} reads it (header found under any title lines, notes
 * above it kept), with what the separator says about decimal marks; null when no row has a
 * filled cell. Shared with the reader of several series.
 */
export function csvGrid(text: string, opts: CsvOptions = {}): { grid: Grid; decimal: StyleContext | undefined } | null {
  const clean = stripBom(text);
  const delimiter = sniffDelimiter(clean);
  const all = dsvFormat(delimiter).parseRows(clean);
  const notes: string[] = [];
  let headerAt = all.findIndex((cells) => cells.filter((c) => c.trim() !== '').length >= 2);
  if (headerAt < 0) headerAt = all.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) return null;
  all.slice(0, headerAt).forEach((cells, i) => {
    const line = cells.map((c) => c.trim()).filter(Boolean).join(', ');
    if (isNoteText(line)) notes.push(line);
    if (line) opts.trace?.titles.push({ where: `Row ${i + 1}`, text: line, note: isNoteText(line) });
  });
  if (opts.trace) opts.trace.header = `Row ${headerAt + 1}`;
  const rows: GridRow[] = [];
  for (let i = headerAt + 1; i < all.length; i++) rows.push({ cells: all[i]!, where: `Row ${i + 1}` });
  const decimal = opts.decimal?.forced || delimiter !== ';' ? opts.decimal : { style: 'comma' as const };
  return { grid: { names: all[headerAt]!, rows, notes }, decimal };
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
    return parseJsonText(trimmed, 'The file looks', opts);
  }
  if (/^<[!?a-z]/i.test(trimmed)) return notData();
  // A CSV has a row of two or more fields among its first lines (a title may come first).
  const rows = dsvFormat(sniffDelimiter(trimmed)).parseRows(trimmed.split(/\r?\n/, 20).join('\n'));
  if (trimmed && !rows.some((cells) => cells.length >= 2)) return notData();
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
 * the decimal mark (Excel in most of Europe), or tabs (a sheet published as TSV). Looks at the
 * first 20 lines, since a title line may come first: the separator whose most common field
 * count (two or more) holds in the most lines wins; then the one giving more fields; commas on a tie.
 */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text.split(/\r?\n/, 40).filter((l) => l.trim() !== '').slice(0, 20);
  const score = (d: string): [number, number] => {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = dsvFormat(d).parseRows(line)[0]?.length ?? 0;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let best: [number, number] = [0, 0];
    for (const [fields, seen] of counts) if (seen > best[0] || (seen === best[0] && fields > best[1])) best = [seen, fields];
    return best;
  };
  const candidates = [',', ';', '\t'] as const;
  const scored = candidates.map((d) => [d, score(d)] as const);
  return scored.reduce((a, b) => (b[1][0] > a[1][0] || (b[1][0] === a[1][0] && b[1][1] > a[1][1]) ? b : a))[0];
}
