/**
 * The live preview: the real chart element, kept in step with a `ChartSpec` (the one the copied
 * tag is written from), updated in place so that Chart.js redraws rather than starts again; and
 * what the preview shows besides pixels: its messages and notes.
 */
import { indented, type ChartSpec, type SpecTable } from './snippets.js';

/** A chart element as the builder reads it. */
export type ChartElement = HTMLElement & { rendered: Promise<void>; summaryText: string; updateComplete: Promise<boolean> };

const tables = new WeakMap<Element, string>();

/**
 * Makes `container`'s chart the one `spec` describes, plus `extra` attributes (the preview's
 * own, such as `eager`), and returns it. A new element only when the tag changes.
 */
export function syncChart(container: HTMLElement, spec: ChartSpec, extra: [string, string][] = []): ChartElement {
  let el = container.firstElementChild as ChartElement | null;
  if (!el || el.localName !== spec.tag) {
    const fresh = document.createElement(spec.tag) as ChartElement;
    if (el) el.replaceWith(fresh);
    else container.append(fresh);
    el = fresh;
  }
  const wanted = new Map([...spec.attributes, ...extra]);
  for (const name of el.getAttributeNames()) if (!wanted.has(name) && name !== 'state') el.removeAttribute(name);
  for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  const key = spec.table ? JSON.stringify(spec.table) : '';
  if (tables.get(el) !== key) {
    tables.set(el, key);
    el.replaceChildren(...(spec.table ? [tableElement(spec.table)] : []));
  }
  return el;
}

/** The same table as snippets.ts's `tableHtml`, built as DOM. */
export function tableElement(t: SpecTable): HTMLTableElement {
  const table = document.createElement('table');
  if (t.caption) table.createCaption().textContent = t.caption;
  if (t.names) {
    const row = table.createTHead().insertRow();
    for (const name of t.names) row.append(cell('th', name, 'col'));
  }
  const body = table.createTBody();
  for (const cells of t.rows) {
    const row = body.insertRow();
    cells.forEach((text, i) => row.append(i === t.labelAt ? cell('th', indented(text), 'row') : cell('td', text.trim())));
  }
  return table;
}

function cell(tag: 'th' | 'td', text: string, scope?: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  if (scope) el.scope = scope;
  el.textContent = text;
  return el;
}

/** What the chart says in words besides its parts: its state, the message (error, empty), the notes under it. */
export function chartMessages(el: Element): { state: string; message: string; notes: string[] } {
  const root = el.shadowRoot;
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    state: el.getAttribute('state') ?? 'loading',
    message: text(root?.querySelector('[part~="message"]')),
    notes: Array.from(root?.querySelectorAll('[part~="notes"] p') ?? []).map(text),
  };
}
