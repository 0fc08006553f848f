import { readGrid, type Grid, type GridOptions, type GridRow } from './grid.js';
import { isMissing } from './markers.js';
import { readNumber } from './parse-number.js';
import type { ParseResult } from './types.js';
import { checkCount } from './validate.js';

/** What a data table gives besides its rows: the words a page already wrote around it. */
export interface TableExtras {
  /** The `<caption>` text, used as the heading when the element has none. */
  caption?: string;
}

/**
 * Reads a page's `<table>` (the progressive-enhancement path) by the same rules as a CSV file:
 * the label and value columns are chosen from the header (or by `label-column` and
 * `value-column`), total rows become the total, "no figure" markers are left out and named.
 * Never throws.
 *
 * Header rows are the rows in `<thead>`, and rows whose cells are all `<th>` and that hold no
 * number (a row headed by a `<th>` label with a numeric cell is data). Rows in `<tfoot>` are a
 * total or notes, never categories. Rows are numbered as a reader counts them down the table,
 * header included.
 */
export function readTable(table: HTMLTableElement, options: GridOptions = {}): ParseResult & TableExtras {
  const extras: TableExtras = {};
  const caption = table.caption ? cellText(table.caption) : '';
  if (caption) extras.caption = caption;

  const all = Array.from(table.rows);
  const tooMany = checkCount(all.length - 1);
  if (tooMany) return { ...tooMany, ...extras };
  return { ...readGrid(tableGrid(table), options), ...extras };
}

/**
 * A page's `<table>` as a grid, by {@link readTable}'s rules for header, body and footer rows.
 * Shared with the reader of several series.
 */
export function tableGrid(table: HTMLTableElement): Grid {
  const all = Array.from(table.rows);
  const bodies = Array.from(table.tBodies).filter((b) => b.rows.length > 0);
  let names: string[] | null = null;
  const rows: GridRow[] = [];
  for (let i = 0; i < all.length; i++) {
    const row = all[i]!;
    const section = row.parentElement?.localName;
    const cells = Array.from(row.cells);
    // A cell spanning columns stands in each of them, as a reader sees it ("B" across the
    // value column is not a number there), up to the 100 columns a chart could ever read.
    const texts = cells.flatMap((c) => Array<string>(Math.min(Math.max(c.colSpan, 1), 100)).fill(cellText(c)));
    // One <th> alone, once the columns are named, heads a group of rows rather than the table.
    const single = cells.every((c) => c.localName === 'th') && cells.filter((c) => cellText(c) !== '').length === 1;
    const isHeader =
      section === 'thead' ||
      (section !== 'tfoot' &&
        rows.length === 0 &&
        !(single && names !== null) &&
        cells.every((c) => c.localName === 'th') &&
        texts.slice(1).every((t) => readNumber(t, 'dot') === null && readNumber(t, 'comma') === null));
    if (isHeader) {
      // The last header row names the columns (a first one may span them with a title).
      if (texts.filter(Boolean).length >= 2 || names === null) names = texts;
      continue;
    }
    const gridRow: GridRow = { cells: texts, where: `Table row ${i + 1}`, footer: section === 'tfoot' };
    // A row of one <th> after the header (often spanning the table) heads the rows under it ("North").
    if (section !== 'tfoot' && single && !isMissing(texts[0]) && readNumber(texts[0] ?? '', 'dot') === null) {
      gridRow.heading = true;
      gridRow.cells = [texts[0] ?? '', ...texts.slice(1).map(() => '')];
    }
    const indent = cells[0] ? indentOf(cells[0]) : 0;
    if (indent) gridRow.indent = indent;
    if (bodies.length > 1 && section === 'tbody') gridRow.group = bodies.indexOf(row.parentElement as HTMLTableSectionElement);
    rows.push(gridRow);
  }
  return { names, rows };
}

/**
 * How far a page table indents a label cell, in CSS px: its inline `padding-left`,
 * `text-indent` or `margin-left` (or its first child's), or leading no-break spaces, which
 * pasted spreadsheets use. 0 when none.
 */
function indentOf(cell: HTMLTableCellElement): number {
  const px = (el: Element | null) => {
    const style = (el as HTMLElement | null)?.style;
    if (!style) return 0;
    const font = 16;
    return ['paddingLeft', 'textIndent', 'marginLeft', 'paddingInlineStart', 'marginInlineStart']
      .map((name) => style[name as 'paddingLeft'])
      .reduce((sum, value) => sum + lengthPx(value, font), 0);
  };
  const spaces = /^[\s\u00a0\u3000]*/.exec(cell.textContent ?? '')![0];
  const nbsp = [...spaces].filter((c) => c === '\u00a0' || c === '\u3000').length;
  return px(cell) + px(cell.firstElementChild) + (nbsp > 1 ? nbsp * 4 : 0);
}

/** A CSS length as px (em and rem as 16 px, ch as 8): enough to tell indents apart. */
function lengthPx(value: string, font: number): number {
  const m = /^(-?[\d.]+)(px|em|rem|ch|pt)?$/.exec((value ?? '').trim());
  if (!m) return 0;
  const n = Number(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n * font : m[2] === 'ch' ? n * 8 : m[2] === 'pt' ? (n * 4) / 3 : n;
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
