/**
 * The figure's pieces as Lit templates, pure functions of what they show: the element composes
 * them in its render(). (The data table and the donut's legend are in templates.ts.)
 */
import { html, nothing } from 'lit';
import type { ChartText, PartBox } from '../draw/spec.js';
import { PROBES } from '../dom/colors.js';
import { cssomStyle } from '../dom/cssom-style.js';
import type { ChartKind, Row } from '../core/types.js';
import type { TooltipPlace } from './tooltip-place.js';

/** The title as a heading of the page's outline (`heading-level`, default 2), or a plain caption. */
export function headingTemplate(level: string | number | null, text: string) {
  switch (String(level ?? '2').trim().toLowerCase()) {
    case 'none':
      return html`<span id="heading" class="heading" part="heading">${text}</span>`;
    case '1':
      return html`<h1 id="heading" class="heading" part="heading">${text}</h1>`;
    case '3':
      return html`<h3 id="heading" class="heading" part="heading">${text}</h3>`;
    case '4':
      return html`<h4 id="heading" class="heading" part="heading">${text}</h4>`;
    case '5':
      return html`<h5 id="heading" class="heading" part="heading">${text}</h5>`;
    case '6':
      return html`<h6 id="heading" class="heading" part="heading">${text}</h6>`;
    default:
      return html`<h2 id="heading" class="heading" part="heading">${text}</h2>`;
  }
}

/**
 * The title and the subtitle. Not a `<figcaption>`, and the figure has no name of its own: a
 * figure is named by its figcaption, and a screen reader entering it would hear the title twice,
 * as the figure's name and as the heading. The heading inside it is heard once.
 */
export function captionTemplate(level: string | number | null, heading: string, subtitle: string) {
  if (!heading && !subtitle) return nothing;
  return html`<div class="caption">
    ${heading ? headingTemplate(level, heading) : nothing}
    ${subtitle ? html`<span class="subtitle" part="subtitle">${subtitle}</span>` : nothing}
  </div>`;
}

/**
 * The takeaway, under the subtitle in the figure's own type (`takeaway="visible"`, the default),
 * or for screen readers only. Either way it is read once, in its place after the subtitle.
 */
export const takeawayTemplate = (text: string, visible: boolean) =>
  html`<p class=${visible ? 'summary' : 'summary visually-hidden'} id="summary" part="takeaway">${text}</p>`;

/** Footnotes: the page's note, then what the data calls for. */
export function notesTemplate(notes: string[]) {
  if (!notes.length) return nothing;
  return html`<div class="notes" part="notes">${notes.map((text) => html`<p>${text}</p>`)}</div>`;
}

/** The source line, linked only when the link is http(s) (checked by the caller). */
export function sourceTemplate(source: string, href: string | null) {
  if (!source) return nothing;
  return html`<p class="source" part="source">
    Source: ${href ? html`<a href=${href} rel="noopener noreferrer">${source}</a>` : source}
  </p>`;
}

/**
 * The loading, empty or error message. An error is an alert only once the chart had been ready
 * (then it is news); a chart that never drew just says so where the chart would be. On an error
 * the page's own table (the slot) is shown as it is.
 */
export function messageTemplate(o: { state: string; kind: string; message: string; drawError: boolean; alert: boolean }) {
  const error = o.state === 'error';
  const message = html`<p class="message" part="message" role=${error && o.alert ? 'alert' : nothing}>
    ${error && !o.drawError ? 'This chart could not be drawn. ' : nothing}${o.message}
  </p>`;
  // While loading, the message sits in a box of the chart's size, with the key hint's line under
  // it, so the words below stay where they will be once the chart is drawn.
  if (o.state === 'loading') return html`<div class="chart placeholder ${o.kind}">${message}</div>${hintTemplate(false)}`;
  return html`${message}${error ? html`<slot></slot>` : nothing}`;
}

/** The keys, shown under the chart while a part has focus; its line is always kept. */
export const hintTemplate = (several: boolean) =>
  html`<p class="hint" aria-hidden="true">Arrow keys: move${several ? ' · Up/Down: series' : ''} · Home/End: first/last · Esc: hide</p>`;

/** One focus target per part, over the canvas: one tab stop, each named by its own text. */
export function partsTemplate(o: {
  name: string;
  texts: string[];
  boxes: PartBox[];
  focusIndex: number;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  onFocus: (index: number) => void;
}) {
  return html`<div class="parts" role="group" aria-label=${o.name} @keydown=${o.onKeydown} @focusout=${o.onFocusOut}>
    ${o.texts.map((text, i) => {
      const box = o.boxes[i];
      return html`<div
        class="part"
        data-index=${i}
        role="img"
        tabindex=${i === o.focusIndex ? '0' : '-1'}
        aria-label=${text}
        ${cssomStyle(box ? { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` } : {})}
        @focus=${() => o.onFocus(i)}
      ></div>`;
    })}
  </div>`;
}

const ALIGN_SHIFT = { left: '0', center: '-50%', right: '-100%' } as const;
const BASELINE_SHIFT = { top: '0', middle: '-50%', bottom: '-100%' } as const;

/**
 * Every word of the chart (labels, value labels, axis ticks) as text laid over the canvas where
 * Chart.js places it: it takes the page's font, zoom, text spacing and forced colours, page
 * translation translates it and find finds it. Hidden from assistive technology, which hears
 * the same words once, from the parts.
 */
export function wordsTemplate(texts: ChartText[], fontSize: number) {
  if (!texts.length) return nothing;
  return html`<div class="words" aria-hidden="true" ${cssomStyle({ 'font-size': `${fontSize}px` })}>
    ${texts.map(
      (t) => html`<div
        class="word ${t.kind}"
        ${cssomStyle({
          left: `${t.x}px`,
          top: `${t.y}px`,
          'line-height': `${t.lineHeight}px`,
          transform: `translate(${ALIGN_SHIFT[t.align]}, ${BASELINE_SHIFT[t.baseline]})`,
          'text-align': t.align,
        })}
      >${t.lines.map((line) => html`<span>${line}</span>`)}</div>`,
    )}
  </div>`;
}

/**
 * The tooltip is HTML, not canvas: real text that zooms, reflows and takes high-contrast
 * colours. Screen readers hear the same words from the focused part, so it is hidden from them.
 * The pointer can rest on it (WCAG 1.4.13); `place` is where TooltipController measured it fits,
 * null while it is to be measured (hidden, before the frame is painted).
 */
export function tooltipTemplate(o: { title: string; text: string; place: TooltipPlace | null; onEnter: () => void; onLeave: () => void }) {
  const at = o.place ? { left: `${o.place.x}px`, top: `${o.place.y}px` } : { left: '0', top: '0', visibility: 'hidden' };
  return html`<div class="tooltip" aria-hidden="true" ${cssomStyle(at)} @pointerenter=${o.onEnter} @pointerleave=${o.onLeave}>
    <strong>${o.title}</strong>
    <span>${o.text}</span>
  </div>`;
}

export const ACTIONS = ['table', 'csv', 'png', 'bars', 'sound'] as const;
export type ActionName = (typeof ACTIONS)[number];

/** The default controls; a donut of more than six parts, or with a part under 1%, is easier read as bars. */
export function defaultActions(kind: ChartKind, rows: Row[]): string {
  const crowded = kind === 'donut' && (rows.length > 6 || rows.some((r) => r.share !== null && r.share < 0.01));
  return crowded ? 'table csv bars' : 'table csv';
}

/** Hidden elements whose computed colours the drawing reads; rendered only near the screen. */
export const probesTemplate = () =>
  html`<div class="probe" aria-hidden="true" hidden>${PROBES.map(([name]) => html`<span class="p-${name}"></span>`)}</div>`;

/** The reader's controls, those the `actions` list names (unknown names are ignored). */
export function actionsTemplate(o: {
  wanted: string;
  /** "Show as bars" is offered by donuts only. */
  canShowAsBars: boolean;
  tableVisible: boolean;
  showAsBars: boolean;
  playing: boolean;
  /** "Play as sound" at double speed. */
  fast: boolean;
  /** Why sound could not play, if it could not. */
  soundMessage: string;
  on: Record<ActionName | 'speed', (event: Event) => void>;
}) {
  const wanted = new Set(o.wanted.split(/\s+/).filter((a): a is ActionName => (ACTIONS as readonly string[]).includes(a)));
  if (!wanted.size) return nothing;
  return html`<div class="actions" part="actions">
    ${wanted.has('table')
      ? html`<button type="button" aria-expanded=${o.tableVisible ? 'true' : 'false'} aria-controls="table" @click=${o.on.table}>
          ${o.tableVisible ? 'Hide table' : 'Show table'}
        </button>`
      : nothing}
    ${wanted.has('csv') ? html`<button type="button" @click=${o.on.csv}>Download CSV</button>` : nothing}
    ${wanted.has('png') ? html`<button type="button" @click=${o.on.png}>Download image</button>` : nothing}
    ${wanted.has('bars') && o.canShowAsBars
      ? // Says what a press will do next; pressed, it also looks pressed (a thicker border), not only by colour.
        html`<button type="button" aria-pressed=${o.showAsBars ? 'true' : 'false'} @click=${o.on.bars}>
          ${o.showAsBars ? 'Show as donut' : 'Show as bars'}
        </button>`
      : nothing}
    ${wanted.has('sound')
      ? html`<button type="button" aria-pressed=${o.playing ? 'true' : 'false'} @click=${o.on.sound}>Play as sound</button>
          <button type="button" aria-pressed=${o.fast ? 'true' : 'false'} @click=${o.on.speed}>Double speed</button>`
      : nothing}
    ${o.soundMessage ? html`<p class="sound-message" role="status">${o.soundMessage}</p>` : nothing}
  </div>`;
}
