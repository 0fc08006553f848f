import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { eager: boolean; requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/** The name the host's update is requested under when it comes near the viewport. */
export const VISIBLE = 'nearViewport';

/**
 * Tells its host when it comes within about one screen of the viewport, so a page with fifty
 * charts draws only those a reader is about to see. One IntersectionObserver serves every chart
 * on the page: observers are cheap, but fifty of them are not free on a mid-range phone.
 */
export class VisibilityController implements ReactiveController {
  /** True once the host has been near the viewport; it stays true (we never undraw). */
  visible = false;
  readonly #host: Host;
  readonly #prefetch: () => Promise<unknown>;

  /** `prefetch`: starts loading what a visible chart needs (the drawing chunk). */
  constructor(host: Host, prefetch: () => Promise<unknown>) {
    this.#host = host;
    this.#prefetch = prefetch;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.visible) return;
    // The first chart already near the screen (or eager) starts the prefetch at once, in parallel
    // with the first render, and is shown without waiting a frame for the observer's first report.
    if (!prefetched && (this.#host.eager || nearViewport(this.#host))) {
      prefetched = true;
      this.#prefetch().catch(() => (prefetched = false));
      this.show();
      return;
    }
    if (typeof IntersectionObserver === 'undefined') {
      this.show();
      return;
    }
    controllers.set(this.#host, this);
    sharedObserver().observe(this.#host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.#host);
    controllers.delete(this.#host);
  }

  /** Marks the host visible now (the `eager` attribute, or the observer said so). */
  show(): void {
    if (this.visible) return;
    this.visible = true;
    observer?.unobserve(this.#host);
    controllers.delete(this.#host);
    this.#host.requestUpdate(VISIBLE, false);
  }
}

let prefetched = false;
const controllers = new WeakMap<Element, VisibilityController>();

/** Within one screen height of the viewport, as the shared observer counts it. */
function nearViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const height = globalThis.innerHeight || 0;
  return box.bottom >= -height && box.top <= 2 * height;
}
let observer: IntersectionObserver | undefined;

function sharedObserver(): IntersectionObserver {
  // "100% 0px": start drawing one viewport height before the chart scrolls in, so it is ready
  // when the reader arrives without drawing the whole page up front.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) controllers.get(entry.target)?.show();
      }
    },
    { rootMargin: '100% 0px' },
  );
  return observer;
}
