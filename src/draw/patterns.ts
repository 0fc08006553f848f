/**
 * Textures that tell parts apart without colour (WCAG 1.4.1). Each index gets a different
 * mark: diagonal lines, dots, cross-hatch, horizontal lines, and so on.
 */
const SIZE = 10;

type Mark = (ctx: CanvasRenderingContext2D) => void;

const marks: Mark[] = [
  () => {},
  (ctx) => line(ctx, 0, SIZE, SIZE, 0),
  (ctx) => dot(ctx, SIZE / 2, SIZE / 2, 1.8),
  (ctx) => {
    line(ctx, 0, SIZE, SIZE, 0);
    line(ctx, 0, 0, SIZE, SIZE);
  },
  (ctx) => line(ctx, 0, SIZE / 2, SIZE, SIZE / 2),
  (ctx) => line(ctx, SIZE / 2, 0, SIZE / 2, SIZE),
  (ctx) => line(ctx, 0, 0, SIZE, SIZE),
  (ctx) => {
    line(ctx, 0, SIZE / 2, SIZE, SIZE / 2);
    line(ctx, SIZE / 2, 0, SIZE / 2, SIZE);
  },
];

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

/** A fill of `color` with the index's mark in `ink`; falls back to the plain colour. */
export function patternFill(color: string, ink: string, index: number): string | CanvasPattern {
  if (typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  const ratio = Math.max(1, Math.round(globalThis.devicePixelRatio || 1));
  tile.width = tile.height = SIZE * ratio;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, SIZE, SIZE);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1.5;
  marks[index % marks.length]!(ctx);
  const pattern = ctx.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern ?? color;
}
