/** Reading a saved picture back, pixel by pixel, for tests of "Download image" and print. */

export interface Picture {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes a PNG (a Blob or a data URL) into its pixels. */
export async function decode(png: Blob | string): Promise<Picture> {
  const blob = typeof png === 'string' ? await (await fetch(png)).blob() : png;
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: canvas.width, height: canvas.height, data: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
}

export type Rgba = [number, number, number, number];

export const pixel = (p: Picture, x: number, y: number): Rgba => {
  const i = (Math.round(y) * p.width + Math.round(x)) * 4;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!, p.data[i + 3]!];
};

/** A CSS colour as the page computes it (`rgb(…)`), as numbers. */
export function rgb(css: string): [number, number, number] {
  const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** Whether a pixel is `color`, within `tolerance` per channel. */
export const near = (px: Rgba | [number, number, number], color: [number, number, number], tolerance = 3): boolean =>
  Math.abs(px[0] - color[0]) <= tolerance && Math.abs(px[1] - color[1]) <= tolerance && Math.abs(px[2] - color[2]) <= tolerance;

/** The rows (y) where some pixel matches `test`, as runs of consecutive rows `[first, last]`. */
export function rowRuns(p: Picture, test: (px: Rgba) => boolean, from = 0, to = p.height): [number, number][] {
  const runs: [number, number][] = [];
  for (let y = from; y < to; y++) {
    let hit = false;
    for (let x = 0; x < p.width && !hit; x++) hit = test(pixel(p, x, y));
    if (!hit) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** The leftmost and rightmost columns with a pixel matching `test` in rows `top`…`bottom`, or null. */
export function inkColumns(p: Picture, test: (px: Rgba) => boolean, top: number, bottom: number): [number, number] | null {
  let left = Infinity;
  let right = -Infinity;
  for (let y = Math.max(0, top); y <= Math.min(p.height - 1, bottom); y++) {
    for (let x = 0; x < p.width; x++) {
      if (!test(pixel(p, x, y))) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return left <= right ? [left, right] : null;
}

/** How many pixels in a box match `test`. */
export function count(p: Picture, test: (px: Rgba) => boolean, box: { x: number; y: number; width: number; height: number }): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(p.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(p.width, box.x + box.width); x++) if (test(pixel(p, x, y))) n++;
  }
  return n;
}

/** Text width in an element's computed font, as the browser measures it. */
export function textWidth(el: Element, text: string): number {
  const s = getComputedStyle(el);
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  return ctx.measureText(text).width;
}
