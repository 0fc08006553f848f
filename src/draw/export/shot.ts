/**
 * The chart drawn again on a canvas of its own, at a chosen resolution and with its words painted
 * in: on screen the words are HTML over the canvas, but a saved picture or a printed page must
 * carry them. Part of the drawing chunk (it draws with Chart.js); the picture around it is the
 * export chunk's (index.ts).
 */
import { createChart, destroyChart, kindOf } from '../chart.js';
import { font } from '../plugins.js';
import type { ChartText, DrawSpec } from '../spec.js';
import { fillLine, textStyleOf, useStyle, type TextStyle } from './text-style.js';

/** A chart with its words, `scale` device px per CSS px. */
export interface ChartShot {
  canvas: HTMLCanvasElement;
  /** Its size in CSS px. */
  width: number;
  height: number;
}

/**
 * Draws `spec` (its `width` × `height` in CSS px) at `scale` on a canvas that is never on screen,
 * on the chart's background, with every word where Chart.js places it, in the style the figure
 * shows it in (`root`: the element's shadow root, where the words are).
 */
export function chartShot(spec: DrawSpec, scale: number, root: ParentNode): ChartShot {
  // The same settings with nothing listening and nothing moving: this chart is never seen.
  const quiet: DrawSpec = { ...spec, animate: false, onUpdate: undefined, onHover: undefined, onPick: undefined };
  const work = document.createElement('canvas');
  const chart = createChart(work, quiet, scale);
  try {
    const out = document.createElement('canvas');
    out.width = work.width;
    out.height = work.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = spec.backgroundColor;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(work, 0, 0);
    ctx.scale(scale, scale);
    paintWords(ctx, kindOf(quiet).texts(chart, quiet), root, spec);
    return { canvas: out, width: chart.width, height: chart.height };
  } finally {
    // Destroying clears the canvas it drew on: the picture was copied first.
    destroyChart(chart);
  }
}

/** Each word in its lines, its block placed by its align and baseline as the HTML words are. */
function paintWords(ctx: CanvasRenderingContext2D, texts: ChartText[], root: ParentNode, spec: DrawSpec): void {
  const fallback: TextStyle = { font: font(spec), color: spec.textColor, size: spec.fontSize, letterSpacing: 0, wordSpacing: 0 };
  const styles = new Map<ChartText['kind'], TextStyle>();
  for (const t of texts) {
    let style = styles.get(t.kind);
    if (!style) styles.set(t.kind, (style = textStyleOf(root.querySelector(`.words .word.${t.kind}`), fallback)));
    useStyle(ctx, style);
    const block = t.lines.length * t.lineHeight;
    const top = t.baseline === 'top' ? t.y : t.baseline === 'bottom' ? t.y - block : t.y - block / 2;
    t.lines.forEach((line, i) => fillLine(ctx, line, t.x, top + i * t.lineHeight, t.lineHeight, t.align));
  }
}
