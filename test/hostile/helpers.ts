/**
 * Helpers for the hostile-environment tests: what a reader sees (state, message, table text),
 * and a trap for uncaught errors that would otherwise only show in the runner's log.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ChartState, FoiChart } from '../../src/base/foi-chart.js';
import { flat, messageText, nextFrame, shadow, tableRows } from '../support/chart.js';

export { flat, messageText, nextFrame, shadow, tableRows };
export type State = ChartState;

/** True when the element has a box on screen (not display:none, not zero-size). */
export function isShown(el: Element | null | undefined): boolean {
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The row labels of the data table, exactly as their text nodes hold them. */
export function tableLabels(el: Element): string[] {
  return Array.from(shadow(el).querySelectorAll('table tbody th')).map((th) => th.textContent ?? '');
}

/** Waits until the element leaves `loading`, then until it has drawn or settled. */
export async function settle<T extends FoiChart>(el: T, timeout = 8000): Promise<T> {
  await el.updateComplete;
  await waitUntil(() => el.state !== 'loading', `still loading: ${messageText(el)}`, { timeout });
  await el.rendered;
  await el.updateComplete;
  return el;
}

/** Renders a template and waits until it has settled. */
export async function mount<T extends FoiChart>(template: TemplateResult, timeout?: number): Promise<T> {
  const el = await fixture<T>(template);
  return settle(el, timeout);
}

/** Builds an element from a tag and attributes (set with setAttribute: no template escaping). */
export function make<T extends FoiChart>(tag: string, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** A container attached to the body for the duration of one test. */
export function stage(width = 640): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'hostile-stage';
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

export function clearStages(): void {
  for (const s of Array.from(document.querySelectorAll('.hostile-stage'))) s.remove();
}

/**
 * Records uncaught errors and unhandled rejections from `install()` until `stop()`. The runner
 * fails a test file on an uncaught error too, but only this names the test it happened in.
 */
export function errorTrap() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  return {
    errors,
    install() {
      errors.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let unique = 0;
/** A URL no other test (or the data cache) has seen, so each test really fetches. */
export function fresh(url: string): string {
  unique++;
  return `${url}${url.includes('?') ? '&' : '?'}u=${Date.now()}-${unique}`;
}
