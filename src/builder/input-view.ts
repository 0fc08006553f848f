/**
 * "Your data": paste, open a file (picker or drop), a URL, or a story to start from. Pure
 * templates; the element does the reading.
 */
import { html, nothing } from 'lit';
import { PRESETS } from './input.js';

export interface InputHandlers {
  paste: (text: string) => void;
  file: (file: File) => void;
  url: (url: string) => void;
  preset: (id: string) => void;
}

export function inputSection(o: { text: string; url: string; loading: boolean; error: string; dragging: boolean; on: InputHandlers }) {
  const onUrl = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    o.on.url(input.value);
  };
  const chosen = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) o.on.file(file);
    input.value = '';
  };
  return html`<section class="step data ${o.dragging ? 'dragging' : ''}" aria-labelledby="data-heading">
    <h2 id="data-heading">1. Your data</h2>
    <div class="field">
      <label for="paste">Paste cells from a spreadsheet, or CSV or JSON text</label>
      <p class="hint" id="paste-hint">In the spreadsheet, select the table with its header row and copy it. Rows above the header (a title) and notes under it are fine.</p>
      <textarea id="paste" rows="6" spellcheck="false" aria-describedby="paste-hint" .value=${o.text} @input=${(e: Event) => o.on.paste((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    <div class="or">
      <div class="field">
        <label for="file">Or open a file</label>
        <p class="hint" id="file-hint">CSV, TSV or JSON; you can also drop a file on this section.</p>
        <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json,text/plain" aria-describedby="file-hint" @change=${chosen} />
      </div>
      <form class="field url" novalidate @submit=${onUrl}>
        <label for="url">Or load a published file from its address</label>
        <p class="hint" id="url-hint">A Google Sheet published to the web as CSV, or a CSV or JSON file on a web site.</p>
        <div class="row">
          <input id="url" name="url" type="url" placeholder="https://" .value=${o.url} aria-describedby="url-hint${o.error ? ' data-error' : ''}" />
          <button type="submit" ?disabled=${o.loading}>${o.loading ? 'Loading…' : 'Load'}</button>
        </div>
      </form>
      <div class="field">
        <label for="preset">Or start from a story</label>
        <select id="preset" @change=${(e: Event) => o.on.preset((e.target as HTMLSelectElement).value)}>
          <option value="">Choose a story…</option>
          ${PRESETS.map((p) => html`<option value=${p.id}>${p.preset.heading} (&lt;${p.tag}&gt;)</option>`)}
        </select>
      </div>
    </div>
    ${o.error ? html`<p class="error" id="data-error">${o.error}</p>` : nothing}
  </section>`;
}
