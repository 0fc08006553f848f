import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a media query live (forced colours, reduced motion, colour scheme): the host
 * re-renders when the reader changes the setting, without a reload. The listener is removed
 * on disconnect.
 */
export class MediaController implements ReactiveController {
  matches = false;
  readonly #host: ReactiveControllerHost;
  readonly #query: string;
  #list: MediaQueryList | undefined;
  readonly #onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, query: string) {
    this.#host = host;
    this.#query = query;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia === 'undefined') return;
    this.#list = sharedList(this.#query);
    this.matches = this.#list.matches;
    this.#list.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#onChange);
    this.#list = undefined;
  }
}

/** One MediaQueryList per query for the whole page: fifty charts need 3, not 150. */
const lists = new Map<string, MediaQueryList>();
function sharedList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = matchMedia(query)));
  return list;
}
