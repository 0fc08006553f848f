import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FoiChart } from '../../src/base/foi-chart.js';

export { flat, messageText, nextFrame, shadow, tableRows } from '../support/chart.js';

/** Renders an element and waits until it has drawn or settled. */
export async function settled<T extends FoiChart>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.rendered;
  await el.updateComplete;
  return el;
}

/** Renders a wrapper (a sized container, a `lang` ancestor) and waits for the chart inside it. */
export async function settledIn<T extends FoiChart>(template: TemplateResult, selector: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.querySelector(selector) as T;
  await el.rendered;
  await el.updateComplete;
  return el;
}
