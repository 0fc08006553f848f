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
 * The spacing the chart's HTML words get from CSS, in CSS px, which a canvas does not apply
 * when it measures: WCAG 1.4.12 asks that text take a reader's letter and word spacing, so every
 * measurement that decides where a word goes must count it.
 */
export interface TextSpacing {
  letterSpacing: number;
  wordSpacing: number;
}

/** What the chart's words look like: their font, the spacing CSS adds, their line height (× size). */
export interface TextStyle extends TextSpacing {
  fontSize: number;
  fontFamily: string;
  lineHeight: number;
}

/** No spacing beyond the font's. */
const NO_SPACING: TextSpacing = { letterSpacing: 0, wordSpacing: 0 };

/**
 * `width` (as a canvas measures `text`) plus what CSS adds to it as HTML: letter spacing after
 * every character, word spacing at every space.
 */
export function spacedWidth(width: number, text: string, spacing: TextSpacing): number {
  if (!spacing.letterSpacing && !spacing.wordSpacing) return width;
  let spaces = 0;
  let characters = 0;
  for (const character of text) {
    characters++;
    if (character === ' ' || character === '\u00a0') spaces++;
  }
  return width + characters * spacing.letterSpacing + spaces * spacing.wordSpacing;
}

/**
 * Measures text in a CSS font with a detached canvas, as wide as it is as HTML with `spacing`.
 * The element uses it to size a bar chart before Chart.js has loaded; the drawing code uses it to
 * make room for the value labels and to fit labels along an axis. Each text is measured once per
 * font per page; the spacing is added to that width.
 */
export function textMeasurer(cssFont: string, spacing: TextSpacing = NO_SPACING): (text: string) => number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => spacedWidth(text.length * 8, text, spacing);
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
    return spacedWidth(width, text, spacing);
  };
}

/** A computed length (`"1.68px"`, `"normal"`) in px; `normal` and anything unreadable are 0. */
const px = (value: string): number => (value.endsWith('px') ? parseFloat(value) || 0 : 0);

/**
 * The spacing and line height a chart word gets, from its computed style (the words' probe, or
 * the host before the probe exists). `lineHeight` is a multiple of the font size, `fallback`
 * where CSS says `normal`.
 */
export function readTextStyle(style: CSSStyleDeclaration, fallback: number): TextSpacing & { lineHeight: number } {
  const size = parseFloat(style.fontSize) || 16;
  const line = style.lineHeight;
  // Resolved as px where the element is rendered, as a plain number in some engines otherwise.
  const lineHeight = line.endsWith('px') ? parseFloat(line) / size : parseFloat(line) || fallback;
  return { letterSpacing: Math.max(0, px(style.letterSpacing)), wordSpacing: Math.max(0, px(style.wordSpacing)), lineHeight };
}
