import { css } from 'lit';

/** The figure's text around the chart: the donut's legend, messages, notes, source, controls and the table. */
export const figureStyles = css`
  .legend {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    min-width: 0;
  }
  .legend button {
    all: unset;
    display: inline-flex;
    align-items: flex-start;
    gap: 0.4em;
    cursor: pointer;
    border-radius: 2px;
    min-height: 24px;
    overflow-wrap: anywhere;
  }
  .legend button[aria-pressed='true'] .legend-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .swatch {
    /* Forced colours would drop the texture (a background image), leaving nine parts in three
       system colours: the swatch keeps it, drawn in system colours (--_c*, --_background). */
    forced-color-adjust: none;
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border: 1px solid var(--_text);
    border-radius: 2px;
    /* Level with the first line when a long label wraps. */
    margin-top: 0.25em;
  }
  .legend-value {
    color: var(--_muted);
    white-space: nowrap;
  }
  .message {
    /* A message quotes cells and URLs: it wraps anywhere rather than scroll sideways at 320 px. */
    overflow-wrap: anywhere;
    margin: 0.5em 0;
    padding: 0.75em 1em;
    border-left: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_text) 6%, var(--_background));
  }
  :host([state='error']) .message {
    border-left-color: #b00020;
  }
  /* The takeaway: under the subtitle, in the figure's own type and text colour. */
  .summary {
    margin: 0 0 0.75em;
  }
  .notes,
  .source {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .notes p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .notes p + p {
    margin-top: 0.25em;
  }
  .source a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
  }
  .actions button,
  .image-alt button {
    font: inherit;
    font-size: 0.875em;
    line-height: 1.2;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    /* WCAG 2.5.8: targets at least 24 by 24 CSS px. */
    min-height: 24px;
    min-width: 24px;
    padding: 0.35em 0.75em;
    cursor: pointer;
    width: auto;
    height: auto;
    margin: 0;
    text-transform: none;
    letter-spacing: normal;
  }
  /* A pressed toggle ("Show as donut" while the bars are shown) looks pressed without colour:
     a 2 px border, which forced colours keep; the padding gives back the extra pixel. */
  .actions button[aria-pressed='true'] {
    border: 2px solid var(--_text);
    padding: calc(0.35em - 1px) calc(0.75em - 1px);
    background: color-mix(in srgb, var(--_text) 10%, var(--_background));
  }
  th button {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .table-wrap {
    margin: 0.75em 0 0;
    max-width: 100%;
    overflow-x: auto;
  }
  /* Out of the accessibility tree until "Show table": the parts already carry every label and value. */
  .table-wrap[data-visible='false'] {
    display: none;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0 0 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
    /* Words wrap between words, never mid-letter ("Ca/teg/ory"): a table too wide for its
       column scrolls inside its labelled, focusable region instead (WCAG 1.4.10, 1.4.12). */
    overflow-wrap: normal;
    hyphens: manual;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* The series legend's line swatches: colour by class (a style attribute would break a strict CSP). */
  .legend-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .line-swatch .s1 {
    stroke: var(--_c1);
  }
  .line-swatch .s2 {
    stroke: var(--_c2);
  }
  .line-swatch .s3 {
    stroke: var(--_c3);
  }
  .line-swatch .s4 {
    stroke: var(--_c4);
  }
  .line-swatch .s5 {
    stroke: var(--_c5);
  }
  .line-swatch .s6 {
    stroke: var(--_c6);
  }
  .line-swatch .s7 {
    stroke: var(--_c7);
  }
  .line-swatch .s8 {
    stroke: var(--_c8);
  }
`;
