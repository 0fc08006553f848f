import { css } from 'lit';

/**
 * The figure as a picture: the alt text offered after "Download image", and print, where the
 * chart is one sharp image (print-controller.ts) with its captions and without the controls.
 */
export const pictureStyles = css`
  .print-image {
    display: none;
  }
  .image-alt {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .image-alt p {
    margin: 0;
  }
  .image-alt label {
    display: block;
    margin: 0.25em 0 0.5em;
  }
  .image-alt textarea {
    display: block;
    width: 100%;
    margin: 0.25em 0 0;
    padding: 0.35em 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    resize: vertical;
  }
  @media print {
    /* Legend swatches are backgrounds, which browsers leave out of print by default. */
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* Heading, chart, legend, notes and source on one page where they fit on one. */
    figure {
      break-inside: avoid;
    }
    .actions,
    .hint,
    .image-alt,
    .tooltip {
      display: none;
    }
    /* The chart's box follows its picture, which scales as one if the paper is narrower. */
    .chart.drawn {
      height: auto !important;
      contain: none;
    }
    .print-image[src] {
      display: block;
      width: 100%;
      height: auto;
    }
    /* Important: Chart.js sets the canvas's display in its style attribute. */
    .print-image[src] ~ * {
      display: none !important;
    }
    /* Never a blank box on paper: a chart not drawn yet (never scrolled near) prints its table. */
    .chart:not(.drawn) {
      display: none;
    }
    .print-table .table-wrap,
    .chart:not(.drawn) ~ .table-wrap {
      display: block;
    }
  }
`;
