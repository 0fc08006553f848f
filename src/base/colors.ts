import { PALETTES } from '../core/palette.js';

/** Colours for the canvas, resolved from the element's CSS (theme, custom properties, forced colours). */
export interface ChartColors {
  text: string;
  muted: string;
  background: string;
  grid: string;
  accent: string;
  focus: string;
  series: string[];
}

/** The same colours as CSS, for HTML (the legend's swatches): they follow theme changes live. */
export const CSS_COLORS: ChartColors = {
  text: 'var(--_text)',
  muted: 'var(--_muted-bar)',
  background: 'var(--_background)',
  grid: 'var(--_grid)',
  accent: 'var(--_accent)',
  focus: 'var(--_focus)',
  series: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `var(--_c${n})`),
};

const NAMED = ['text', 'muted', 'background', 'grid', 'accent', 'focus'] as const;

/**
 * The hidden probe elements, one per colour: class `p-NAME`, styled `color: <CSS colour>`.
 * One list serves the stylesheet (`probeStyles`), the template and `readColors`.
 */
export const PROBES: readonly (readonly [name: string, css: string])[] = [
  ...NAMED.map((name) => [name, CSS_COLORS[name]] as const),
  ...CSS_COLORS.series.map((css, i) => [`c${i + 1}`, css] as const),
];

export const probeStyles = PROBES.map(([name, css]) => `.probe .p-${name}{color:${css}}`).join('\n');

/**
 * Reads each colour from its probe. Custom properties compute to their raw text
 * ("CanvasText", "var(…)"), but a probe's `color` computes to a real rgb() value, also for
 * Windows High Contrast's system colours. Before the first render, the light palette stands in.
 */
export function readColors(root: ParentNode): ChartColors {
  const light = PALETTES.light;
  const read = (name: string, fallback: string) => {
    const probe = root.querySelector(`.p-${name}`);
    return probe ? getComputedStyle(probe).color || fallback : fallback;
  };
  return {
    text: read('text', light.text),
    muted: read('muted', light.mutedBar),
    background: read('background', light.background),
    grid: read('grid', light.grid),
    accent: read('accent', light.accent),
    focus: read('focus', light.accent),
    series: light.colors.map((fallback, i) => read(`c${i + 1}`, fallback)),
  };
}
