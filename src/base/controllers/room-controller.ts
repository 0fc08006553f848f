import type { ReactiveControllerHost } from 'lit';
import type { TextStyle } from '../../dom/measure-text.js';
import { barLayoutOf, plotHeight, type BarLayout } from '../layout.js';
import { SizeController } from './size-controller.js';

type Host = ReactiveControllerHost & Element & { renderRoot: ParentNode };

/**
 * The room the chart takes: the width it has (reported by a shared ResizeObserver), the bars'
 * layout at that width (wrapped labels, height fixed before drawing), and the box the canvas fills.
 * Nothing here reads layout: the width is the observer's, or the page's guess until it reports.
 */
export class RoomController {
  /** The bar layout in use; null for a donut or a chart that is not ready. */
  bars: BarLayout | null = null;
  readonly #host: Host;
  readonly #size: SizeController;
  readonly #text: () => TextStyle;
  #labels: string[] | null = null;
  #series = 1;
  #beside = false;

  /**
   * `drawn()`: whether the chart is near the screen, where every new width redraws it; `text()`:
   * the style of the chart's words, which the bars' labels are measured in.
   */
  constructor(host: Host, drawn: () => boolean, text: () => TextStyle) {
    this.#host = host;
    this.#text = text;
    this.#size = new SizeController(host, () => host.renderRoot.querySelector('.sizer'), (width) => drawn() || this.#heightChanges(width));
  }

  /** Whether the chart is a plot of series (columns, lines): its height follows its width. */
  #plot = false;

  /**
   * Lays out bars with these labels, or nothing (`null`: a donut, or not ready); `plot`: a chart
   * of series; `series`: the bars in each band; `beside`: labels beside the bars at any width
   * (several series, grouped or stacked).
   */
  plan(labels: string[] | null, plot: boolean, series: number, beside: boolean): void {
    this.#labels = labels;
    this.#plot = plot;
    this.#series = series;
    this.#beside = beside;
    this.bars = this.#barsAt(this.#size.layoutWidth);
  }

  /**
   * Whether a drawing now would be at the final size: the chart has its width from the observer
   * (in the frame after its first render; or the browser has no ResizeObserver). Drawing waits
   * for it rather than measuring the canvas itself, which would force a layout per chart.
   */
  get settled(): boolean {
    return this.#size.reported || typeof ResizeObserver === 'undefined';
  }

  /** The chart box's height in CSS px, where the room decides it (bars, plots); null: CSS does (donut). */
  get height(): number | null {
    return this.bars?.height ?? (this.#plot ? this.#plotHeight(this.#size.layoutWidth) : null);
  }

  /** Lays the bars out again if the width changed since (recorded without an update). */
  refresh(): void {
    if (this.bars && this.bars.width !== this.#size.layoutWidth) this.bars = this.#barsAt(this.#size.layoutWidth);
  }

  /**
   * The canvas box in CSS px, from what is known (the width, the bars' height, the donut's CSS
   * size limit), so drawing forces no layout; 0 × 0 until measured: the drawing measures itself.
   */
  box(): { width: number; height: number } {
    const width = this.#size.width;
    if (!width) return { width: 0, height: 0 };
    if (this.bars) return { width, height: this.bars.height };
    return this.at(width);
  }

  /** The figure's width in CSS px, as last measured (0 until then). */
  get width(): number {
    return this.#size.width;
  }

  /**
   * The room at another width (a saved picture's): the bars laid out for it, and the canvas box
   * (a donut keeps its CSS size limit).
   */
  at(width: number): { bars: BarLayout | null; width: number; height: number } {
    const bars = this.#barsAt(width);
    if (bars) return { bars, width, height: bars.height };
    if (this.#plot) return { bars, width, height: this.#plotHeight(width) };
    const chart = this.#host.renderRoot.querySelector('.chart');
    const side = Math.floor(Math.min(width, (chart && parseFloat(getComputedStyle(chart).maxWidth)) || width));
    return { bars, width: side, height: side };
  }

  /** The planned labels' bars laid out at `width`; null when there are none (a donut, a plot). */
  #barsAt(width: number): BarLayout | null {
    return this.#labels ? barLayoutOf(this.#host, this.#text(), this.#labels, width, this.#series, this.#beside) : null;
  }

  #plotHeight(width: number): number {
    const text = this.#text();
    return plotHeight(width, Math.ceil(text.fontSize * text.lineHeight));
  }

  /**
   * A chart not drawn yet needs an update for a new width only when its reserved height
   * changes: a page of fifty charts then does one update per off-screen chart before load, not two.
   */
  #heightChanges(width: number): boolean {
    if (this.#plot) return this.#plotHeight(width) !== this.#plotHeight(this.#size.layoutWidth);
    return !!this.bars && this.#barsAt(width)!.height !== this.bars.height;
  }
}
