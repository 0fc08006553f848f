/**
 * Every word of a bar chart as HTML text rather than canvas pixels: the canvas draws only shapes
 * and gridlines (its own tick labels are transparent, so Chart.js still reserves their room and
 * places them), and this reads where Chart.js put each word, for the element to lay real text
 * over the canvas. Text then takes the page's font, zoom, text spacing and forced colours, page
 * translation translates it, and the browser's find finds it.
 */
import type { Chart } from 'chart.js';
import { specs } from './plugins.js';
import type { ChartText } from './spec.js';

/** What Chart.js keeps for each tick label it draws (Scale#getLabelItems, v4). */
interface LabelItem {
  label: string | string[];
  /** The first line's middle, relative to `translation`. */
  textOffset: number;
  font: { lineHeight: number };
  options: { textAlign: CanvasTextAlign; translation: [number, number] };
}

/** The words of a drawn bar chart and where they go; none for a donut (its legend is HTML). */
export function chartTexts(chart: Chart): ChartText[] {
  const spec = specs.get(chart.canvas);
  if (!spec || spec.kind !== 'bar') return [];
  const out: ChartText[] = [];
  const bars = chart.getDatasetMeta(0).data;
  if (spec.labelsAbove) {
    // Above each bar, left-aligned at the chart's left edge (the layout left room for them).
    const lineHeight = Math.round(spec.fontSize * 1.25);
    bars.forEach((bar, i) => {
      const { y } = bar.getProps(['y'], true) as unknown as { y: number };
      const lines = spec.labels[i] ?? [];
      out.push({ kind: 'category', lines, x: chart.chartArea.left + 4, y: y - spec.barThickness / 2 - 2, align: 'left', baseline: 'bottom', lineHeight });
    });
  } else {
    out.push(...scaleTexts(chart, 'y', 'category'));
  }
  bars.forEach((bar, i) => {
    const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as unknown as { x: number; y: number; base: number };
    const negative = x < base;
    out.push({
      kind: 'value',
      lines: [spec.valueLabels[i] ?? ''],
      x: x + (negative ? -6 : 6),
      y,
      align: negative ? 'right' : 'left',
      baseline: 'middle',
      lineHeight: Math.round(spec.fontSize * 1.2),
    });
  });
  out.push(...scaleTexts(chart, 'x', 'tick'));
  return out;
}

/** The tick labels of one of the chart's scales, where Chart.js placed them. */
export function scaleTexts(chart: Chart, id: 'x' | 'y', kind: ChartText['kind']): ChartText[] {
  const scale = chart.scales[id] as unknown as { getLabelItems?: (area: unknown) => LabelItem[] } | undefined;
  const items = scale?.getLabelItems?.(chart.chartArea) ?? [];
  return items.map((item) => {
    const [x, y] = item.options.translation;
    const align = item.options.textAlign;
    const { lineHeight } = item.font;
    return {
      kind,
      lines: Array.isArray(item.label) ? item.label.map(String) : [String(item.label)],
      x,
      // Chart.js centres each line on its own middle, the first at y + textOffset.
      y: y + item.textOffset - lineHeight / 2,
      align: align === 'right' || align === 'end' ? 'right' : align === 'center' ? 'center' : 'left',
      baseline: 'top',
      lineHeight,
    };
  });
}
