let context: CanvasRenderingContext2D | null | undefined;
/** The font the context is set to: setting `font` parses the string again each time. */
let contextFont = '';
/** Widths already measured, by font then text: an article's charts share fonts and labels. */
const widths = new Map<string, Map<string, number>>();
/** A font's widths are forgotten past this many texts (a page that keeps changing its labels). */
const MAX_TEXTS = 2000;

// Widths measured in a fallback font are wrong once the page's web fonts arrive. Registered when
// the module is evaluated, so it runs before any chart's own 'loadingdone' handler measures again.
globalThis.document?.fonts?.addEventListener?.('loadingdone', () => {
  for (const known of widths.values()) known.clear();
  // The font is set again, so the context picks the new face.
  contextFont = '';
});

/**
 * Measures text in a CSS font with a detached canvas. The element uses it to size a bar chart
 * before Chart.js has loaded; the drawing code uses it to make room for the value labels. Each
 * text is measured once per font per page.
 */
export function textMeasurer(cssFont: string): (text: string) => number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8;
  const ctx = context;
  let known = widths.get(cssFont);
  if (!known) widths.set(cssFont, (known = new Map()));
  const cache = known;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (contextFont !== cssFont) ctx.font = contextFont = cssFont;
      width = ctx.measureText(text).width;
      if (cache.size >= MAX_TEXTS) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}
