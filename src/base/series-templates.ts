/**
 * The figure's pieces for charts of several series over labels (column and line charts, bars
 * with `layout`): the series legend and the table with a column per series (the chart box is
 * chartFor's, for every figure). Parts are numbered series by series: part `s × labels + i` is label i of series s.
 */
import { html, nothing, svg } from 'lit';
import type { Format } from '../core/format.js';
import { LINE_DASHES } from '../core/line-dashes.js';
import type { SeriesData } from '../core/series-types.js';
import type { SeriesChartKind } from '../core/types.js';
import { CSS_COLORS } from '../dom/colors.js';
import { cssomStyle } from '../dom/cssom-style.js';
import { swatchTexture } from './swatches.js';
import { tableWrap } from './templates.js';


/** The label and series of part `index`. */
export const pointOf = (data: SeriesData, index: number) => {
  const across = Math.max(1, data.labels.length);
  return { labelIndex: index % across, seriesIndex: Math.floor(index / across) };
};

/**
 * The series' names with their swatch (texture for columns, dash and point shape for lines), for
 * pointers and eyes: hidden from assistive technology, since every part says its series.
 */
export function seriesLegendTemplate(kind: SeriesChartKind | 'bar', data: SeriesData, patterns: boolean) {
  return html`<ul class="legend series-legend" part="legend" aria-hidden="true">
    ${data.series.map((series, i) => {
      const color = CSS_COLORS.series[i % CSS_COLORS.series.length]!;
      const swatch =
        kind === 'line'
          ? html`<svg class="line-swatch" width="32" height="12" viewBox="0 0 32 12" aria-hidden="true">
              ${svg`<line class="s${(i % 8) + 1}" x1="1" y1="6" x2="31" y2="6" stroke-width="2.5" stroke-dasharray=${LINE_DASHES[i % LINE_DASHES.length]!.join(' ') || nothing}></line>`}
            </svg>`
          : html`<span class="swatch" ${cssomStyle({ background: patterns ? `${swatchTexture(i, CSS_COLORS.background)}, ${color}` : color })}></span>`;
      return html`<li><span class="legend-entry">${swatch}<span class="legend-label">${series.name}</span></span></li>`;
    })}
  </ul>`;
}

/** The data table: a row per label, a column per series; gaps say "no figure". */
export function seriesTableTemplate(o: { data: SeriesData; fmt: Format; caption: string; labelHeader: string; visible: boolean }) {
  const { data, fmt } = o;
  return tableWrap(
    o.visible,
    o.caption,
    html`<table part="table">
      <caption aria-hidden="true">${o.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${o.labelHeader}</th>
          ${data.series.map((s, i) => html`<th scope="col" class="num">${s.name || (data.series.length > 1 ? `Series ${i + 1}` : 'Value')}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.labels.map(
          (label, i) => html`<tr>
            <th scope="row">${label}</th>
            ${data.series.map((s) => html`<td class="num">${s.values[i] === null || s.values[i] === undefined ? 'no figure' : fmt.number(s.values[i]!)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
