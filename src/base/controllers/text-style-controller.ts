import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readTextStyle, type TextStyle } from '../../dom/measure-text.js';
import { canvasFontSize } from '../layout.js';

type Host = ReactiveControllerHost & Element & { renderRoot: ParentNode };

/** The words' line height where CSS leaves it alone (styles.ts `.word`). */
const LINE_HEIGHT = 1.25;

/**
 * The style of the chart's words as CSS gives it, read from a hidden word in the chart's box
 * (`.spacing-probe`), which takes what the words take: spacing and line height inherited from
 * the page (a text-spacing bookmarklet, a reader's stylesheet, `::part(chart)`) or set inside the
 * shadow root. Laying out and drawing measure with it, so no word outgrows its room. The probe
 * is observed: when a reader applies text spacing after the chart is drawn, it is laid out again.
 */
export class TextStyleController implements ReactiveController {
  readonly #host: Host;
  #observed: Element | null = null;
  /** The style last read, as text: a report that changes nothing asks for no update. */
  #used = '';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The words' style now (before the probe is rendered: the host's, which the words inherit). */
  read(): TextStyle {
    const host = getComputedStyle(this.#host);
    const probe = this.#probe();
    const style = { fontSize: canvasFontSize(host), fontFamily: host.fontFamily, ...readTextStyle(probe ? getComputedStyle(probe) : host, LINE_HEIGHT) };
    // On the host, `line-height` is the figure's, not the words' own.
    if (!probe) style.lineHeight = LINE_HEIGHT;
    this.#used = JSON.stringify(style);
    return style;
  }

  hostUpdated(): void {
    const probe = this.#probe();
    if (probe === this.#observed || typeof ResizeObserver === 'undefined') return;
    if (this.#observed) sharedObserver().unobserve(this.#observed);
    this.#observed = probe;
    if (probe) {
      controllers.set(probe, this);
      sharedObserver().observe(probe);
    }
  }

  hostDisconnected(): void {
    if (this.#observed) observer?.unobserve(this.#observed);
    this.#observed = null;
  }

  /** @internal the probe's box changed: its spacing, line height or font did. */
  changed(): void {
    const used = this.#used;
    if (used && JSON.stringify(this.read()) !== used) this.#host.requestUpdate();
  }

  #probe(): Element | null {
    return this.#host.renderRoot?.querySelector('.spacing-probe') ?? null;
  }
}

const controllers = new WeakMap<Element, TextStyleController>();
let observer: ResizeObserver | undefined;

/** One observer for every chart's probe. */
function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.changed();
  });
  return observer;
}
