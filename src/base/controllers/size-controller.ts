import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/** The name the host's update is requested under when its width changes. */
export const SIZE = 'chartWidth';

/**
 * Tracks the width a chart has to draw in. It observes a zero-height sentinel that the host
 * renders (`target()`), not the host itself: the chart's height follows its width, and
 * watching an element that resizes itself in response would loop ("ResizeObserver loop
 * completed with undelivered notifications").
 *
 * Widths come from one ResizeObserver shared by every chart on the page, which reports in the
 * rendering of the first frame after the sentinel is rendered, after layout and before paint;
 * an update asked for then renders at once and is laid out again before that paint. Only the
 * page's first chart reads its width itself (one forced layout per page, not one per chart:
 * each read would lay out again what the charts rendered before it dirtied). Every other chart
 * is laid out until its report for the width the last chart reported (an article's charts
 * mostly share a column), so the reports mostly confirm the guess and ask for no update. Later
 * changes are coalesced to one host update per animation frame, so a container dragged through
 * 200 widths redraws at most once a frame.
 */
export class SizeController implements ReactiveController {
  /** The content width in CSS px (0 until first reported). */
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

  /** The width to lay out for now: the reported one, or the page's best guess until then. */
  get layoutWidth(): number {
    return this.width || guess();
  }

  hostUpdated(): void {
    const target = this.#target();
    if (target === this.#observed || typeof ResizeObserver === 'undefined') return;
    if (this.#observed) sharedObserver().unobserve(this.#observed);
    this.#observed = target;
    if (target) {
      controllers.set(target, this);
      sharedObserver().observe(target);
      // The page's first chart reads its width now, in its first render's task: one layout for
      // the page, and every later chart's guess (most share the column) is then right, so the
      // observer's first reports change nothing and the first frame paints each chart's height.
      if (!this.reported && !lastReported) {
        const width = Math.floor(target.getBoundingClientRect().width);
        lastReported = width;
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
    if (this.#pending > 0) lastReported = this.#pending;
    if (!this.reported) {
      this.reported = true;
      // A first report of 0 (hidden) still lets a chart that waits for its width go on.
      if (this.#pending === 0) this.#host.requestUpdate(SIZE, 0);
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
    if (matters) this.#host.requestUpdate(SIZE, 0);
  }
}

const controllers = new WeakMap<Element, SizeController>();
let observer: ResizeObserver | undefined;
/** The last width any chart on the page reported (0: none yet). */
let lastReported = 0;

/** The width a chart is laid out for before its own is known. */
function guess(): number {
  // Never wider than the window: after a window is narrowed (a phone turned), the last report
  // is stale, and a chart laid out wider than it must grow taller in its first report's frame.
  // (`innerWidth`, which needs no layout, unlike the root's `clientWidth`.)
  return Math.min(lastReported || 600, globalThis.innerWidth || 600);
}

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentBoxSize?.[0];
      controllers.get(entry.target)?.resized(box ? box.inlineSize : entry.contentRect.width);
    }
  });
  return observer;
}
