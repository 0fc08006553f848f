import { font, specs } from './plugins.js';
import type { Chart } from './register.js';
import type { ChartText } from './spec.js';

/**
 * The canvas with its words drawn in, for "Download image": on screen the words are HTML over
 * the canvas, but a saved picture must carry them.
 */
export function snapshot(chart: Chart, texts: ChartText[]): HTMLCanvasElement {
  const spec = specs.get(chart.canvas);
  const source = chart.canvas;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = spec?.backgroundColor ?? '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  if (!spec) return out;
  const scale = source.width / (chart.width || source.width);
  ctx.scale(scale, scale);
  ctx.font = font(spec);
  ctx.fillStyle = spec.textColor;
  ctx.textBaseline = 'middle';
  for (const t of texts) {
    ctx.textAlign = t.align;
    const top = t.baseline === 'top' ? t.y : t.baseline === 'bottom' ? t.y - t.lines.length * t.lineHeight : t.y - (t.lines.length * t.lineHeight) / 2;
    t.lines.forEach((line, i) => ctx.fillText(line, t.x, top + (i + 0.5) * t.lineHeight));
  }
  return out;
}
