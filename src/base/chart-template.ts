import { html, nothing } from 'lit';
import { CSS_COLORS } from '../dom/colors.js';
import { cssomStyle } from '../dom/cssom-style.js';
import { partFills } from '../core/fills.js';
import type { AnyChartKind, ChartKind, SeriesChartKind, ValueFormat } from '../core/types.js';
import type { Drawing } from '../draw/index.js';
import type { PartNavigationController } from './controllers/part-navigation-controller.js';
import type { TooltipController } from './controllers/tooltip-controller.js';
import type { Figure } from './data-intake.js';
import { tipOf } from './figure-parts.js';
import { hintTemplate, partsTemplate, tooltipTemplate, wordsTemplate } from './figure-templates.js';
import { seriesLegendTemplate, seriesTableTemplate } from './series-templates.js';
import { figureTableTemplate, legendTemplate, type TableSort } from './templates.js';

/**
 * The chart's box for any figure, one series or several: the canvas (and the image that stands
 * in for it in print, print-controller.ts), one focus target per part
 * (named by the figure's part texts), the words and tooltip over it, the key hint, and the legend
 * (the donut's, or the series' when there are several).
 */
export function chartFor(
  f: Figure,
  o: { kind: AnyChartKind; height: number | null; drawing: Drawing | null; nav: PartNavigationController; tooltip: TooltipController; patterns: boolean; highlight: string | null; valueFormat: ValueFormat },
) {
  const { kind, nav, drawing, tooltip } = o;
  const several = (f.series?.series.length ?? 0) > 1;
  // The structure sentence, once, as the name of the parts it introduces; the canvas is pixels.
  const move = f.series
    ? several
      ? 'Left and right arrows move along the labels; up and down, between series.'
      : 'Arrow keys move along the labels.'
    : `Arrow keys move between the ${kind === 'bar' ? 'bars' : 'parts'}.`;
  const tip = tooltip.index === null ? null : tipOf(f, tooltip.index);
  // When not every label under the axis fits, the structure sentence says which are written.
  const thinned = f.labelsNote?.(drawing?.labelStep ?? 1) ?? '';
  return html`
    <div class="chart ${kind}${drawing ? ' drawn' : ''}" part="chart" ${cssomStyle({ height: o.height ? `${o.height}px` : undefined })} @pointerleave=${tooltip.leave}>
      <img class="print-image" alt="" />
      <canvas aria-hidden="true"></canvas>
      <span class="word spacing-probe" aria-hidden="true">M M</span>
      ${partsTemplate({
        name: [f.summary.structure, thinned, move].filter(Boolean).join(' '),
        texts: f.partTexts ?? [],
        boxes: drawing?.boxes ?? [],
        focusIndex: nav.focusIndex,
        onKeydown: nav.keydown,
        onFocusOut: nav.focusOut,
        onFocus: (i) => nav.focus(i),
      })}
      ${drawing ? wordsTemplate(drawing.texts, drawing.fontSize) : nothing}
      ${tip && drawing?.boxes[tooltip.index!] ? tooltipTemplate({ ...tip, place: tooltip.place, onEnter: tooltip.enterTip, onLeave: tooltip.leaveTip }) : nothing}
    </div>
    ${hintTemplate(several)}
    ${several ? seriesLegendTemplate(kind as SeriesChartKind | 'bar', f.series!, o.patterns) : nothing}
    ${kind === 'donut' && f.model
      ? legendTemplate({
          rows: f.model.rows,
          // The legend's colours are CSS variables: no need to wait for the canvas colours.
          fills: partFills(f.model.rows, kind as ChartKind, o.highlight, CSS_COLORS),
          patterns: o.patterns,
          ink: CSS_COLORS.background,
          fmt: f.fmt,
          mode: o.valueFormat,
          active: drawing?.active ?? null,
          onPick: (index) => nav.focus(index),
        })
      : nothing}
  `;
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
