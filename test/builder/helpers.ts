import { fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import '../../src/builder/index.js';
import type { FoiChartBuilder } from '../../src/builder/index.js';
import type { ChartElement } from '../../src/builder/preview.js';

/** A spreadsheet pasted as it is: a total row, three number columns. */
export const TSV = 'Platform\tCases 2015\tCases 2016\tCases 2017\nFacebook\t80\t90\t91\nSnapchat\t40\t41\t42\nInstagram\t10\t20\t21\nTotal\t130\t151\t154';

export async function builder(): Promise<FoiChartBuilder> {
  const el = await fixture<FoiChartBuilder>(html`<foi-chart-builder version="0.1.0" integrity-url="/__test/cdn/dist/integrity.json"></foi-chart-builder>`);
  await el.settled;
  return el;
}

export const $ = <T extends Element = HTMLElement>(b: FoiChartBuilder, selector: string): T => {
  const found = b.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};

/** Types into a field as a user's paste or typing does: the value, then an input event. */
export async function type(b: FoiChartBuilder, selector: string, text: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(b, selector);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await b.settled;
}

/** Picks a select's option by its value, as a user does. */
export async function choose(b: FoiChartBuilder, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(b, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await b.settled;
}

/** Loads a URL from the URL field, as a user does, and waits until it has loaded or failed. */
export async function load(b: FoiChartBuilder, url: string): Promise<void> {
  await type(b, '#url', url);
  $<HTMLFormElement>(b, 'form.url').requestSubmit();
  await b.settled;
}

/** What a chart draws: its labels and each dataset's figures, its summary and notes. */
export function drawn(chart: ChartElement & { chart?: { data: { labels?: unknown[]; datasets: { data: unknown[] }[] } } | null }) {
  const data = chart.chart?.data;
  const labels = (data?.labels ?? []).map(String);
  return {
    state: chart.getAttribute('state'),
    pairs: Object.fromEntries(labels.map((label, i) => [label, (data?.datasets ?? []).map((d) => d.data[i])])),
    summary: chart.summaryText,
    notes: Array.from(chart.shadowRoot?.querySelectorAll('[part~="notes"] p') ?? []).map((p) => p.textContent!.replace(/\s+/g, ' ').trim()),
  };
}

/** The other origin of the test server (localhost ↔ 127.0.0.1), as a CDN. */
export function otherOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}`;
}

/** An empty page holding `body` (and `head`), served by the test server, in an iframe. */
export async function freshPage(body: string, head = '<script src="/dist/foi-charts.js" defer></script>'): Promise<Window> {
  const name = `builder-${Math.random().toString(36).slice(2)}`;
  const page = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Pasted from the builder</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  await fetch(`/__test/store/${name}`, { method: 'PUT', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: page });
  const frame = document.createElement('iframe');
  frame.style.width = '720px';
  frame.style.height = '1200px';
  frame.src = `/__test/store/${name}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

/** The chart in a page, once its tag is defined and it has drawn. */
export async function chartIn(win: Window, selector: string): Promise<ChartElement> {
  const tag = selector.split(/[\s.[#]/)[0]!;
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector(selector) as ChartElement;
  el.scrollIntoView();
  await el.rendered;
  await el.updateComplete;
  return el;
}
