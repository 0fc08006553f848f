/**
 * Every word of a bar chart as HTML text rather than canvas pixels: the canvas draws only shapes
 * and gridlines (its own tick labels are transparent, so Chart.js still reserves their room and
 * places them), and this reads where Chart.js put each word, for the element to lay real text
 * over the canvas. Text then takes the page's font, zoom, text spacing and forced colours, page
 * translation translates it, and the browser's find finds it.
 */
import type { Chart } from 'chart.js';
import { lineHeightPx, measurer, specs } from './plugins.js';
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
  const lineHeight = lineHeightPx(spec);
  const measure = measurer(spec);
  if (spec.labelsAbove) {
    // Above each bar's row (the bar, or its value label where that is taller), where the bars
    // start; a label the layout wrapped to the canvas's whole width (less 8) starts further left,
    // down to 4 px from its edge, so that it never reaches past the right one.
    bars.forEach((bar, i) => {
      const { y } = bar.getProps(['y'], true) as unknown as { y: number };
      const lines = spec.labels[i] ?? [];
      const x = Math.max(4, Math.min(chart.chartArea.left + 4, chart.width - 4 - Math.max(0, ...lines.map(measure))));
      out.push({ kind: 'category', lines, x, y: y - spec.rowHeight / 2 - 2, align: 'left', baseline: 'bottom', lineHeight });
    });
  } else {
    out.push(...scaleTexts(chart, 'y', 'category'));
  }
  bars.forEach((bar, i) => {
    const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as unknown as { x: number; y: number; base: number };
    const text = spec.valueLabels[i] ?? '';
    // After the bar's end: right of a bar that grows right, left of one that grows left (by its
    // value's sign: a bar under a pixel long has no direction Chart.js keeps), unless that would
    // leave the plot (over the category labels): then right of the zero line, inside it.
    const end = Math.min(x, base);
    const left = (spec.values[i] ?? 0) < 0 && end - 6 - measure(text) >= chart.chartArea.left;
    out.push({ kind: 'value', lines: [text], x: left ? end - 6 : Math.max(x, base) + 6, y, align: left ? 'right' : 'left', baseline: 'middle', lineHeight });
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
