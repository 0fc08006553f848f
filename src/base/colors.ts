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

/**
 * Reads each colour from a hidden probe element styled with it. Custom properties compute to
 * their raw text ("CanvasText", "var(…)"), but a probe's `color` computes to a real rgb()
 * value, also for Windows High Contrast's system colours.
 */
export function readColors(root: ParentNode): ChartColors {
  const read = (name: string, fallback: string) => {
    const probe = root.querySelector(`.p-${name}`);
    return probe ? getComputedStyle(probe).color || fallback : fallback;
  };
  return {
    text: read('text', '#1f1f1f'),
    muted: read('muted', '#595959'),
    background: read('background', '#ffffff'),
    grid: read('grid', '#d6d6d6'),
    accent: read('accent', '#0b5cad'),
    focus: read('focus', '#0b5cad'),
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => read(`c${n}`, '#0b5cad')),
  };
}
