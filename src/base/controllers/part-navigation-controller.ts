import type { ReactiveControllerHost } from 'lit';

/** The key under which this controller asks its host to update (see `FoiChart`'s redraw rule). */
export const PART_NAVIGATION = 'partNavigation';

/** A Lit element: its requestUpdate() takes the name of what changed. */
type Host = ReactiveControllerHost & {
  renderRoot: ParentNode;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
};

export interface PartNavigationOptions {
  /** How many parts (bars or donut slices) there are now. */
  count: () => number;
  /**
   * Charts of several series: how many labels each series has (parts are numbered series by
   * series). Left and right then move along the labels, up and down between series, Home and
   * End to the series' first and last label. 0: one row of parts, every arrow moves along it.
   */
  across?: () => number;
  /** A part became the active one (highlight it), or none is (`null`). */
  activate: (index: number | null) => void;
  /** The focused part's tooltip shows (its index), or goes (`null`: focus left the parts). */
  tooltip: (index: number | null) => void;
  /** Focus moved to a part: fire `foi-focus`. */
  focused: (index: number) => void;
}

/**
 * Keyboard access to a chart's parts: one tab stop (roving tabindex), arrows move, Home/End
 * jump, Escape clears the highlight (the tooltip and the sound have their own Escape). Each move
 * is spoken once, as the focused part's name; no live region repeats it.
 */
export class PartNavigationController {
  /** The part that holds the chart's tab stop. */
  focusIndex = 0;

  readonly #host: Host;
  readonly #options: PartNavigationOptions;

  constructor(host: Host, options: PartNavigationOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Keeps the tab stop on a part that exists after the data changed. */
  clamp(count: number): void {
    if (this.focusIndex >= count) this.focusIndex = 0;
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const count = this.#options.count();
    if (!count) return;
    const across = this.#options.across?.() ?? 0;
    const grid = across > 0 && count > across;
    const at = this.focusIndex;
    const start = grid ? at - (at % across) : 0;
    const end = grid ? start + across - 1 : count - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(end, at + 1),
      ArrowLeft: Math.max(start, at - 1),
      ArrowDown: grid ? (at + across < count ? at + across : at) : at + 1,
      ArrowUp: grid ? (at - across >= 0 ? at - across : at) : at - 1,
      Home: start,
      End: end,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#options.activate(null);
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, moves[event.key]!));
    if (next === this.focusIndex) return;
    this.focusIndex = next;
    this.#changed();
    void this.#host.updateComplete.then(() => {
      this.#host.renderRoot.querySelector<HTMLElement>(`.part[data-index="${next}"]`)?.focus();
    });
  };

  /** A part got focus (Tab, arrows) or was picked in the legend. */
  focus(index: number): void {
    if (index < 0 || index >= this.#options.count()) return;
    this.focusIndex = index;
    this.#options.tooltip(index);
    this.#options.activate(index);
    this.#options.focused(index);
    this.#changed();
  }

  readonly focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Element | null;
    if (to?.classList?.contains('part')) return;
    this.#options.tooltip(null);
    this.#options.activate(null);
  };

  #changed(): void {
    // A named request, so the host can tell that only reader state changed, not the drawing.
    this.#host.requestUpdate(PART_NAVIGATION, null);
  }
}
