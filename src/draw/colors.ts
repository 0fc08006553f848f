import { PALETTES } from '../core/palette.js';
import type { ChartColors } from '../dom/colors.js';

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
