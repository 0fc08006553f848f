import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { csvFileName } from '../core/csv-export.js';
import { saveBlob } from '../dom/save-blob.js';
import { readTable, type Reading } from '../read/index.js';
import { DATA_CHOICES, DEFAULT_CHOICES, readOptions, type Choices } from './choices.js';
import { dataControls, kindControl, lookControls, numberControls, wordControls } from './controls.js';
import { readFile, readPreset, readUrl, type Loaded, type Source } from './input.js';
import { inputSection } from './input-view.js';
import { outputsSection } from './outputs-view.js';
import { pictureOf } from './picture.js';
import { portable, type Portable } from './portable.js';
import { chartMessages, syncChart, type ChartElement } from './preview.js';
import { NOTHING_SEEN, previewSection, type Seen } from './preview-view.js';
import { columnsTable, readingSentence, rowsTable, suggestions } from './reading-view.js';
import { chunksFor, inlineSpec, placeholderHtml, scriptTags, srcSpec, tagHtml, type ChartSpec, type DataForm } from './snippets.js';
import { builderStyles } from './styles.js';
import { transcript } from './transcript.js';

const EMPTY_READING: Reading = { ok: true, message: null, format: 'csv', columns: [], rows: [], labels: [], series: [], total: null, notes: [], decimals: 0 };

/**
 * The chart builder: paste a spreadsheet (or open a file, a URL or a story), see what the
 * library reads from it and why, change any choice, watch the real chart at a phone's and an
 * article's width with its takeaway and what a screen reader says, and copy the tag. It uses
 * the chart elements, which the page defines (the embed, or `foi-charts/all.js`).
 *
 * @summary The chart builder page's element (dist/builder/index.html).
 */
export class FoiChartBuilder extends LitElement {
  static override styles = builderStyles;

  static override properties = {
    version: {},
    integrityUrl: { attribute: 'integrity-url' },
    source: { state: true, attribute: false },
    choices: { state: true, attribute: false },
    form: { state: true, attribute: false },
    srcUrl: { state: true, attribute: false },
    cdn: { state: true, attribute: false },
    integrity: { state: true, attribute: false },
    status: { state: true, attribute: false },
    inputError: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    dragging: { state: true, attribute: false },
    seen: { state: true, attribute: false },
    done: { state: true, attribute: false },
  };

  /** The package version: the script tags point at it on jsDelivr. */
  version: string | null = null;
  /** Where this version's `integrity.json` is (the builder page sets `../integrity.json`). */
  integrityUrl: string | null = null;
  /** The data being charted. */
  protected source: Source | null = null;
  protected choices: Choices = DEFAULT_CHOICES;
  protected form: DataForm = 'table';
  protected srcUrl = '';
  protected cdn: string | null = null;
  protected integrity: Record<string, string> | null | 'failed' = null;
  protected status = 'Give the builder some data: paste it, open a file, load an address or start from a story.';
  protected inputError = '';
  protected loading = false;
  protected dragging = false;
  protected seen: Seen = NOTHING_SEEN;
  /** The last thing copied or saved, said beside its button. */
  protected done: { id: string; text: string } | null = null;

  #reading: Reading = EMPTY_READING;
  #data: Portable | null = null;
  #spec: ChartSpec | null = null;
  #said = '';
  #watching = 0;
  #watched: Promise<void> = Promise.resolve();
  #integrityLoaded: Promise<void> = Promise.resolve();
  /** The file or address being read. */
  #input: Promise<void> = Promise.resolve();

  /** What the library reads from the data, with the current choices. */
  get reading(): Reading {
    return this.#reading;
  }

  /** Resolves when the builder has read what it was given, the preview has drawn (or settled) and the builder shows what it says. */
  get settled(): Promise<void> {
    return (async () => {
      let watched: Promise<void>;
      await this.#integrityLoaded;
      await this.#input;
      do {
        await this.updateComplete;
        watched = this.#watched;
        await watched;
      } while (watched !== this.#watched || this.isUpdatePending);
    })();
  }

  /** The article preview's chart (null before there is data). */
  get previewChart(): ChartElement | null {
    return (this.renderRoot.querySelector('#article')?.firstElementChild as ChartElement | null) ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.integrityUrl && this.integrity === null) this.#integrityLoaded = this.#loadIntegrity(this.integrityUrl);
  }

  async #loadIntegrity(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      this.integrity = (await response.json()) as Record<string, string>;
    } catch {
      this.integrity = 'failed';
    }
  }

  /** Reads `text` as if pasted: new data, or an edit of the data in hand (which keeps every choice). */
  paste(text: string): void {
    const source: Source = { text, origin: 'paste', name: 'pasted data' };
    if (!this.source?.text.trim()) return this.#use({ ok: true, source });
    this.source = source;
    this.inputError = '';
  }

  /** New data: its columns and rows are read afresh (or as the story says); the words so far are kept. */
  #use(loaded: Loaded, preset: Partial<Choices> = {}): void {
    this.loading = false;
    if (!loaded.ok) {
      this.inputError = this.status = loaded.error;
      return;
    }
    this.inputError = '';
    this.choices = { ...this.choices, ...DATA_CHOICES, ...preset };
    if (loaded.source.url) this.srcUrl = loaded.source.url;
    this.source = loaded.source;
    if (!this.choices.heading) {
      // A title line above the header is the heading the sheet gives itself.
      const title = readTable(loaded.source.text, readOptions(this.choices)).rows.find((r) => r.role === 'title' && !/note/.test(r.why));
      if (title) this.choices = { ...this.choices, heading: title.label };
    }
  }

  #set = (patch: Partial<Choices>) => {
    this.choices = { ...this.choices, ...patch };
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source') || changed.has('choices') || changed.has('form')) {
      const text = this.source?.text ?? '';
      this.#reading = text.trim() ? readTable(text, readOptions(this.choices)) : EMPTY_READING;
      this.#data = text.trim() ? portable(text, this.#reading, this.choices) : null;
      if (this.#data?.[this.form === 'table' ? 'tableProblem' : 'valuesProblem']) this.form = this.form === 'table' ? 'values' : 'table';
      this.#spec = this.#data ? inlineSpec(this.form, this.#data, this.choices) : null;
      if (!this.#spec) this.seen = NOTHING_SEEN;
      const said = text.trim() ? readingSentence(this.#reading) : '';
      if (said !== this.#said) this.status = this.#said = said;
      // What was copied before is no longer what the boxes hold.
      this.done = null;
    }
    if (this.cdn === null) this.cdn = this.version ? `https://cdn.jsdelivr.net/npm/foi-charts@${this.version}/dist/` : '';
  }

  protected override updated(): void {
    const spec = this.#spec;
    const boxes = ['article', 'phone'].map((id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)!);
    if (!spec) {
      for (const box of boxes) box.replaceChildren();
      this.#watching++; // a preview still settling has nothing to say now
      return;
    }
    const [article] = boxes.map((box) => syncChart(box, spec, [['eager', '']]));
    this.#watched = this.#watch(article!);
  }

  /** After the article preview settles: its takeaway, transcript and messages. */
  async #watch(chart: ChartElement): Promise<void> {
    const turn = ++this.#watching;
    // The chart reads a changed child table in a task of its own.
    await new Promise((resolve) => setTimeout(resolve));
    await chart.rendered;
    await chart.updateComplete;
    if (turn !== this.#watching) return;
    const figure = chart.shadowRoot?.querySelector('figure');
    const seen: Seen = { takeaway: chart.summaryText, transcript: figure ? transcript(figure) : [], ...chartMessages(chart) };
    if (JSON.stringify(seen) !== JSON.stringify(this.seen)) this.seen = seen;
  }

  async #copy(id: string, what: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
      this.#say(id, `Copied ${what}.`);
    } catch {
      area.focus();
      area.select();
      this.#say(id, `Selected ${what}: press Control and C (Command and C on a Mac) to copy it.`);
    }
  }

  async #picture(how: 'copy' | 'download'): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLElement>('#picture')!;
    const spec = this.#spec!;
    const chart = syncChart(box, { ...spec, attributes: [...spec.attributes.filter(([n]) => n !== 'actions'), ['actions', 'png']] }, [['eager', '']]);
    const made = chart.rendered.then(() => pictureOf(chart));
    try {
      if (how === 'copy') {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': made.then((p) => p.blob) })]);
        this.#say('picture', 'Copied the picture.');
      } else {
        const picture = await made;
        saveBlob(this.renderRoot, picture.blob, picture.name);
        this.#say('picture', `Saved the picture as ${picture.name}.`);
      }
    } catch (error) {
      const reason = error instanceof Error && !/clipboard|permission|ClipboardItem|not allowed/i.test(`${error.name} ${error.message}`) ? error.message : '';
      this.#say('picture', reason || 'This browser would not put a picture on the clipboard: use “Download the picture”.');
    } finally {
      box.replaceChildren();
    }
  }

  #saveData(): void {
    const source = this.source!;
    const ext = this.#reading.format === 'json' ? 'json' : this.#reading.format === 'tsv' ? 'tsv' : 'csv';
    const name = source.origin === 'file' ? source.name : csvFileName(this.choices.heading || 'data', ext);
    saveBlob(this.renderRoot, new Blob([source.text], { type: `${ext === 'json' ? 'application/json' : 'text/csv'};charset=utf-8` }), name);
    this.#say('data', `Saved the data as ${name}: publish it, and give its address above.`);
  }

  /** Says what an action did: beside its button, and to a screen reader, politely. */
  #say(id: string, text: string): void {
    this.done = { id, text };
    this.status = text;
  }

  #drop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.#load(readFile(file));
  };

  /** Uses what a file or an address gives, when it has been read. */
  #load(loading: Promise<Loaded>): void {
    this.#input = loading.then((loaded) => this.#use(loaded));
  }

  protected override render() {
    const r = this.#reading;
    const has = !!this.source?.text.trim();
    const offers = suggestions([r.message ?? '', ...r.notes]);
    return html`<div
      class="builder"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.#drop}
    >
      ${inputSection({
        text: this.source?.text ?? '',
        url: this.source?.origin === 'url' ? this.source.name : '',
        loading: this.loading,
        error: this.inputError,
        dragging: this.dragging,
        on: {
          paste: (text) => this.paste(text),
          file: (file) => this.#load(readFile(file)),
          url: (url) => {
            this.loading = true;
            this.#load(readUrl(url, document.baseURI));
          },
          preset: (id) => {
            const found = readPreset(id);
            if (found) this.#use({ ok: true, source: found.source }, found.choices);
          },
        },
      })}
      <section class="step reading" aria-labelledby="reading-heading">
        <h2 id="reading-heading">2. What was read</h2>
        ${has
          ? html`<p class=${r.ok ? 'said' : 'said stop'}>${readingSentence(r)}</p>
              ${offers.length
                ? html`<div class="row offers">
                    ${offers.map((o) => html`<button type="button" @click=${() => this.#offer(o.name, o.value)}>Use ${o.name}="${o.value}"</button>`)}
                  </div>`
                : nothing}
              ${r.notes.length ? html`<p class="hint">The chart will say under it:</p><ul class="notes">${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
              ${columnsTable(r)} ${rowsTable(r, this.choices.locale)}`
          : html`<p class="hint">Nothing yet: give the builder some data above.</p>`}
      </section>
      <section class="step choices" aria-labelledby="choices-heading">
        <h2 id="choices-heading">3. Choices</h2>
        ${kindControl(this.choices, this.#set)} ${dataControls(this.choices, r, this.#set)} ${numberControls(this.choices, this.#set)}
        ${wordControls(this.choices, this.#set)} ${lookControls(this.choices, this.#set)}
      </section>
      ${previewSection(this.seen, has)} ${has && this.#data ? this.#outputs(this.#data) : nothing}
      <div id="picture" class="offscreen" aria-hidden="true"></div>
      <p class="status visually-hidden" role="status">${this.status}</p>
    </div>`;
  }

  #offer(name: string, value: string): void {
    const patch: Partial<Choices> =
      name === 'value-columns' ? { valueColumns: value.split(',').map((v) => v.trim()).filter(Boolean) } : { [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]: value };
    this.#set(patch);
  }

  #outputs(data: Portable) {
    const integrity = this.integrity;
    const fromUrl = this.source?.origin === 'url';
    return outputsSection({
      form: this.form,
      problems: { table: data.tableProblem, values: data.valuesProblem },
      inline: tagHtml(this.#spec!),
      src: tagHtml(srcSpec(this.srcUrl, this.choices)),
      srcUrl: this.srcUrl,
      canSaveData: !fromUrl,
      placeholder: placeholderHtml(this.#spec!),
      scripts: scriptTags(this.cdn || '.', chunksFor(this.choices, fromUrl), typeof integrity === 'object' ? integrity : null),
      cdn: this.cdn ?? '',
      integrityNote:
        integrity === 'failed' || (integrity === null && !this.integrityUrl)
          ? 'Without integrity hashes: this version’s integrity.json could not be read here.'
          : `With the integrity hashes of ${this.version ? `version ${this.version}` : 'this version'}: a browser refuses any file whose bytes differ.${fromUrl ? ' The data loader is included, for the src tag.' : ''}`,
      alt: this.seen.takeaway,
      canPicture: this.seen.state === 'ready',
      done: this.done,
      on: {
        form: (form) => (this.form = form),
        srcUrl: (url) => (this.srcUrl = url),
        cdn: (url) => (this.cdn = url),
        copy: (id, what) => void this.#copy(id, what),
        saveData: () => this.#saveData(),
        picture: (how) => void this.#picture(how),
      },
    });
  }
}
