import { quote } from './messages.js';
import { parseNumber } from './parse-number.js';
import type { Datum, ParseResult } from './types.js';
import { checkCount, checkRows } from './validate.js';

/** What a data table gives besides its rows: the words a page already wrote around it. */
export interface TableExtras {
  /** The `<caption>` text, used as the heading when the element has none. */
  caption?: string;
  /** The header of the label column, e.g. "Platform". */
  labelHeader?: string;
  /** The header of the value column, e.g. "Cases". */
  valueHeader?: string;
}

/**
 * Reads a page's `<table>` (the progressive-enhancement path): first column labels, second
 * column numbers. Never throws.
 *
 * Header rows are the rows in `<thead>`, and rows whose cells are all `<th>` and whose second
 * cell is not a number (a row headed by a `<th>` label with a numeric cell is data). Rows in
 * `<tfoot>` are skipped: they usually hold a total, which is not a category. Empty rows are
 * skipped. Rows are numbered as a reader counts them down the table, header included.
 */
export function readTable(table: HTMLTableElement): ParseResult & TableExtras {
  const extras: TableExtras = {};
  const caption = table.caption ? cellText(table.caption) : '';
  if (caption) extras.caption = caption;

  const rows = Array.from(table.rows);
  const tooMany = checkCount(rows.length - 1);
  if (tooMany) return { ...tooMany, ...extras };
  const data: Datum[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const section = row.parentElement?.localName;
    if (section === 'tfoot') continue;
    const cells = Array.from(row.cells);
    const texts = cells.map(cellText);
    if (texts.every((t) => t === '')) continue;
    const isHeader =
      section === 'thead' ||
      (cells.every((c) => c.localName === 'th') && parseNumber(texts[1] ?? '') === null);
    if (isHeader) {
      if (texts[0]) extras.labelHeader = texts[0];
      if (texts[1]) extras.valueHeader = texts[1];
      continue;
    }
    const name = `Table row ${i + 1} (${quote(texts[0] ?? '')})`;
    if (texts.length < 2 || texts[1] === '') {
      return { ok: false, error: `${name} has no number.`, ...extras };
    }
    const value = parseNumber(texts[1]);
    if (value === null) {
      return { ok: false, error: `${name} has no number: ${quote(texts[1])}.`, ...extras };
    }
    data.push({ label: texts[0], value });
    numbers.push(i + 1);
  }
  return { ...checkRows(data, (k) => `Table row ${numbers[k]}`), ...extras };
}

/**
 * Finds the data table a page put inside a chart element: the first `<table>` in document
 * order, looking through wrapper elements (`<p>`, `<div>`, `<figure>` …) because WordPress's
 * paragraph filter wraps children in stray `<p>`s. Tables inside nested custom elements (tag
 * names with a `-`) belong to those elements and are not looked at.
 */
export function findDataTable(host: Element): HTMLTableElement | null {
  for (const child of Array.from(host.children)) {
    const tag = child.localName;
    if (tag === 'table') return child as HTMLTableElement;
    if (tag.includes('-')) continue;
    const inner = findDataTable(child);
    if (inner) return inner;
  }
  return null;
}

/** A cell's text as a reader sees it: trimmed, runs of whitespace as one space. */
function cellText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
