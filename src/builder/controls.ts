/**
 * The choices as form controls: one per decision the reader made, and one per text. Each is
 * labelled, says what it does in a hint, and shows the reader's own choice when the user has
 * made none ("Chosen by the rules: Cases"). Pure templates: changes go to `set`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Reading } from '../read/index.js';
import { ACTIONS, KINDS, readsSeries, type ActionName, type Choices } from './choices.js';

type SetChoices = (patch: Partial<Choices>) => void;

const ACTION_NAMES: Record<ActionName, string> = {
  table: 'Show table',
  csv: 'Download CSV',
  png: 'Download image',
  bars: 'Show as bars (donuts)',
  sound: 'Play as sound',
};

const LOCALES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'ja-JP'];

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** A labelled control with its hint, the hint tied to it by aria-describedby in the control itself. */
function field(id: string, label: string, control: TemplateResult, hint?: string | TemplateResult) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${control}
  </div>`;
}

function text(id: string, label: string, current: string, on: (v: string) => void, hint?: string, type = 'text') {
  return field(
    id,
    label,
    html`<input id=${id} type=${type} .value=${live(current)} aria-describedby=${hint ? `${id}-hint` : nothing} @input=${(e: Event) => on(value(e))} />`,
    hint,
  );
}

function select(id: string, label: string, current: string, options: [string, string][], on: (v: string) => void, hint?: string) {
  return field(
    id,
    label,
    html`<select id=${id} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => on(value(e))}>
      ${options.map(([v, words]) => html`<option value=${v} .selected=${live(v === current)}>${words}</option>`)}
    </select>`,
    hint,
  );
}

/** The kind of chart: four radio buttons, each saying what it is for. */
export function kindControl(c: Choices, set: SetChoices) {
  return html`<fieldset class="kinds">
    <legend>Kind of chart</legend>
    ${KINDS.map(
      (k) => html`<label class="kind">
        <input type="radio" name="kind" value=${k.kind} .checked=${live(c.kind === k.kind)} @change=${() => set({ kind: k.kind })} />
        <span><strong>${k.name}</strong> <span class="hint">${k.what}</span></span>
      </label>`,
    )}
  </fieldset>`;
}

/** Which columns are read, which rows, and how their numbers are written. */
export function dataControls(c: Choices, r: Reading, set: SetChoices) {
  const names = r.columns.map((col) => col.name).filter((n, i, all) => n && all.indexOf(n) === i);
  const ruled = (use: string[]) => r.columns.filter((col) => use.includes(col.use)).map((col) => col.name);
  const several = readsSeries(c);
  const byRules = (found: string[]) => `Chosen by the rules${found.length ? `: ${found.join(', ')}` : ''}`;
  const series = c.valueColumns.length ? c.valueColumns : ruled(['series']);
  return html`<fieldset>
    <legend>Columns and rows</legend>
    ${select('label-column', 'Label column', c.labelColumn, [['', byRules(ruled(['label']))], ...names.map((n): [string, string] => [n, n])], (v) => set({ labelColumn: v }), 'The column whose cells name the bars, parts or periods.')}
    ${!several || c.seriesColumn
      ? select('value-column', 'Value column', c.valueColumn, [['', byRules(ruled(['value']))], ...names.map((n): [string, string] => [n, n])], (v) => set({ valueColumn: v }), 'The column of figures that is drawn.')
      : html`<fieldset class="checks">
          <legend>Value columns (one series each)</legend>
          <p class="hint">Ticked: drawn. None ticked by you: chosen by the rules.</p>
          ${names.map(
            (n) => html`<label class="check"
              ><input
                type="checkbox"
                .checked=${live(series.includes(n))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  set({ valueColumns: names.filter((m) => (m === n ? on : series.includes(m))) });
                }}
              />${n}</label
            >`,
          )}
        </fieldset>`}
    ${c.kind !== 'donut'
      ? select('series-column', 'Series column', c.seriesColumn, [['', 'None'], ...names.map((n): [string, string] => [n, n])], (v) => set({ seriesColumn: v }), 'A long table (one row per label and series): one series for each value in this column.')
      : nothing}
    ${text('filter', 'Filter', c.filter, (v) => set({ filter: v }), 'Keep only the rows where a column has a value: Year=2024. Several: Year=2023|2024; Region=North.')}
    ${select('level', 'Level', c.level, [['', 'The finest rows that make up the whole (default)'], ['top', 'The top groups'], ['all', 'Every row as written (no shares)']], (v) => set({ level: v as Choices['level'] }), 'For tables with totals and subtotals inside them.')}
    ${select('decimal', 'Decimal mark', c.decimal, [['', 'As the file and the page say'], ['.', 'Point: 1,234.5'], [',', 'Comma: 1.234,5']], (v) => set({ decimal: v as Choices['decimal'] }), 'Settles numbers such as 5.162, which read two ways.')}
  </fieldset>`;
}

/** The whole, the unit, the remainder. */
export function numberControls(c: Choices, set: SetChoices) {
  return html`<fieldset>
    <legend>Numbers</legend>
    ${text('total', 'Total', c.total, (v) => set({ total: v }), 'The whole that shares are of (for example 521 cases), or “sum”. Empty: a total row in the data, or no shares on bars.')}
    <div class="pair">
      ${text('unit-one', 'Unit, one', c.unitOne, (v) => set({ unitOne: v }), 'As in “1 case”.')}
      ${text('unit-many', 'Unit, several', c.unitMany, (v) => set({ unitMany: v }), 'As in “261 cases”.')}
    </div>
    ${text('remainder-label', 'Remainder label', c.remainderLabel, (v) => set({ remainderLabel: v }), 'With a total: a part for what the figures leave out, named so.')}
    <label class="check"><input type="checkbox" .checked=${live(c.overlap)} @change=${(e: Event) => set({ overlap: (e.target as HTMLInputElement).checked })} />One thing may be counted in several parts (the parts can add up to more than the total)</label>
  </fieldset>`;
}

/** The chart's words. */
export function wordControls(c: Choices, set: SetChoices) {
  return html`<fieldset>
    <legend>Words</legend>
    ${text('heading', 'Heading', c.heading, (v) => set({ heading: v }), 'The chart’s title.')}
    ${text('subtitle', 'Subtitle', c.subtitle, (v) => set({ subtitle: v }), 'One line under the title: what is counted, where, when.')}
    ${field('note', 'Note', html`<textarea id="note" rows="2" .value=${live(c.note)} @input=${(e: Event) => set({ note: value(e) })}></textarea>`)}
    ${text('source', 'Source', c.source, (v) => set({ source: v }))}
    ${text('source-href', 'Source link', c.sourceHref, (v) => set({ sourceHref: v }), 'An https:// address; the source is a link only then.', 'url')}
  </fieldset>`;
}

/** Language, theme and the reader's controls. */
export function lookControls(c: Choices, set: SetChoices) {
  return html`<fieldset>
    <legend>Language and look</legend>
    ${field(
      'locale',
      'Language of numbers',
      html`<input id="locale" list="locales" .value=${live(c.locale)} aria-describedby="locale-hint" @input=${(e: Event) => set({ locale: value(e) })} />
        <datalist id="locales">${LOCALES.map((l) => html`<option value=${l}></option>`)}</datalist>`,
      'Such as en-GB or de-DE. Empty: the article page’s language (previewed here as en-GB).',
    )}
    ${select('theme', 'Theme', c.theme, [['', 'Light (default)'], ['dark', 'Dark'], ['auto', 'Follows the reader’s setting']], (v) => set({ theme: v as Choices['theme'] }))}
    <fieldset class="checks">
      <legend>Reader’s controls under the chart</legend>
      ${ACTIONS.map(
        (a) => html`<label class="check"
          ><input
            type="checkbox"
            .checked=${live(c.actions.includes(a))}
            @change=${(e: Event) => set({ actions: ACTIONS.filter((b) => (b === a ? (e.target as HTMLInputElement).checked : c.actions.includes(b))) })}
          />${ACTION_NAMES[a]}</label
        >`,
      )}
    </fieldset>
  </fieldset>`;
}
