import type { ChartKind, Row } from './types.js';

/** The colours a chart chooses from: the palette's, or CSS variables standing for them. */
export interface FillColors {
  muted: string;
  accent: string;
  series: string[];
}

/** The colours by their probe names: the element chooses fills by name, the drawing reads each from CSS. */
export const FILL_NAMES: FillColors = { muted: 'muted', accent: 'accent', series: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'] };

/** The labels `highlight` picks out (`;`-separated), trimmed. */
export function highlightSet(highlight: string | null | undefined): Set<string> {
  return new Set(
    (highlight ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/**
 * One fill per row: accent and muted when `highlight` picks some out; else one colour for every
 * bar, and a palette colour per donut part. The same choice serves the canvas (real colours) and
 * the donut's HTML legend (CSS variables), so the two always match.
 */
export function partFills(rows: Row[], kind: ChartKind, highlight: string | null | undefined, colors: FillColors): string[] {
  const picked = highlightSet(highlight);
  return rows.map((row, i) => {
    if (picked.size) return picked.has(row.label) ? colors.accent : colors.muted;
    if (kind === 'bar') return colors.series[0]!;
    // The derived remainder is "the rest": neutral grey rather than a category colour.
    if (row.derived) return colors.muted;
    return colors.series[i % colors.series.length]!;
  });
}
