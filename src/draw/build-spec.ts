import type { ChartColors } from '../dom/colors.js';
import { colorByName } from './colors.js';
import type { DrawEvents, DrawInput, DrawSpec } from './spec.js';

/** The Chart.js-facing spec of a chart, from the element's input and the colours read from CSS. */
export function buildSpec(input: DrawInput, colors: ChartColors, events: DrawEvents, onUpdate: () => void): DrawSpec {
  const { layout } = input;
  return {
    kind: input.kind,
    series: input.series,
    stacked: input.stacked,
    width: input.width,
    height: input.height,
    labels: layout ? layout.lines : input.labels.map((label) => [label]),
    values: input.values,
    colors: input.fills.map((name) => colorByName(colors, name)),
    patterns: input.patterns,
    patternColor: colors.background,
    textColor: colors.text,
    gridColor: colors.grid,
    backgroundColor: colors.background,
    focusColor: colors.focus,
    fontFamily: input.fontFamily,
    fontSize: input.fontSize,
    spacing: input.spacing,
    lineHeight: input.lineHeight,
    valueLabels: input.valueLabels,
    formatTick: input.formatTick,
    // Narrow layout moves bars after Chart.js places them, which an animation would undo.
    animate: input.animate && !layout?.labelsAbove,
    labelsAbove: layout?.labelsAbove ?? false,
    barThickness: layout?.barThickness ?? 28,
    rowHeight: layout?.rowHeight ?? 28,
    labelShift: layout?.labelShift ?? 0,
    onUpdate,
    onHover: events.hover,
    onPick: events.pick,
  };
}

/** A spec as text, functions left out: the same key means the same drawing. */
export const specKey = (spec: DrawSpec): string =>
  JSON.stringify(spec, (_k, v: unknown) => (typeof v === 'function' ? undefined : v));
