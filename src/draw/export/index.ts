/**
 * The export chunk: "Download image" as one PNG of the whole figure — heading, subtitle, the
 * chart with its words, legend, notes and source line — at 2×, on the theme's background made
 * opaque, in the page's fonts, wrapped to the picture's width. Loaded on the first click (the
 * element's `getImage()`), never with the page. The chart itself is drawn by the drawing chunk
 * (`Drawing.shot`), at the width the picture leaves it.
 */
import type { DrawInput, Drawing } from '../index.js';
import { patternFill } from '../patterns.js';
import { readFigure } from './figure.js';
import { picturePadding, planPicture, type Placed } from './layout.js';
import { fillLine, measurer, useStyle, type TextStyle } from './text-style.js';

/** Device px per CSS px in a saved picture: sharp on phones and in print. */
const PICTURE_SCALE = 2;

/** What the element asks for. */
export interface PictureRequest {
  /** The picture's width in CSS px (`png-width`, or the figure's). */
  width: number;
  /** The chart's drawing input laid out for a width in CSS px (the element's layout there). */
  input: (chartWidth: number) => DrawInput;
  /** The element's shadow root: the figure's words and styles are read there. */
  root: ParentNode;
}

/** The figure as a PNG, or null when the chart is not drawn. */
export async function pictureBlob(drawing: Drawing, request: PictureRequest): Promise<Blob | null> {
  const canvas = await pictureCanvas(drawing, request);
  return canvas && new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** The figure painted on a canvas `PICTURE_SCALE` times the request's width. */
async function pictureCanvas(drawing: Drawing, request: PictureRequest): Promise<HTMLCanvasElement | null> {
  const { width, root } = request;
  const colors = drawing.colors;
  const figureEl = root.querySelector('[part~="figure"]') ?? root.firstElementChild;
  const s = figureEl ? getComputedStyle(figureEl) : null;
  const base: TextStyle = {
    font: s ? `${s.fontSize} ${s.fontFamily}` : '16px sans-serif',
    color: colors.text,
    size: s ? parseFloat(s.fontSize) : 16,
    letterSpacing: 0,
    wordSpacing: 0,
  };
  const figure = readFigure(root, base);
  await fontsLoaded([...figure.above, ...figure.below].map((b) => b.style).concat(figure.legend ? [figure.legend.label, figure.legend.value] : []));
  const shot = drawing.shot(PICTURE_SCALE, request.input(width - 2 * picturePadding(width)));
  if (!shot) return null;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const plan = planPicture(figure, shot, width, (style) => measurer(ctx, style));
  canvas.width = Math.round(width * PICTURE_SCALE);
  canvas.height = Math.round(plan.height * PICTURE_SCALE);
  // Setting the size reset the context: scale to CSS px now.
  ctx.scale(PICTURE_SCALE, PICTURE_SCALE);
  // Never see-through: the theme's background over white (black under light text), so a page
  // that made it transparent still gives a picture that reads anywhere it is posted.
  ctx.fillStyle = isLight(colors.text) ? '#000' : '#fff';
  ctx.fillRect(0, 0, width, plan.height);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, plan.height);
  for (const item of plan.items) paint(ctx, item, shot, colors.background);
  return canvas;
}

function paint(ctx: CanvasRenderingContext2D, item: Placed, shot: NonNullable<ReturnType<Drawing['shot']>>, ink: string): void {
  if (item.kind === 'chart') {
    ctx.drawImage(shot.canvas, item.x, item.y, shot.width, shot.height);
  } else if (item.kind === 'text') {
    useStyle(ctx, item.style);
    fillLine(ctx, item.text, item.x, item.y, item.lineHeight, 'left');
  } else if (item.swatch.kind === 'box') {
    const { size, fill, border, texture } = item.swatch;
    ctx.fillStyle = texture === null ? fill : patternFill(fill, ink, texture);
    ctx.fillRect(item.x, item.y, size, size);
    ctx.strokeStyle = border;
    ctx.lineWidth = 1;
    ctx.strokeRect(item.x + 0.5, item.y + 0.5, size - 1, size - 1);
  } else {
    const { stroke, dash, lineWidth, width, height } = item.swatch;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(item.x + 1, item.y + height / 2);
    ctx.lineTo(item.x + width - 1, item.y + height / 2);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** Web fonts the figure uses, loaded before drawing with them (a canvas would fall back silently). */
async function fontsLoaded(styles: TextStyle[]): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  await Promise.all([...new Set(styles.map((s) => s.font))].map((font) => fonts.load(font).catch(() => [])));
}

/** Whether a colour is light (light text: a dark theme). */
function isLight(color: string): boolean {
  const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 128;
}
