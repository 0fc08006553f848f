import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * Tracks the width a chart has to draw in. It observes a zero-height sentinel that the host
 * renders (`target()`), not the host itself: the chart's height follows its width, and
 * watching an element that resizes itself in response would loop ("ResizeObserver loop
 * completed with undelivered notifications").
 *
 * The first width is read when the sentinel is first rendered and applied at once, so the
 * first frame painted has the right height; later changes are coalesced to one host update per
 * animation frame, so a container dragged through 200 widths redraws at most once a frame.
 * One ResizeObserver serves every chart on the page.
 */
export class SizeController implements ReactiveController {
  /** The content width in CSS px (0 until first measured). */
  width = 0;
  /** Whether the observer has reported at all (a hidden chart reports 0). */
  reported = false;
  readonly #host: Host;
  readonly #target: () => Element | null;
  readonly #matters: (width: number) => boolean;
  #observed: Element | null = null;
  #frame = 0;
  #pending = 0;

  /**
   * `matters(width)`: whether the host needs an update for this new width (default: always).
   * The width is recorded either way, for the host's next update.
   */
  constructor(host: Host, target: () => Element | null, matters: (width: number) => boolean = () => true) {
    this.#host = host;
    this.#target = target;
    this.#matters = matters;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.#target();
    if (target === this.#observed || typeof ResizeObserver === 'undefined') return;
    if (this.#observed) sharedObserver().unobserve(this.#observed);
    this.#observed = target;
    if (target) {
      controllers.set(target, this);
      sharedObserver().observe(target);
      // The first width now, in the first render's task: the observer's first report comes a
      // frame later, after a paint of a layout for a guessed width (on a phone, bars laid out
      // beside their labels, then above them: a chart 190 px taller a frame later). Applied once
      // this update is complete (a microtask, still before any paint): the width can only be
      // known after the first render, and an update asked for inside one is a second, unplanned one.
      if (!this.reported) {
        const width = target.getBoundingClientRect().width;
        void this.#host.updateComplete.then(() => this.reported || this.resized(width));
      }
    }
  }

  hostDisconnected(): void {
    if (this.#observed) {
      observer?.unobserve(this.#observed);
      controllers.delete(this.#observed);
      this.#observed = null;
    }
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** @internal called by the shared observer. */
  resized(width: number): void {
    this.#pending = Math.floor(width);
    if (!this.reported) {
      this.reported = true;
      // A first report of 0 (hidden) still lets a chart that waits for its width go on.
      if (this.#pending === 0) this.#host.requestUpdate();
    }
    if (this.width === 0 && this.#pending > 0) {
      this.#apply();
      return;
    }
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#pending !== this.width && this.#pending > 0) this.#apply();
    });
  }

  #apply(): void {
    const width = this.#pending;
    const matters = this.#matters(width);
    this.width = width;
    if (matters) this.#host.requestUpdate();
  }
}

const controllers = new WeakMap<Element, SizeController>();
let observer: ResizeObserver | undefined;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentBoxSize?.[0];
      controllers.get(entry.target)?.resized(box ? box.inlineSize : entry.contentRect.width);
    }
  });
  return observer;
}
