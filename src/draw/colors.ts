import type { ChartColors } from '../dom/colors.js';

/**
 * Reads each colour from its probe. Custom properties compute to their raw text
 * ("CanvasText", "var(…)"), but a probe's `color` computes to a real rgb() value, also for
 * Windows High Contrast's system colours. The element renders the probes whenever it is near
 * the screen, which is before any drawing; the system's text and background colours only stand in for a missing one.
 */
export function readColors(root: ParentNode): ChartColors {
  const read = (name: string, fallback = 'CanvasText') => {
    const probe = root.querySelector(`.p-${name}`);
    return (probe && getComputedStyle(probe).color) || fallback;
  };
  return {
    text: read('text'),
    muted: read('muted'),
    background: read('background', 'Canvas'),
    grid: read('grid'),
    accent: read('accent'),
    focus: read('focus'),
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => read(`c${n}`)),
  };
}

/** The colour behind a fill's probe name (src/core/fills.ts `FILL_NAMES`): `muted`, `accent`, `c1`…`c8`. */
export function colorByName(colors: ChartColors, name: string): string {
  if (name === 'muted' || name === 'accent') return colors[name];
  return colors.series[Number(name.slice(1)) - 1] ?? colors.text;
}
