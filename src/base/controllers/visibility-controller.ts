import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { eager: boolean; requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/** The name the host's update is requested under when it comes near the viewport. */
export const VISIBLE = 'nearViewport';

/**
 * Tells its host when it comes within about one screen of the viewport, so a page with fifty
 * charts draws only those a reader is about to see. One IntersectionObserver serves every chart
 * on the page: observers are cheap, but fifty of them are not free on a mid-range phone. Its
 * first report comes after the first frame; only the page's first chart tests its place itself,
 * once, in the same layout as its first width (SizeController reads it right after), so a chart
 * in view starts loading the drawing without waiting for that frame.
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
    if (this.#host.eager || typeof IntersectionObserver === 'undefined') {
      this.show();
      return;
    }
    controllers.set(this.#host, this);
    sharedObserver().observe(this.#host);
  }

  hostUpdated(): void {
    if (tested || this.visible) return;
    tested = true;
    // Shown once this update is complete: an update asked for inside one is a second, unplanned one.
    if (nearViewport(this.#host)) void this.#host.updateComplete.then(() => this.show());
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
    // The first chart to be shown starts loading the drawing, in parallel with its update.
    if (!prefetched) {
      prefetched = true;
      this.#prefetch().catch(() => (prefetched = false));
    }
    this.#host.requestUpdate(VISIBLE, false);
  }
}

let prefetched = false;
/** Whether the page's first chart has tested its place. */
let tested = false;
const controllers = new WeakMap<Element, VisibilityController>();
let observer: IntersectionObserver | undefined;

/** Within one screen height of the viewport, as the shared observer counts it. */
function nearViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const height = globalThis.innerHeight || 0;
  return box.bottom >= -height && box.top <= 2 * height;
}

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
