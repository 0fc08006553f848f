import { css } from 'lit';
import { visuallyHiddenStyles } from '../base/visually-hidden.js';

/**
 * The builder's look: one column that reflows down to 320 px and with 200% text (sizes in rem
 * and ch, nothing fixed wider than the screen), two columns from 75rem (the steps beside the
 * preview). Row roles and column uses carry a second cue besides colour (weight, a rule).
 */
export const builderStyles = css`
  :host {
    display: block;
    color: #1a1a1a;
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --line: #767676;
    --soft: #f3f3f1;
    --accent: #1d4f91;
  }
  .builder {
    display: grid;
    gap: 1.5rem;
  }
  /* Wide screens: the steps on the left, the preview beside them, kept in view while choosing; the copy step under both.
     The preview's pane is sticky inside its own section, which ends with the choices: a sticky
     section would be held by the whole grid and slide over the copy step. */
  @media (min-width: 75rem) {
    .builder {
      grid-template-columns: minmax(0, 1fr) min(calc(680px + 1.5rem + 2px), 60%);
      align-items: start;
    }
    .step {
      grid-column: 1;
    }
    .step.out {
      grid-column: 1 / -1;
    }
    .step.preview {
      grid-column: 2;
      grid-row: 1 / span 3;
      align-self: stretch;
    }
    .step.preview > .pane {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
      box-sizing: border-box;
      padding-bottom: 1rem;
    }
  }
  .step {
    min-width: 0;
    border-top: 3px solid var(--accent);
    padding-top: 0.5rem;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1.25rem 0 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.9rem;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: #4a4a4a;
    font-size: 0.9rem;
    margin: 0;
    font-weight: normal;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    max-width: 100%;
    min-width: 0;
    box-sizing: border-box;
    border: 1px solid var(--line);
    border-radius: 3px;
    padding: 0.3rem 0.45rem;
    background: #fff;
    color: inherit;
  }
  textarea {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875rem;
  }
  input[type='text'],
  input[type='url'],
  input:not([type]),
  select {
    width: 100%;
  }
  input[type='file'] {
    max-width: 100%;
  }
  button {
    font: inherit;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--accent);
    border-radius: 3px;
    background: var(--accent);
    color: #fff;
    cursor: pointer;
    justify-self: start;
  }
  button[disabled] {
    background: #fff;
    color: #595959;
    border-color: #767676;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid #b35c00;
    outline-offset: 2px;
  }
  fieldset {
    border: 1px solid #c8c8c8;
    border-radius: 4px;
    margin: 0 0 1rem;
    padding: 0.5rem 0.9rem 0.4rem;
    min-width: 0;
  }
  fieldset.checks {
    border: none;
    padding: 0;
  }
  .check,
  .kind {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    font-weight: normal;
    margin: 0.2rem 0;
  }
  .kinds {
    display: grid;
    gap: 0.1rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .pair {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  .or {
    display: grid;
    gap: 0 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    min-width: 0;
  }
  .row input {
    flex: 1 1 12rem;
    width: auto;
  }
  .data.dragging {
    outline: 3px dashed var(--accent);
    outline-offset: 4px;
  }
  .error,
  .said.stop {
    border-left: 4px solid #b00020;
    padding-left: 0.6rem;
    color: #8a0018;
  }
  .said {
    font-weight: 600;
  }
  .scroll {
    overflow: auto;
    max-width: 100%;
    margin: 0 0 1rem;
  }
  .scroll.rows {
    max-height: 28rem;
  }
  table.reading {
    border-collapse: collapse;
    font-size: 0.9rem;
    min-width: 100%;
  }
  table.reading caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  table.reading th,
  table.reading td {
    text-align: start;
    vertical-align: top;
    padding: 0.2rem 0.5rem;
    border-bottom: 1px solid #d6d6d6;
  }
  table.reading thead th {
    border-bottom: 2px solid #1a1a1a;
    position: sticky;
    top: 0;
    background: #fff;
  }
  table.reading tbody th {
    font-weight: normal;
  }
  table.rows td:first-child {
    white-space: nowrap;
  }
  /* Second cues: a drawn row or column is bold; a total, subtotal or note has a rule and a tint. */
  tr.drawn th,
  tr.use-value th,
  tr.use-series th,
  tr.use-label th {
    font-weight: 600;
  }
  tr.role-total,
  tr.role-subtotal {
    background: #eef3fa;
    box-shadow: inset 4px 0 0 var(--accent);
  }
  tr.role-note,
  tr.role-title,
  tr.role-filtered-out,
  tr.role-missing,
  tr.use-left-out,
  tr.use-unused {
    color: #4a4a4a;
  }
  .role {
    font-weight: 600;
  }
  .mark {
    color: #4a4a4a;
  }
  .frames {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem;
    align-items: start;
  }
  .frame {
    min-width: 0;
  }
  /* The chart itself at 680 and 375 px: the box's padding and border are added around it. */
  .frame.article {
    width: min(calc(680px + 1.5rem + 2px), 100%);
  }
  .frame.phone {
    width: min(calc(375px + 1.5rem + 2px), 100%);
  }
  .box {
    border: 1px solid #c8c8c8;
    padding: 0.75rem;
    background: #fff;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .frame h3 {
    margin-top: 0;
  }
  .takeaway {
    font-size: 1.05rem;
  }
  .transcript {
    font-size: 0.9rem;
    padding-left: 2rem;
    overflow-wrap: anywhere;
  }
  .messages,
  .notes {
    padding-left: 1.25rem;
  }
  .messages .message {
    font-weight: 600;
  }
  ${visuallyHiddenStyles}
  .done {
    margin: 0.25rem 0 0;
    font-weight: 600;
    color: #1e5b2a;
  }
  .offscreen {
    position: absolute;
    left: -10000px;
    top: 0;
    width: 680px;
  }
`;
