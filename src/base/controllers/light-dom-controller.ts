import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Watches the host's own children, so a CMS that fills in the `<table>` after the element has
 * upgraded (or edits it later) is read again. `changed` is set until the host consumes it.
 */
export class LightDomController implements ReactiveController {
  changed = false;
  private readonly host: Host;
  private observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => {
      this.changed = true;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
