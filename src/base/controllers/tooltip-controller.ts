import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartBox } from '../../draw/spec.js';
import { placeTooltip, type Rect, type TooltipPlace } from '../tooltip-place.js';

/** The key under which this controller asks its host to update (reader state: never a redraw). */
export const TOOLTIP = 'tooltip';

type Host = ReactiveControllerHost & {
  renderRoot: ParentNode;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
};

export interface TooltipOptions {
  /** Where part `index` is, relative to the chart's box; undefined before it is drawn. */
  box: (index: number) => PartBox | undefined;
  /** Part `index`'s own words (its label, its value): its tooltip never covers them. */
  ownWords: (index: number) => string[];
  /** A donut: its tooltips go in its hole, which every part touches. */
  centred: () => boolean;
  /** Highlights a part as hovering does (`null`: none). */
  activate: (index: number | null) => void;
}

/**
 * How long a tooltip stays once the pointer is off its part and off the tooltip, in ms: the time
 * to cross the canvas between them (a line's point is smaller than its tooltip's reach).
 */
export const TOOLTIP_GRACE_MS = 300;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/**
 * The part's tooltip, as WCAG 1.4.13 asks: shown by focus or hover; hoverable (the pointer can
 * move onto it, and it stays the same part's); persistent until the pointer leaves both the part
 * and the tooltip; dismissed by Escape wherever focus is, without moving focus, until the pointer
 * goes to another part. After each render it measures the tooltip and the chart's words and
 * places it (tooltip-place.ts), before the frame is painted.
 */
export class TooltipController implements ReactiveController {
  /** The part whose tooltip shows, or null. */
  index: number | null = null;
  /** Where it goes, once measured for `index`; null: render it hidden, to be measured. */
  place: TooltipPlace | null = null;
  readonly #host: Host;
  readonly #options: TooltipOptions;
  #overTip = false;
  /** Shown for the pointer, not for focus: only then does the pointer moving off the parts hide it. */
  #forPointer = false;
  /** The part whose tooltip Escape dismissed, while the pointer stays on it. */
  #dismissed: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.index !== null) this.dismiss();
  };

  constructor(host: Host, options: TooltipOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown);
    this.#cancel();
    this.#overTip = false;
    this.#set(null);
  }

  /** Keyboard focus (or a click) is on part `index`: its tooltip, now. */
  show(index: number): void {
    this.#cancel();
    this.#dismissed = null;
    this.#forPointer = false;
    this.#set(index);
  }

  /** Focus left the parts. */
  hide(): void {
    this.#cancel();
    this.#set(null);
  }

  /** Escape: the tooltip goes, focus stays where it is. */
  dismiss(): void {
    this.#dismissed = this.index;
    this.hide();
    this.#options.activate(null);
  }

  /** The pointer is on part `index` of the canvas, or on none (`null`). */
  readonly pointer = (index: number | null): void => {
    // On the tooltip, the canvas under it reports the pointer gone (Chart.js's mouseout).
    if (this.#overTip) return;
    if (index === null) {
      this.#dismissed = null;
      if (this.#forPointer) this.#hideSoon();
      return;
    }
    this.#cancel();
    if (index === this.#dismissed || index === this.index) return;
    this.#dismissed = null;
    this.#forPointer = true;
    this.#set(index);
  };

  /** The pointer left the chart's box, tooltip included. */
  readonly leave = (): void => {
    this.#overTip = false;
    this.#dismissed = null;
    this.hide();
  };

  readonly enterTip = (): void => {
    this.#overTip = true;
    this.#cancel();
    // Chart.js clears its hover highlight on the mouseout that follows: keep the part lit.
    const index = this.index;
    requestAnimationFrame(() => {
      if (this.#overTip && this.index === index) this.#options.activate(index);
    });
  };

  readonly leaveTip = (): void => {
    this.#overTip = false;
    // Back onto its part, the canvas reports it at once and the tooltip stays; focus keeps its own.
    if (this.#forPointer) this.#hideSoon();
  };

  hostUpdated(): void {
    if (this.index === null) return;
    const tip = this.#host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const chart = tip?.parentElement;
    const part = this.#options.box(this.index);
    if (!tip || !chart || !part) return;
    const origin = chart.getBoundingClientRect();
    const rect = (r: DOMRect): Rect => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
    const own = new Set(this.#options.ownWords(this.index).map(squash));
    const words = Array.from(chart.querySelectorAll('.words .word'), (w) => ({ own: own.has(squash(w.textContent)), rect: rect(w.getBoundingClientRect()) }));
    const { width, height } = tip.getBoundingClientRect();
    const place = placeTooltip({
      area: { width: origin.width, height: origin.height },
      part,
      size: { width, height },
      own: words.filter((w) => w.own).map((w) => w.rect),
      others: words.filter((w) => !w.own).map((w) => w.rect),
      centre: this.#options.centred(),
    });
    // Placed in this update rather than the next: `updateComplete` then means placed, and the
    // next render writes the same place from `place`.
    this.place = place;
    tip.style.left = `${place.x}px`;
    tip.style.top = `${place.y}px`;
    tip.style.removeProperty('visibility');
  }

  /** Hides the tooltip after the grace time, counted from when the pointer left, unless it comes back. */
  #hideSoon(): void {
    if (this.index === null || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#overTip) return;
      this.#set(null);
      this.#options.activate(null);
    }, TOOLTIP_GRACE_MS);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #set(index: number | null): void {
    if (index === this.index) return;
    this.index = index;
    this.place = null;
    this.#host.requestUpdate(TOOLTIP, null);
  }
}
