/**
 * Text drawn on a canvas as the page sets it in HTML: the same font, colour and spacing, read
 * from the element that shows it, and the same place in its line (CSS centres a line's glyphs
 * in its line box). Shared by the chart's words in a picture or print image and by the figure's
 * text around it.
 */

/** How a piece of text looks, as a canvas takes it. */
export interface TextStyle {
  /** A canvas font: style, weight, size and family. */
  font: string;
  color: string;
  /** Font size in CSS px. */
  size: number;
  /** CSS px, from the page's text spacing (WCAG 1.4.12); 0 for normal. */
  letterSpacing: number;
  wordSpacing: number;
}

/** The style of `el` as it is shown, or `fallback` when it is not there. */
export function textStyleOf(el: Element | null, fallback: TextStyle): TextStyle {
  if (!el) return fallback;
  const s = getComputedStyle(el);
  const size = parseFloat(s.fontSize) || fallback.size;
  return {
    font: `${s.fontStyle} ${s.fontWeight} ${size}px ${s.fontFamily || 'sans-serif'}`,
    color: s.color || fallback.color,
    size,
    letterSpacing: parseFloat(s.letterSpacing) || 0,
    wordSpacing: parseFloat(s.wordSpacing) || 0,
  };
}

/** A computed `line-height` in CSS px (`normal` is about 1.2 times the font size). */
export const lineHeightOf = (el: Element, size: number): number => parseFloat(getComputedStyle(el).lineHeight) || Math.round(size * 1.2);

type SpacedContext = CanvasRenderingContext2D & { letterSpacing?: string; wordSpacing?: string };

/** Sets `ctx` to draw and measure in `style` (spacing where the browser's canvas has it). */
export function useStyle(ctx: CanvasRenderingContext2D, style: TextStyle): void {
  const spaced = ctx as SpacedContext;
  ctx.font = style.font;
  ctx.fillStyle = style.color;
  if ('letterSpacing' in spaced) spaced.letterSpacing = `${style.letterSpacing}px`;
  if ('wordSpacing' in spaced) spaced.wordSpacing = `${style.wordSpacing}px`;
}

/** Measures text in `style`. */
export function measurer(ctx: CanvasRenderingContext2D, style: TextStyle): (text: string) => number {
  return (text) => {
    useStyle(ctx, style);
    return ctx.measureText(text).width;
  };
}

/**
 * Draws one line of text in the line box that starts at `top` and is `lineHeight` tall, with
 * its glyphs centred in it as CSS centres them, aligned at `x` by `align` (the style is set).
 */
export function fillLine(ctx: CanvasRenderingContext2D, text: string, x: number, top: number, lineHeight: number, align: CanvasTextAlign): void {
  ctx.textAlign = align;
  // The font's ascent and descent are measured from the alphabetic baseline.
  ctx.textBaseline = 'alphabetic';
  const m = ctx.measureText(text);
  if (m.fontBoundingBoxAscent !== undefined && m.fontBoundingBoxDescent !== undefined) {
    const content = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
    ctx.fillText(text, x, top + (lineHeight - content) / 2 + m.fontBoundingBoxAscent);
  } else {
    ctx.textBaseline = 'middle';
    ctx.fillText(text, x, top + lineHeight / 2);
  }
}
