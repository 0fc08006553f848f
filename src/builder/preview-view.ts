/**
 * "Preview": the real chart at a phone's and an article's width, then what it says in words —
 * the takeaway, the screen reader's transcript, the messages and notes. Pure templates; the
 * element puts the charts into the two boxes.
 */
import { html, nothing } from 'lit';

const STATES: Record<string, string> = {
  ready: 'ready (drawn)',
  empty: 'empty (no figures to draw)',
  error: 'error (not drawn: the message below is shown instead)',
  loading: 'loading',
};

export interface Seen {
  takeaway: string;
  transcript: string[];
  state: string;
  message: string;
  notes: string[];
}

export const NOTHING_SEEN: Seen = { takeaway: '', transcript: [], state: '', message: '', notes: [] };

export function previewSection(seen: Seen, has: boolean) {
  const empty = has ? nothing : html`<p class="hint">The chart appears here once there is data.</p>`;
  return html`<section class="step preview" aria-labelledby="preview-heading">
    <div class="pane">
      <h2 id="preview-heading">4. Preview</h2>
      <div class="frames">
        <div class="frame article">
          <h3 id="article-heading">In an article, up to 680 px wide</h3>
          ${empty}
          <div class="box" id="article" role="group" aria-labelledby="article-heading" ?hidden=${!has}></div>
        </div>
        <div class="frame phone">
          <h3 id="phone-heading">On a phone, up to 375 px wide</h3>
          ${empty}
          <div class="box" id="phone" role="group" aria-labelledby="phone-heading" ?hidden=${!has}></div>
        </div>
      </div>
      ${has && seen.state
        ? html`<h3>The takeaway</h3>
            <p class="takeaway">${seen.takeaway || 'None: the chart is not drawn.'}</p>
            <h3>What a screen reader says</h3>
            <p class="hint">In reading order, as the chart is met in browse mode (from the article preview).</p>
            <ol class="transcript">
              ${seen.transcript.map((line) => html`<li>${line}</li>`)}
            </ol>
            <h3>Messages and notes</h3>
            <ul class="messages">
              <li>State: ${STATES[seen.state] ?? seen.state}</li>
              ${seen.message ? html`<li class="message">${seen.message}</li>` : nothing}
              ${seen.notes.map((note) => html`<li>Note: ${note}</li>`)}
            </ul>`
        : nothing}
    </div>
  </section>`;
}
