import { css, unsafeCSS } from 'lit';
import { PALETTES, type Palette } from '../core/palette.js';
import { probeStyles } from '../dom/colors.js';
import { figureStyles } from './figure-styles.js';
import { pictureStyles } from './picture-styles.js';
import { TOOLTIP_GAP } from './tooltip-place.js';
import { visuallyHiddenStyles } from './visually-hidden.js';

/**
 * A theme's internal variables: each is the page's public `--foi-*` custom property when set
 * (inherited from any ancestor), else the palette's default. JavaScript reads the resolved
 * values through probe elements to colour the canvas, so CSS and canvas always agree.
 */
function themeVariables(p: Palette): string {
  return [
    `--_text: var(--foi-text-color, ${p.text});`,
    `--_muted: var(--foi-muted-color, ${p.muted});`,
    `--_muted-bar: var(--foi-muted-color, ${p.mutedBar});`,
    `--_background: var(--foi-background, ${p.background});`,
    `--_grid: var(--foi-grid-color, ${p.grid});`,
    `--_accent: var(--foi-accent, ${p.accent});`,
    `--_focus: var(--foi-focus-color, var(--foi-accent, ${p.accent}));`,
    ...p.colors.map((c, i) => `--_c${i + 1}: var(--foi-color-${i + 1}, ${c});`),
  ].join('\n');
}

/** The tooltip's bridge over the gap to its part, from inside its border: the gap and the border. */
const BRIDGE = unsafeCSS(`${TOOLTIP_GAP + 1}px`);

const light = unsafeCSS(themeVariables(PALETTES.light));
const dark = unsafeCSS(themeVariables(PALETTES.dark));
// Windows High Contrast: system colours only; parts are told apart by texture (always on).
const forced = unsafeCSS(
  [
    '--_text: CanvasText; --_muted: CanvasText; --_muted-bar: GrayText; --_background: Canvas;',
    '--_grid: GrayText; --_accent: Highlight; --_focus: Highlight;',
    ...['CanvasText', 'Highlight', 'GrayText', 'CanvasText', 'Highlight', 'GrayText', 'CanvasText', 'Highlight'].map(
      (c, i) => `--_c${i + 1}: ${c};`,
    ),
  ].join('\n'),
);

export const chartStyles = css`
  :host {
    ${light}
    --_bar-height: var(--foi-bar-height, 28px);
    --_max-height: var(--foi-max-height, 360px);
    display: block;
    /* Its own stacking context: drawing one chart repaints that figure, not the whole article. */
    isolation: isolate;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--foi-font-family, inherit);
    line-height: 1.4;
    text-align: start;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  /* :host([theme]) outranks the dark theme's rules above: without it a dark or auto theme kept its
     palette, which forced colours then flattened to one colour (a donut as one solid ring). */
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      ${forced}
    }
  }
  ${unsafeCSS(probeStyles)}
  .sizer {
    height: 0;
    width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: 0.75em 0;
  }
  .caption {
    margin: 0 0 0.5em;
  }
  .heading {
    display: block;
    font-family: inherit;
    color: inherit;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0;
  }
  .subtitle {
    display: block;
    color: var(--_muted);
    margin: 0.15em 0 0;
  }
  /* The donut's canvas draws the focused slice's own outline; a box around it would not follow its shape. */
  .chart.donut .part:focus {
    outline: none;
  }
  /* Its size never depends on what is drawn in it (bars: a set height; donut: a square), so
     size and layout containment let drawing and placing focus targets lay out only this box. */
  .chart {
    position: relative;
    width: 100%;
    contain: size layout;
  }
  /* A square as wide as the column, up to --foi-max-height. (Not a size container with
     100cqw: every style read inside a size container forces a layout.) */
  .chart.donut {
    width: 100%;
    aspect-ratio: 1;
    max-width: var(--_max-height);
    margin: 0 auto;
  }
  /* While data loads: a typical bar chart's height (a donut takes its own size, above); a column
     or line chart's plot height, which follows the width only (layout.ts plotHeight). */
  .chart.placeholder.bar {
    height: 16em;
  }
  .chart.placeholder.column,
  .chart.placeholder.line {
    aspect-ratio: 100 / 55;
    min-height: 240px;
    max-height: 400px;
  }
  .chart.placeholder {
    background: color-mix(in srgb, var(--_text) 4%, var(--_background));
    border-radius: 4px;
  }
  .chart.placeholder .message {
    margin: 0;
  }
  canvas {
    display: block;
    max-width: 100%;
    /* Chromium measures canvas text with the canvas element's own letter spacing; the drawing
       adds the words' spacing itself (draw/plugins.ts measureSpaced), once, in every engine. */
    letter-spacing: normal !important;
    word-spacing: normal !important;
  }
  .parts,
  .words {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .word {
    position: absolute;
    white-space: nowrap;
    line-height: 1.25;
    color: var(--_text);
  }
  /* A word that is never seen: it takes every style the words take (text spacing, line height),
     for the layout to measure with (TextStyleController), at the words' size (layout.ts). */
  .spacing-probe {
    visibility: hidden;
    font-size: max(12px, 0.875em);
  }
  .word span {
    display: block;
  }
  .part {
    position: absolute;
    border-radius: 3px;
    outline: none;
  }
  /* Placed beside its part by TooltipController (tooltip-place.ts), at its own width up to 18em
     or the chart's: it flips sides rather than squeeze, and wraps between words only. The pointer
     can rest on it (WCAG 1.4.13). */
  .tooltip {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(18em, 100%);
    padding: 0.35em 0.6em;
    font-size: 0.875em;
    line-height: 1.3;
    color: var(--_background);
    background: var(--_text);
    border: 1px solid var(--_text);
    border-radius: 4px;
    overflow-wrap: break-word;
  }
  /* The gap to its part belongs to the tooltip, so the pointer crosses it without leaving both. */
  .tooltip::before {
    content: '';
    position: absolute;
    inset: -${BRIDGE};
  }
  .tooltip strong {
    display: block;
  }
  /* Forced colours paint a Canvas backplate behind text: the tooltip's text must be CanvasText. */
  @media (forced-colors: active) {
    .tooltip {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
  /* Under the chart, in the flow: its line is always reserved, so showing it on focus moves
     nothing and it never covers a bar. */
  .hint {
    margin: 0.25em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
    opacity: 0;
  }
  .chart:focus-within + .hint {
    opacity: 1;
  }
  ${figureStyles}
  ${visuallyHiddenStyles}
  /* Last in the sheet, so all: unset on legend and table buttons cannot undo it.
     WCAG 2.4.7: every focusable thing inside gets the same 3 px ring in the focus colour, offset
     so it never hides what it marks (the focused bar, a button, the source link, the alt text). */
  .part:focus,
  button:focus-visible,
  a:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ${pictureStyles}
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
