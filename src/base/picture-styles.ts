import { css } from 'lit';

/** The figure as a picture: the alt text offered after "Download image". */
export const pictureStyles = css`
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
  .image-alt textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
