import type { AnyChartKind } from '../core/types.js';
import type { TextSpacing } from '../dom/measure-text.js';

/** One series as drawn: its name and a value per label (`null`: a gap). */
export interface DrawSeries {
  name: string;
  values: (number | null)[];
}

/**
 * What the element gives the drawing code: its labels, values and settings, already resolved from
 * attributes, presets and CSS. The drawing code turns it into a `DrawSpec`.
 */
export interface DrawInput {
  kind: AnyChartKind;
  /** The category labels, one per part of one series or per point of each series. */
  labels: string[];
  /** One series' values, one per label; empty with `series`. */
  values: number[];
  /** Several series over the labels (column and line charts, bars with `layout`); null: one series, `values`. */
  series: DrawSeries[] | null;
  /** Several series: stacked on each other instead of side by side. */
  stacked: boolean;
  /** The bar layout the element reserved room for; null for a donut. */
  layout: BarLayoutSpec | null;
  /** The size of the box the canvas fills, in CSS px; 0 × 0: measure it. */
  width: number;
  height: number;
  /**
   * Each part's colour by the name of its probe (`c1`…`c8`, `muted`, `accent`): the element
   * chooses (src/core/fills.ts), the drawing reads the colour behind each name from CSS.
   */
  fills: string[];
  /** The text at the end of each bar, already formatted. */
  valueLabels: string[];
  /** Formats axis tick numbers in the chart's locale. */
  formatTick: (value: number) => string;
  /** Textures on every part (the `patterns` attribute, or forced colours). */
  patterns: boolean;
  animate: boolean;
  fontFamily: string;
  fontSize: number;
  /** The letter and word spacing CSS gives the words (WCAG 1.4.12): measured with them. */
  spacing: TextSpacing;
  /** The words' line height, a multiple of `fontSize`. */
  lineHeight: number;
  /** Where the element's colour probes are (its shadow root). */
  colorRoot: ParentNode;
}

/** The part of the element's bar layout the drawing follows. */
export interface BarLayoutSpec {
  lines: string[][];
  labelsAbove: boolean;
  barThickness: number;
  rowHeight: number;
  labelShift: number;
}

/** What the drawing tells the element. */
export interface DrawEvents {
  /** The parts or the words moved: read `boxes` and `texts` again. */
  moved(): void;
  /** The pointer moved onto a part (its index) or off every part (null). */
  hover(index: number | null): void;
  /** A part was clicked or tapped. */
  pick(index: number): void;
}

/**
 * Everything Chart.js is configured from: colours are real colour strings (custom properties
 * already read), text is already formatted.
 */
export interface DrawSpec {
  kind: AnyChartKind;
  /** Several series (column, line); null: one, `values`. */
  series: DrawSeries[] | null;
  stacked: boolean;
  /** The size of the box the canvas fills, in CSS px; 0 × 0: measure it. */
  width: number;
  height: number;
  /** Category labels, each already wrapped into lines. */
  labels: string[][];
  values: number[];
  /** One fill colour per category, or per series when there are several. */
  colors: string[];
  /** Add a texture to every part so colour is never the only cue. */
  patterns: boolean;
  /** Colour drawn on top of textures (contrasts with the fills). */
  patternColor: string;
  textColor: string;
  gridColor: string;
  backgroundColor: string;
  /** Outline of the focused part. */
  focusColor: string;
  fontFamily: string;
  /** Base font size in CSS px (follows the page's text size). */
  fontSize: number;
  /** The spacing CSS adds to the words, which every measurement counts. */
  spacing: TextSpacing;
  /** The words' line height, a multiple of `fontSize`. */
  lineHeight: number;
  /** Text drawn at the end of each bar. */
  valueLabels: string[];
  /** Formats axis tick numbers. */
  formatTick: (value: number) => string;
  animate: boolean;
  /** Narrow layout: bar labels sit above their bars instead of beside them. */
  labelsAbove: boolean;
  /** Height of one bar in CSS px. */
  barThickness: number;
  /** A bar's row: the bar, or its value label where that is taller. */
  rowHeight: number;
  /** Labels above: each bar is drawn this far below its band's centre, under its label. */
  labelShift: number;
  /** Called after every Chart.js update, when the parts have their final positions. */
  onUpdate?: () => void;
  /** Called when the pointer moves onto a part (its index) or off every part (null). */
  onHover?: (index: number | null) => void;
  /** Called when a part is clicked or tapped. */
  onPick?: (index: number) => void;
}

/**
 * A word of the chart (a category label, a value label, an axis tick) where Chart.js places it,
 * in CSS px relative to the canvas: the element lays it over the canvas as HTML text.
 */
export interface ChartText {
  kind: 'category' | 'value' | 'tick';
  /** One entry per line. */
  lines: string[];
  x: number;
  y: number;
  /** Which edge of the text sits at `x`. */
  align: 'left' | 'right' | 'center';
  /** Which edge of the text block sits at `y`. */
  baseline: 'middle' | 'bottom' | 'top';
  /** The height of one line, in CSS px, as Chart.js spaces them. */
  lineHeight: number;
}

/** Where a part sits on the canvas, in CSS px relative to the canvas. */
export interface PartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
