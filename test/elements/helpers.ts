import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FoiChart } from '../../src/base/foi-chart.js';

/** Renders an element and waits until it has drawn or settled. */
export async function settled<T extends FoiChart>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.rendered;
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;

/** The data table's body rows as [label, value, share] text. */
export function tableRows(el: Element): string[][] {
  return Array.from(shadow(el).querySelectorAll('table tbody tr')).map((tr) =>
    Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim()),
  );
}

export function messageText(el: Element): string {
  return (shadow(el).querySelector('[part~="message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
