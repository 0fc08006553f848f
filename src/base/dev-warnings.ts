import { contrastRatio } from '../core/palette.js';
import type { ChartColors } from '../dom/colors.js';

declare const __FOI_DEV__: boolean | undefined;

/**
 * True in development (tests, Storybook, a bundler's dev server); the production builds in
 * dist/ replace `__FOI_DEV__` with false, so these checks and their strings are stripped.
 */
export const DEV_MODE = typeof __FOI_DEV__ === 'undefined' ? true : __FOI_DEV__;

const warned = new WeakMap<Element, Set<string>>();

function warnOnce(el: Element, key: string, message: string): void {
  const seen = warned.get(el) ?? new Set<string>();
  warned.set(el, seen);
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`foi-charts <${el.localName}>: ${message}`);
}

/** Authoring checks with a one-line fix each: a heading, a source, and colours a reader can see. */
export function checkAuthoring(
  el: Element,
  settings: { heading: string; source: string },
  colors: ChartColors | null,
  fills: string[],
): void {
  if (!DEV_MODE) return;
  if (!settings.heading) {
    warnOnce(el, 'heading', 'no heading. Add heading="…" (or a <caption> in the data table) so the chart has a name.');
  }
  if (!settings.source) {
    warnOnce(el, 'source', 'no source. Add source="…" (and source-href="https://…") so readers can check the figures.');
  }
  if (!colors) return;
  for (const fill of new Set(fills)) {
    const ratio = contrastRatio(fill, colors.background);
    if (ratio < 3) {
      warnOnce(
        el,
        `contrast:${fill}`,
        `the colour ${fill} has ${ratio.toFixed(2)}:1 contrast against the background; ` +
          'WCAG 1.4.11 needs 3:1. Choose a darker --foi-color-* (or lighter, on a dark theme).',
      );
    }
  }
}

/** The column drawn when several could be the value and the page named none: the figure says it too. */
export function checkColumnChoice(el: Element, choice: { drawn: string; columns: string[] } | undefined): void {
  if (!DEV_MODE || !choice) return;
  warnOnce(
    el,
    `column:${choice.drawn}`,
    `drew the column "${choice.drawn}", one of ${choice.columns.length} number columns (${choice.columns.join(', ')}). ` +
      `Name the one you mean with value-column="…".`,
  );
}
