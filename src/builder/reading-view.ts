/**
 * "What was read": the reading API's result as two tables a journalist can check against the
 * spreadsheet — each column's kind, use and reason, each row's role and reason — in words, with
 * colour only as a second cue. Pure templates and words.
 */
import { html, nothing } from 'lit';
import { createFormat } from '../core/format.js';
import type { ReadColumn, Reading, ReadRow } from '../read/index.js';

/** The most rows shown; a long file says how many more there are. */
export const ROWS_SHOWN = 200;

const FORMATS: Record<Reading['format'], string> = {
  csv: 'comma-separated text (CSV)',
  semicolon: 'semicolon-separated text (a spreadsheet that writes decimal commas)',
  tsv: 'tab-separated text (cells pasted from a spreadsheet)',
  json: 'JSON',
  values: 'typed values (label: number)',
  rows: 'rows of cells',
};

const ROLES: Record<ReadRow['role'], string> = {
  part: 'part',
  total: 'total',
  subtotal: 'subtotal',
  'of-which': '“of which” item',
  group: 'group heading',
  missing: 'no figure',
  note: 'note',
  title: 'title line',
  'filtered out': 'filtered out',
};

const USES: Record<ReadColumn['use'], string> = {
  label: 'labels',
  value: 'drawn',
  series: 'drawn, a series',
  'series names': 'names the series',
  'left out': 'left out',
  unused: 'not used',
};

/** How the sentence counts rows of each role: one, many. */
const COUNTED: [ReadRow['role'], string, string][] = [
  ['total', 'total', 'totals'],
  ['subtotal', 'subtotal', 'subtotals'],
  ['of-which', '“of which” item', '“of which” items'],
  ['group', 'group heading', 'group headings'],
  ['missing', 'row with no figure', 'rows with no figure'],
  ['note', 'note', 'notes'],
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence: what was read, and what is drawn. */
export function readingSentence(r: Reading): string {
  const rows = r.rows.filter((row) => row.role !== 'title' && row.role !== 'filtered out');
  const counted = COUNTED.map(([role, one, many]) => [rows.filter((row) => row.role === role).length, one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => count(n, one, many));
  const titles = r.rows.filter((row) => row.role === 'title').length;
  const filtered = r.rows.filter((row) => row.role === 'filtered out').length;
  // A reading that stopped before the columns were named has nothing to count.
  const counts = r.columns.length || rows.length ? `: ${count(r.columns.length, 'column', 'columns')}, ${count(rows.length, 'row', 'rows')}` : '';
  const read = [
    `Read as ${FORMATS[r.format]}${counts}`,
    counted.length ? ` (${counted.join(', ')})` : '',
    titles ? `, ${count(titles, 'title line', 'title lines')} above the header` : '',
    filtered ? `, ${count(filtered, 'row', 'rows')} filtered out` : '',
    '. ',
  ].join('');
  if (!r.ok) return `${read}The chart would not be drawn: ${r.message}`;
  const drawn = r.columns.filter((c) => c.use === 'value' || c.use === 'series').map((c) => `“${c.name}”`);
  const label = r.columns.find((c) => c.use === 'label');
  const what = r.series.length > 1 ? `${r.series.length} series` : drawn.length ? drawn.join(', ') : 'the figures';
  return `${read}Drawing ${what}${label ? ` by “${label.name}”` : ''}: ${count(r.labels.length, 'label', 'labels')}.`;
}

/** A mark that settled nothing (whole numbers, no separators) is not worth a line. */
const TRIVIAL_MARK = /^every cell reads the same either way$/;

/** The columns: name, kind, use and why, and the decimal mark where one was settled. */
export function columnsTable(r: Reading) {
  return html`<div class="scroll" role="region" aria-labelledby="columns-caption" tabindex="0">
    <table class="reading columns">
      <caption id="columns-caption">Columns</caption>
      <thead>
        <tr><th scope="col">Column</th><th scope="col">Holds</th><th scope="col">Used as</th><th scope="col">Why</th></tr>
      </thead>
      <tbody>
        ${r.columns.map(
          (c) => html`<tr class="use-${c.use.replace(/\s+/g, '-')}">
            <th scope="row">${c.name || '(no name)'}</th>
            <td>${c.kind}</td>
            <td>${USES[c.use]}</td>
            <td>${c.why}${c.decimal && !TRIVIAL_MARK.test(c.decimal.why) ? html`<br /><span class="mark">Decimal mark “${c.decimal.mark}”: ${c.decimal.why}.</span>` : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The rows in the source's order: where, label, role (drawn or not), figures read, why. */
export function rowsTable(r: Reading, locale: string) {
  const fmt = createFormat(locale || 'en-GB', { max: Math.max(r.decimals, 0) || 2 });
  const shown = r.rows.slice(0, ROWS_SHOWN);
  const valueNames = r.columns.filter((c) => c.use === 'value' || c.use === 'series').map((c) => c.name);
  return html`<div class="scroll rows" role="region" aria-labelledby="rows-caption" tabindex="0">
    <table class="reading rows">
      <caption id="rows-caption">Rows${r.rows.length > ROWS_SHOWN ? ` (the first ${ROWS_SHOWN} of ${r.rows.length})` : ''}</caption>
      <thead>
        <tr><th scope="col">Row</th><th scope="col">Label</th><th scope="col">Role</th><th scope="col">Figures</th><th scope="col">Why</th></tr>
      </thead>
      <tbody>
        ${shown.map(
          (row) => html`<tr class="role-${row.role.replace(/\s+/g, '-')}${row.drawn ? ' drawn' : ''}">
            <td>${row.where}</td>
            <th scope="row">${row.label}</th>
            <td><span class="role">${ROLES[row.role]}</span>${row.role === 'part' ? (row.drawn ? ', drawn' : ', not drawn') : nothing}</td>
            <td>${figures(row, valueNames, fmt)}</td>
            <td>${row.why}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function figures(row: ReadRow, names: string[], fmt: ReturnType<typeof createFormat>): string {
  const several = row.values.length > 1;
  return row.values
    .map((v, i) => `${several && names[i] ? `${names[i]}: ` : ''}${v === null ? 'no figure' : fmt.number(v)}`)
    .join('; ');
}

/** Attribute settings a message or note offers (`filter="Year=2024"`), to apply with one click. */
export function suggestions(texts: string[]): { name: string; value: string }[] {
  const found = new Map<string, { name: string; value: string }>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b(label-column|value-columns?|series-column|filter|level|decimal)="([^"]*)"/g)) {
      const key = `${m[1]}=${m[2]}`;
      if (!found.has(key)) found.set(key, { name: m[1]!, value: m[2]! });
    }
  }
  return [...found.values()];
}
