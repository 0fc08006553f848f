/**
 * "Copy": each thing a journalist or a CMS template takes away, as text to read and a button
 * that copies it, and the picture with its alternative text. Pure templates.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DataForm } from './snippets.js';

export interface Outputs {
  form: DataForm;
  /** Why a form can't carry this data, if it can't. */
  problems: Record<DataForm, string | null>;
  inline: string;
  src: string;
  srcUrl: string;
  /** The data file to publish for the `src` form, when the data did not come from a URL. */
  canSaveData: boolean;
  placeholder: string;
  scripts: string;
  cdn: string;
  integrityNote: string;
  alt: string;
  canPicture: boolean;
  /** What the last action here did, shown beside its button: the control's id (or `picture`, `data`) and the words. */
  done: { id: string; text: string } | null;
  on: {
    form: (form: DataForm) => void;
    srcUrl: (url: string) => void;
    cdn: (url: string) => void;
    copy: (id: string, what: string) => void;
    saveData: () => void;
    picture: (how: 'copy' | 'download') => void;
  };
}

/** Words beside a button after it was used (announced too, by the builder's status line). */
const doneFor = (o: Outputs, id: string) => (o.done?.id === id ? html`<p class="done">${o.done.text}</p>` : nothing);

/** A block of text to copy, labelled, with its button. */
function copyBlock(o: Outputs, id: string, label: string, text: string, what: string, hint?: unknown) {
  return html`<div class="field copy">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    <textarea id=${id} readonly rows=${Math.min(12, text.split('\n').length + 1)} spellcheck="false" aria-describedby=${hint ? `${id}-hint` : nothing} .value=${live(text)}></textarea>
    <button type="button" @click=${() => o.on.copy(id, what)}>Copy ${what}</button>
    ${doneFor(o, id)}
  </div>`;
}

export function outputsSection(o: Outputs) {
  return html`<section class="step out" aria-labelledby="out-heading">
    <h2 id="out-heading">5. Copy</h2>
    <fieldset class="forms">
      <legend>The data goes in the tag as</legend>
      ${(['table', 'values'] as const).map(
        (form) => html`<label class="check">
          <input type="radio" name="form" value=${form} .checked=${live(o.form === form)} ?disabled=${!!o.problems[form]} @change=${() => o.on.form(form)} />
          ${form === 'table' ? 'a table inside the tag: readers without JavaScript see the table' : 'the values attribute (JSON): one line, no fallback'}
        </label>`,
      )}
      ${o.problems.table || o.problems.values ? html`<p class="hint">${o.problems.table ?? o.problems.values}</p>` : nothing}
    </fieldset>
    ${copyBlock(o, 'out-inline', 'The tag, with its data', o.inline, 'the tag', 'Paste it into the article’s HTML where the chart goes. The page needs the script once (below).')}
    <h3>The tag that reads a published file</h3>
    <div class="field">
      <label for="src-url">Address of the data file</label>
      <p class="hint" id="src-url-hint">Where you publish the file: a Google Sheet published as CSV, or your site. It must be readable by other sites (CORS).</p>
      <input id="src-url" type="url" placeholder="https://" .value=${live(o.srcUrl)} aria-describedby="src-url-hint" @input=${(e: Event) => o.on.srcUrl((e.target as HTMLInputElement).value)} />
      ${o.canSaveData ? html`<button type="button" @click=${o.on.saveData}>Download the data file to publish</button>${doneFor(o, 'data')}` : nothing}
    </div>
    ${copyBlock(o, 'out-src', 'The tag with src', o.src, 'the src tag')}
    ${copyBlock(o, 'out-placeholder', 'For a CMS that removes unknown tags (WordPress for authors)', o.placeholder, 'the placeholder', 'A div the script turns into the chart; every setting in its data- form.')}
    <h3>The script and stylesheet, once per page</h3>
    <div class="field">
      <label for="cdn">Where the library is served from</label>
      <p class="hint" id="cdn-hint">This version on jsDelivr, or your own copy of the package’s dist folder.</p>
      <input id="cdn" type="url" .value=${live(o.cdn)} aria-describedby="cdn-hint" @input=${(e: Event) => o.on.cdn((e.target as HTMLInputElement).value)} />
    </div>
    ${copyBlock(o, 'out-scripts', 'Script and stylesheet tags', o.scripts, 'the script tags', o.integrityNote)}
    <h3>The picture</h3>
    <p class="hint">For social media, a newsletter or a print page: the chart as a PNG, made by the chart’s own “Download image”.</p>
    <div class="row">
      <button type="button" ?disabled=${!o.canPicture} @click=${() => o.on.picture('copy')}>Copy the picture</button>
      <button type="button" ?disabled=${!o.canPicture} @click=${() => o.on.picture('download')}>Download the picture</button>
    </div>
    ${doneFor(o, 'picture')}
    ${copyBlock(o, 'out-alt', 'Alternative text for the picture', o.alt, 'the alternative text', 'For the image’s alt field in your CMS: the chart’s takeaway.')}
  </section>`;
}
