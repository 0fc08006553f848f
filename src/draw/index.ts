/**
 * The drawing half of foi-charts, loaded on demand (its own chunk) the first time a chart on the
 * page comes near the screen: Chart.js, the chart kinds, colours read from CSS, where each part
 * and word landed, and the chart drawn anew for a picture or print (export/shot.ts; the picture
 * around it is the export chunk's, export/index.ts). Its one interface is `Drawing`. It imports
 * nothing from the element's folder (src/base/), and no Lit: the classic embed bundles it as its
 * own file.
 */
import type { ChartColors } from '../dom/colors.js';
import { buildSpec, specKey } from './build-spec.js';
import { chartType, createChart, destroyChart, elementOf, kindOf, partIndex, updateChart } from './chart.js';
import { readColors } from './colors.js';
import { axisSteps } from './plugins.js';
import type { Chart } from './register.js';
import { chartShot, type ChartShot } from './export/shot.js';
import type { ChartText, DrawEvents, DrawInput, DrawSpec, PartBox } from './spec.js';

const sameSpacing = (a: DrawSpec | undefined, b: DrawSpec) => JSON.stringify(a?.spacing) === JSON.stringify(b.spacing);

export type { BarLayoutSpec, ChartText, DrawEvents, DrawInput, DrawSeries, DrawSpec, PartBox } from './spec.js';
export type { ChartShot };

/** One chart on one canvas, for the life of that canvas. */
export class Drawing {
  /**
   * How many labels apart the labels under a column or line chart's axis are written: 1 when
   * every label is, k when only the first, every k-th and the last fit (the element says so).
   */
  labelStep = 1;
  /** Where each part is on the canvas (CSS px), for its focus target and tooltip. */
  boxes: PartBox[] = [];
  /** Every word of the chart where Chart.js places it, for the element to lay over the canvas. */
  texts: ChartText[] = [];
  /** The colours it was last drawn with, read from the element's CSS. */
  colors!: ChartColors;
  #chart: Chart | null = null;
  #spec!: DrawSpec;
  #key = '';
  #frame = 0;
  readonly #canvas: HTMLCanvasElement;
  readonly #events: DrawEvents;

  constructor(canvas: HTMLCanvasElement, events: DrawEvents) {
    this.#canvas = canvas;
    this.#events = events;
  }

  /** The Chart.js instance once drawn. */
  get chart(): Chart | null {
    return this.#chart;
  }

  /** The font size the chart was drawn with: its words over the canvas use the same. */
  get fontSize(): number {
    return this.#spec?.fontSize ?? 14;
  }

  /** One fill per part, as drawn (for the element's authoring checks). */
  get fills(): string[] {
    return this.#spec?.colors ?? [];
  }

  /**
   * Draws, or updates the chart in place; nothing when nothing changed. A first drawing measures
   * its parts at once (`boxes`, `texts`); later ones report them through `moved()` a frame later,
   * since they run inside the element's update.
   */
  draw(input: DrawInput): boolean {
    this.colors = readColors(input.colorRoot);
    const spec = buildSpec(input, this.colors, this.#events, () => this.#measureSoon());
    // The spec holds the canvas box, so a new size is a new key: one resize, done here, not by Chart.js.
    const key = specKey(spec);
    if (key === this.#key && this.#chart) return false;
    const before = this.#spec;
    this.#spec = spec;
    // Another chart type, or other text spacing (Chart.js keeps the widths it measured), is a new chart.
    if (this.#chart && ((this.#chart.config as { type?: string }).type !== chartType(spec) || !sameSpacing(before, spec))) this.destroy();
    if (this.#chart) {
      updateChart(this.#chart, spec);
    } else {
      this.#chart = createChart(this.#canvas, spec);
      this.measure();
    }
    this.#key = key;
    return true;
  }

  /** The next `draw` draws even if its input is unchanged (web fonts arrived: text measures anew). */
  stale(): void {
    this.#key = '';
  }

  /**
   * Marks one part as focused, exactly as hovering it would (`null` clears it): the hover styles
   * are set and the chart drawn again, as Chart.js does for a pointer. (An update would also lay
   * out the scales and resolve every option again, for the same picture.)
   */
  focus(index: number | null): void {
    if (!this.#chart) return;
    this.#chart.setActiveElements(index === null ? [] : [elementOf(this.#spec, index)]);
    this.#chart.render();
  }

  /** The part shown as active (focused or hovered), or null. */
  get active(): number | null {
    const active = this.#chart?.getActiveElements()[0];
    return active ? partIndex(this.#spec, active) : null;
  }

  /** Reads where the parts and words are now; true when they moved. */
  measure(): boolean {
    if (!this.#chart) return false;
    const kind = kindOf(this.#spec);
    const boxes = kind.partBoxes(this.#chart);
    const texts = kind.texts(this.#chart, this.#spec);
    const step = axisSteps.get(this.#chart.canvas) ?? 1;
    const moved = JSON.stringify([boxes, texts, step]) !== JSON.stringify([this.boxes, this.texts, this.labelStep]);
    if (moved) {
      this.boxes = boxes;
      this.texts = texts;
      this.labelStep = step;
    }
    return moved;
  }

  /**
   * The chart drawn anew with its words, on a canvas of its own at `scale` device px per CSS px:
   * as it is now (print), or from `input`, laid out for another width (a saved picture). Null
   * before the first drawing. Synchronous, so that `beforeprint` can use it.
   */
  shot(scale: number, input?: DrawInput): ChartShot | null {
    if (!this.#chart) return null;
    const spec = input
      ? buildSpec(input, readColors(input.colorRoot), this.#events, () => {})
      : { ...this.#spec, width: this.#chart.width, height: this.#chart.height };
    return chartShot(spec, scale, this.#canvas.getRootNode() as ParentNode);
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (!this.#chart) return;
    destroyChart(this.#chart);
    this.#chart = null;
    this.#key = '';
  }

  /** After a Chart.js update, which runs inside the element's update: read a frame later. */
  #measureSoon(): void {
    if (this.#frame || !this.#chart) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.measure()) this.#events.moved();
    });
  }
}
