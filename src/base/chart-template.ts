import { html, nothing } from 'lit';
import { CSS_COLORS } from '../dom/colors.js';
import { cssomStyle } from '../dom/cssom-style.js';
import { partFills } from '../core/fills.js';
import type { Format } from '../core/format.js';
import type { AnyChartKind, ChartKind, Row, SeriesChartKind, ValueFormat } from '../core/types.js';
import type { Unit } from '../core/units.js';
import type { Drawing } from '../draw/index.js';
import type { PartNavigationController } from './controllers/part-navigation-controller.js';
import { partText } from './figure-text.js';
import { partsTemplate, tooltipTemplate, wordsTemplate } from './figure-templates.js';
import { figureTableTemplate, legendTemplate, type TableSort } from './templates.js';
import type { Figure } from './data-intake.js';
import { seriesChartTemplate, seriesTableTemplate } from './series-templates.js';

/** The chart's box: canvas, the parts' focus targets, the words and tooltip over it; the donut's legend. */
export function chartTemplate(o: {
  kind: ChartKind;
  rows: Row[];
  fmt: Format;
  unit: Unit;
  /** The structure sentence of the summary. */
  structure: string;
  /** The bars' laid-out height in CSS px; null for a donut (CSS sizes it). */
  height: number | null;
  drawing: Drawing | null;
  nav: PartNavigationController;
  highlight: string | null;
  patterns: boolean;
  valueFormat: ValueFormat;
}) {
  const { rows, fmt, unit, nav, drawing, kind } = o;
  const tip = nav.tipIndex === null ? undefined : rows[nav.tipIndex];
  return html`
    <div class="chart ${kind}" part="chart" ${cssomStyle({ height: o.height ? `${o.height}px` : undefined })} @pointerleave=${() => nav.hover(null)}>
      <canvas aria-hidden="true"></canvas>
      ${partsTemplate({
        // The structure sentence, once, as the name of the parts it introduces; the canvas is pixels.
        name: `${o.structure} Arrow keys move between the ${kind === 'bar' ? 'bars' : 'parts'}.`,
        texts: rows.map((row, index) => partText(row, fmt, unit, { index, count: rows.length })),
        boxes: drawing?.boxes ?? [],
        focusIndex: nav.focusIndex,
        onKeydown: nav.keydown,
        onFocusOut: nav.focusOut,
        onFocus: (i) => nav.focus(i),
      })}
      ${drawing ? wordsTemplate(drawing.texts, drawing.fontSize) : nothing}
      ${tip && drawing ? tooltipTemplate(drawing.boxes[nav.tipIndex!], tip.label, partText(tip, fmt, unit)) : nothing}
    </div>
    <p class="hint" aria-hidden="true">Arrow keys: move · Home/End: first/last · Esc: hide</p>
    ${kind === 'donut'
      ? legendTemplate({
          rows,
          // The legend's colours are CSS variables: no need to wait for the canvas colours.
          fills: partFills(rows, kind, o.highlight, CSS_COLORS),
          patterns: o.patterns,
          ink: CSS_COLORS.background,
          fmt,
          mode: o.valueFormat,
          active: drawing?.active ?? null,
          onPick: (index) => nav.focus(index),
        })
      : nothing}
  `;
}

/** The chart box for a figure: one series (bars, donut) or several (columns, lines). */
export function chartFor(
  f: Figure,
  o: { kind: AnyChartKind; height: number | null; drawing: Drawing | null; nav: PartNavigationController; patterns: boolean; highlight: string | null; valueFormat: ValueFormat },
) {
  const common = { fmt: f.fmt, unit: f.settings.unit, structure: f.summary.structure, height: o.height, drawing: o.drawing, nav: o.nav, patterns: o.patterns };
  if (f.series) return seriesChartTemplate({ ...common, kind: o.kind as SeriesChartKind | 'bar', data: f.series, texts: f.partTexts ?? [] });
  return chartTemplate({ ...common, kind: o.kind as ChartKind, rows: f.model!.rows, highlight: o.highlight, valueFormat: o.valueFormat });
}

/**
 * The figure's data table, one series or several: its rows, headers and caption from the figure,
 * its state from the reader. `inOrder`: the page keeps the source's order (`sort="none"`).
 */
export function tableFor(f: Figure, o: { inOrder: boolean; visible: boolean; sort: TableSort; onSort: (sort: TableSort) => void }) {
  if (!f.series) return figureTableTemplate(f, { ...o, inOrder: o.inOrder || f.model!.periods });
  const heading = f.settings.heading;
  const caption = heading ? `${heading}: data` : 'Chart data';
  return seriesTableTemplate({ data: f.series, fmt: f.fmt, caption, labelHeader: f.extras.labelHeader || 'Label', visible: o.visible });
}
