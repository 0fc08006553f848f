import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyChartKind } from '../../core/types.js';
import type { Drawing, DrawEvents, DrawInput } from '../../draw/index.js';
import { loadDraw } from '../chunks.js';
import { isSeriesKind } from '../figure-parts.js';
import { nextTurn } from '../turns.js';

type Host = ReactiveControllerHost & Element & { renderRoot: ParentNode };

/** The message when the drawing chunk can't be loaded (offline, blocked). */
export const DRAW_FAILED = 'The chart could not be loaded, so the figures are shown in the table below. Reload the page to try again.';
/** The message when drawing itself threw (a bug of ours, or a page's script in the way). */
export const DRAW_BROKEN = 'The chart could not be drawn, so the figures are shown in the table below.';

/** What a drawing attempt came to: `failed` to load the chunk, `broken` while drawing. */
export type DrawOutcome = 'drawn' | 'first' | 'unchanged' | 'failed' | 'broken' | 'stale';

/**
 * The drawn chart's life on the element's side: loads the drawing chunk, makes one `Drawing` per
 * canvas, gives each first drawing a task of its own, and destroys the chart on disconnect.
 */
export class DrawingController implements ReactiveController {
  drawing: Drawing | null = null;
  readonly #host: Host;
  readonly #events: DrawEvents;
  #token = 0;
  /** The kind last drawn ('bar', 'donut' …); '' when none is. */
  #kind: AnyChartKind | '' = '';

  constructor(host: Host, events: DrawEvents) {
    this.#host = host;
    this.#events = events;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /**
   * Draws `input()` (read once the chunks are there) on the host's canvas; `kind`: the kind to
   * draw (a column or line chart loads the drawing with every kind), which when it changes makes
   * a new Chart.js chart.
   */
  async draw(input: () => DrawInput, kind: AnyChartKind): Promise<DrawOutcome> {
    const token = ++this.#token;
    const newKind = kind !== this.#kind;
    this.#kind = kind;
    let module: typeof import('../../draw/index.js');
    try {
      module = await loadDraw(isSeriesKind(kind));
    } catch {
      return token === this.#token ? 'failed' : 'stale';
    }
    // A first drawing takes a task of its own: when the chunk arrives, every chart waiting for
    // it would otherwise draw in one long task. So does a new kind ("Show as bars"): the click's
    // answer (the pressed button) is painted first, the new Chart.js chart in the next task.
    if (!this.drawing?.chart || newKind) await nextTurn();
    const canvas = this.#host.renderRoot.querySelector('canvas');
    if (token !== this.#token || !this.#host.isConnected || !canvas) return 'stale';
    if (this.drawing && this.drawing.chart?.canvas !== canvas) this.destroy();
    const before = this.drawing?.chart ?? null;
    try {
      this.drawing ??= new module.Drawing(canvas, this.#events);
      if (!this.drawing.draw(input())) return 'unchanged';
    } catch (error) {
      // Never a blank box: the reader gets the table and a message, the developer the error.
      console.error('foi-charts: drawing failed', error);
      this.destroy();
      return 'broken';
    }
    // A new Chart.js instance (the first, or a donut shown as bars: another chart type) has
    // measured its parts and words at once, without a `moved()`: the element places them now.
    return this.drawing.chart !== before ? 'first' : 'drawn';
  }

  destroy(): void {
    this.#token++;
    this.#kind = '';
    this.drawing?.destroy();
    this.drawing = null;
  }
}
