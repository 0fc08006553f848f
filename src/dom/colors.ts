/** Colours for the canvas (src/draw/colors.ts reads them), resolved from the element's CSS (theme, custom properties, forced colours). */
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
