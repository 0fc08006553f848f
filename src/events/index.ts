import type { Chart } from 'chart.js';

/** Fired when a chart has been drawn (or redrawn with new data). */
export interface FoiRenderDetail {
  chart: Chart;
}
/** Fired when data can't be read or drawn; `message` is what the figure shows. */
export interface FoiErrorDetail {
  message: string;
}
/** Fired when keyboard focus moves to a bar or part. */
export interface FoiFocusDetail {
  index: number;
  label: string;
  /** `null`: a gap (no figure) in a series. */
  value: number | null;
  /** The series' name, on charts of several series. */
  series?: string;
}

export type FoiRenderEvent = CustomEvent<FoiRenderDetail>;
export type FoiErrorEvent = CustomEvent<FoiErrorDetail>;
export type FoiFocusEvent = CustomEvent<FoiFocusDetail>;

/** Every foi-charts event by name, with its type. */
export interface FoiEventMap {
  'foi-render': FoiRenderEvent;
  'foi-error': FoiErrorEvent;
  'foi-focus': FoiFocusEvent;
}

// `el.addEventListener('foi-render', (e) => e.detail.chart)` is typed on elements, on
// `document` and on `window` (the events bubble and are composed).
declare global {
  interface GlobalEventHandlersEventMap extends FoiEventMap {}
  interface HTMLElementEventMap extends FoiEventMap {}
  interface DocumentEventMap extends FoiEventMap {}
  interface WindowEventMap extends FoiEventMap {}
}

/** Every event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
