import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Canvas text is measured and drawn with whatever font is loaded at that moment; when the
 * page's web fonts finish loading, the chart must measure and draw again or its labels keep
 * the fallback font's widths.
 */
export class FontsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onLoaded: () => void;
  readonly #listener = () => {
    this.#onLoaded();
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, onLoaded: () => void) {
    this.#host = host;
    this.#onLoaded = onLoaded;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.document?.fonts?.addEventListener('loadingdone', this.#listener);
  }

  hostDisconnected(): void {
    globalThis.document?.fonts?.removeEventListener('loadingdone', this.#listener);
  }
}
