import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A Lit element: its requestUpdate() takes the name of what changed. */
type Host = ReactiveControllerHost & HTMLElement & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/**
 * Watches the host's own children, so a CMS that fills in the `<table>` after the element has
 * upgraded (or edits it later) is read again.
 */
export class LightDomController implements ReactiveController {
  readonly #host: Host;
  #observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => {
      // Named, so the host knows its data may have changed (and `rendered` is pending again).
      this.#host.requestUpdate('lightDom', null);
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
