import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * Tracks the host's content width. Resize notifications are coalesced to one host update per
 * animation frame, so a container dragged through 200 widths redraws at most once a frame.
 * One ResizeObserver serves every chart on the page.
 */
export class SizeController implements ReactiveController {
  /** The host's content-box width in CSS px (0 until first measured). */
  width = 0;
  private readonly host: Host;
  private frame = 0;
  private pending = 0;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    controllers.set(this.host, this);
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    controllers.delete(this.host);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Measures synchronously (first render needs a width before any observer fires). */
  measure(): number {
    const width = Math.floor(this.host.getBoundingClientRect().width);
    if (width > 0) this.width = width;
    return this.width;
  }

  /** @internal called by the shared observer. */
  resized(width: number): void {
    this.pending = Math.floor(width);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending !== this.width && this.pending > 0) {
        this.width = this.pending;
        this.host.requestUpdate();
      }
    });
  }
}

const controllers = new WeakMap<Element, SizeController>();
let observer: ResizeObserver | undefined;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize?.[0];
      controllers.get(entry.target)?.resized(box ? box.inlineSize : entry.contentRect.width);
    }
  });
  return observer;
}
