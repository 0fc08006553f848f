import { html, nothing } from 'lit';
import { formatValue, type Format } from '../core/format.js';
import type { MissingFigure, Row, ValueFormat } from '../core/types.js';
import { cssomStyle } from '../dom/cssom-style.js';
import type { Figure } from './data-intake.js';
import { labelHeader, valueHeader, withMissing } from './figure-text.js';
import { swatchTexture } from './swatches.js';

export type SortColumn = 'label' | 'value' | null;
export interface TableSort {
  /** null: the chart's own order. */
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** The rows in the table's current order (the chart's order until a column is sorted). */
export function sortRows(rows: Row[], sort: TableSort): Row[] {
  if (!sort.column) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const by =
    sort.column === 'label'
      ? (a: Row, b: Row) => a.label.localeCompare(b.label)
      : (a: Row, b: Row) => a.value - b.value;
  return [...rows].sort((a, b) => sign * by(a, b));
}

/**
 * The data table: every label, value and share. Out of the page (and the accessibility tree)
 * until "Show table" opens it, since the parts already carry every label and value; once open it
 * is read like any table. Column headers sort it (with `aria-sort`).
 */
export function tableTemplate(options: {
  rows: Row[];
  /** Rows with no figure, listed in the source's place when the chart keeps that order. */
  missing: MissingFigure[];
  inOrder: boolean;
  /** The whole shares are of; null: no share column. */
  total: number | null;
  caption: string;
  labelHeader: string;
  valueHeader: string;
  fmt: Format;
  visible: boolean;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
}) {
  const { fmt, sort, onSort } = options;
  const header = (column: Exclude<SortColumn, null>, text: string, className = '') => {
    const current = sort.column === column ? sort.direction : null;
    const next: TableSort = {
      column,
      direction: current === 'ascending' ? 'descending' : 'ascending',
    };
    // While the table is visually hidden its sort buttons are left out: a keyboard user must
    // never tab onto a control they cannot see (WCAG 2.4.7).
    if (!options.visible) return html`<th scope="col" class=${className}>${text}</th>`;
    return html`<th scope="col" class=${className} aria-sort=${current ?? 'none'}>
      <button type="button" @click=${() => onSort(next)}>
        ${text}<span aria-hidden="true">${current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : ''}</span>
      </button>
    </th>`;
  };
  return tableWrap(
    options.visible,
    options.caption,
    html`<table part="table">
      <caption aria-hidden="true">${options.caption}</caption>
      <thead>
        <tr>
          ${header('label', options.labelHeader)} ${header('value', options.valueHeader, 'num')}
          ${options.total === null ? '' : html`<th scope="col" class="num">Share of ${fmt.number(options.total)}</th>`}
        </tr>
      </thead>
      <tbody>
        ${withMissing(sortRows(options.rows, sort), options.missing, options.inOrder && !sort.column).map((row) =>
          'share' in row
            ? html`<tr>
                <th scope="row">${row.label}</th>
                <td class="num">${fmt.number(row.value)}</td>
                ${row.share === null ? '' : html`<td class="num">${fmt.percent(row.share)}</td>`}
              </tr>`
            : html`<tr class="missing">
                <th scope="row">${row.label}</th>
                <td class="num">no figure</td>
                ${options.total === null ? '' : html`<td class="num"></td>`}
              </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/**
 * The table's box: out of the page until "Show table"; open, a labelled, focusable region, so a
 * table wider than a 320 px column scrolls sideways inside it, by keyboard too, instead of
 * breaking words mid-letter. The region's name is the caption, so the `<caption>` inside is for
 * eyes only: otherwise a screen reader hears it three times (region, table, caption).
 */
export function tableWrap(visible: boolean, caption: string, table: unknown) {
  return html`<div
    class="table-wrap"
    id="table"
    data-visible=${visible ? 'true' : 'false'}
    role=${visible ? 'region' : nothing}
    aria-label=${visible ? caption : nothing}
    tabindex=${visible ? '0' : nothing}
  >
    ${table}
  </div>`;
}

/** The data table of one series: its rows, headers and caption from the figure, its state from the reader. */
export function figureTableTemplate(
  f: Figure,
  o: { inOrder: boolean; visible: boolean; sort: TableSort; onSort: (sort: TableSort) => void },
) {
  const heading = f.settings.heading;
  return tableTemplate({
    ...o,
    rows: f.model!.rows,
    missing: f.extras.missing ?? [],
    total: f.model!.total,
    caption: heading ? `${heading}: data` : 'Chart data',
    labelHeader: labelHeader(f),
    valueHeader: valueHeader(f),
    fmt: f.fmt,
  });
}

/**
 * The donut's legend as real HTML: swatch, label, value and share for every part, so the
 * chart never depends on matching colours alone. Each entry is a button that highlights
 * its part.
 */
export function legendTemplate(options: {
  rows: Row[];
  fills: string[];
  /** With textures on, each swatch shows its part's texture, drawn in `ink`. */
  patterns: boolean;
  ink: string;
  fmt: Format;
  mode: ValueFormat;
  active: number | null;
  onPick: (index: number) => void;
}) {
  const { rows, fills, fmt } = options;
  // For pointers and eyes: hidden from assistive technology and out of the tab order, since the
  // parts already carry every label and value and the arrow keys highlight the same parts.
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${rows.map((row, i) => {
      const color = fills[i] ?? 'transparent';
      const background = options.patterns ? `${swatchTexture(i, options.ink)}, ${color}` : color;
      return html`<li>
        <button type="button" tabindex="-1" aria-pressed=${options.active === i ? 'true' : 'false'} @click=${() => options.onPick(i)}>
          <span class="swatch" aria-hidden="true" ${cssomStyle({ background })}></span>
          <span class="legend-text"
            ><span class="legend-label">${row.label}</span>
            <span class="legend-value">${formatValue(row, options.mode === 'number' ? 'both' : options.mode, fmt)}</span></span
          >
        </button>
      </li>`;
    })}
  </ul>`;
}
