import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { renderRoot: ParentNode };

/** Device px per CSS px of a printed chart: about 300 dpi, a CSS px being 1/96 in. */
export const PRINT_SCALE = 3;

/**
 * Printing: the canvas is drawn for the screen's pixel density, which prints blurred, and its
 * words are HTML placed for the screen's width. On `beforeprint` the chart is drawn once more,
 * words included, at print resolution into the figure's `img.print-image`, which the print
 * styles show in the canvas's place (scaled as one picture if the page is narrower on paper);
 * on `afterprint` the image is dropped. A chart not yet drawn (never scrolled near) prints its
 * table instead (styles.ts).
 */
export class PrintController implements ReactiveController {
  readonly #host: Host;
  readonly #image: (scale: number) => string | null;

  /** `image(scale)`: the chart as a PNG data URL at `scale`, or null when it is not drawn. */
  constructor(host: Host, image: (scale: number) => string | null) {
    this.#host = host;
    this.#image = image;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
    this.#after();
  }

  readonly #before = (): void => {
    const img = this.#img();
    if (!img) return;
    let src: string | null = null;
    try {
      src = this.#image(Math.max(PRINT_SCALE, globalThis.devicePixelRatio || 1));
    } catch (error) {
      // The screen's canvas still prints: never a failed print for a sharper picture.
      console.error('foi-charts: print image failed', error);
    }
    // Set here, not through a render: window.print() dispatches beforeprint inside its own call,
    // and the page is printed before any microtask (Lit's update) could run.
    if (src) img.src = src;
  };

  readonly #after = (): void => {
    this.#img()?.removeAttribute('src');
  };

  #img = () => this.#host.renderRoot.querySelector<HTMLImageElement>('img.print-image');
}
