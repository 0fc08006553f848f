/**
 * Colours for the light and dark themes, and the WCAG contrast arithmetic that checks them.
 *
 * The categorical colours follow Okabe & Ito's colour-blind-safe set, adjusted so each has at
 * least 3:1 contrast against its background (WCAG 1.4.11, non-text contrast): in the light
 * theme the orange, sky blue, yellow and black are darkened (yellow becomes olive, black a dark
 * grey); in the dark theme the dark blue and vermillion are lightened. Colour is never the only
 * cue (bars carry value labels, donut parts a real legend and borders), so the palette only has
 * to keep neighbouring parts apart and visible.
 */

/** One theme's colours, as hex strings. */
export interface Palette {
  /** Chart background. */
  background: string;
  /** Text, at least 4.5:1 against the background. */
  text: string;
  /** Secondary text (source, notes, axis labels), at least 4.5:1. */
  muted: string;
  /** Non-highlighted bars when some bars are highlighted: at least 3:1 but quieter than `accent`. */
  mutedBar: string;
  /** Grid lines: decorative, deliberately faint. */
  grid: string;
  /** Highlighted bars and the focus ring, at least 4.5:1. */
  accent: string;
  /** Eight categorical colours, each at least 3:1 against the background. */
  colors: string[];
}

export const PALETTES: { light: Palette; dark: Palette } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#5f5f5f',
    mutedBar: '#8c8c8c',
    grid: '#d9d9d9',
    accent: '#0072b2',
    colors: ['#0072b2', '#d55e00', '#009e73', '#b8588f', '#b26b00', '#2e86c1', '#8a7a00', '#4d4d4d'],
  },
  dark: {
    background: '#1a1a1a',
    text: '#f2f2f2',
    muted: '#a8a8a8',
    mutedBar: '#777777',
    grid: '#3a3a3a',
    accent: '#56b4e9',
    colors: ['#3a8fd6', '#ed6a1f', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#bbbbbb'],
  },
};

/**
 * Reads a CSS colour as `getComputedStyle` reports it or a page writes it: `#rgb`, `#rgba`,
 * `#rrggbb`, `#rrggbbaa`, `rgb(…)`/`rgba(…)` with commas or spaces (alpha is ignored).
 *
 * @returns `[r, g, b]` in 0–255, or `null` for anything else (names, `hsl()`, nonsense).
 */
export function parseColor(css: string): [number, number, number] | null {
  if (typeof css !== 'string') return null;
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    const h = hex[1];
    const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1].split(/\s*[,/]\s*|\s+/).filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 4) return null;
  const rgb: number[] = [];
  for (const part of parts.slice(0, 3)) {
    const m = /^(-?\d*\.?\d+)(%?)$/.exec(part);
    if (!m) return null;
    const n = m[2] ? (parseFloat(m[1]) * 255) / 100 : parseFloat(m[1]);
    rgb.push(Math.min(255, Math.max(0, n)));
  }
  return rgb as [number, number, number];
}

/**
 * The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
 * An unreadable colour gives 1, the failing value, so a check never passes by accident.
 */
export function contrastRatio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
