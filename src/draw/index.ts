/**
 * The drawing half of foi-charts: Chart.js and everything that touches it. It is loaded on
 * demand (a separate chunk), the first time any chart on the page needs drawing.
 */
import type { ChartConfiguration, ChartOptions } from 'chart.js';
import { textMeasurer } from '../base/measure-text.js';
import { Chart } from './register.js';
import { patternFill } from './patterns.js';
import { font, labelsAbove, specs, updateListener } from './plugins.js';
import type { ChartText, DrawSpec, PartBox } from './spec.js';

export type { ChartText, DrawSpec, PartBox } from './spec.js';
export { chartTexts } from './text.js';
export { Chart };

/** Draws a new chart on `canvas`. The caller owns it and must call `destroyChart`. */
export function createChart(canvas: HTMLCanvasElement, spec: DrawSpec): Chart {
  // One Chart.js update and render: the data and options go into the constructor, and the
  // canvas gets its size first (otherwise Chart.js reads it from computed style, then resize()
  // would update and render a second time).
  const box = boxOf(canvas, spec);
  if (box) {
    canvas.width = box.width;
    canvas.height = box.height;
  }
  specs.set(canvas, spec);
  const config = {
    type: spec.kind === 'bar' ? 'bar' : 'doughnut',
    data: { labels: labels(spec), datasets: [{ data: spec.values.slice(), ...datasetStyle(spec) }] },
    options: options(spec),
    plugins: spec.kind === 'bar' ? [labelsAbove, updateListener] : [updateListener],
  } as unknown as ChartConfiguration;
  return new Chart(canvas, config);
}

/** Updates a chart in place: new labels, values, colours and options, one redraw. */
export function updateChart(chart: Chart, spec: DrawSpec): void {
  specs.set(chart.canvas, spec);
  chart.data.labels = labels(spec);
  const dataset = chart.data.datasets[0]!;
  dataset.data = spec.values.slice();
  Object.assign(dataset, datasetStyle(spec));
  chart.options = options(spec) as typeof chart.options;
  const box = boxOf(chart.canvas, spec);
  // Chart.js is not left to watch the size itself (responsive: false): a resize and a data
  // change in the same frame would each redraw. resize() also runs the update.
  if (box && (box.width !== chart.width || box.height !== chart.height)) {
    chart.resize(box.width, box.height);
  } else {
    chart.update(spec.animate ? undefined : 'none');
  }
}

/** The size of the box the canvas fills, in whole CSS px: as the element knows it, else measured. */
function boxOf(canvas: HTMLCanvasElement, spec: DrawSpec): { width: number; height: number } | null {
  if (spec.width > 0 && spec.height > 0) return { width: spec.width, height: spec.height };
  const box = (canvas.parentNode as HTMLElement | null)?.getBoundingClientRect();
  return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
}

const labels = (spec: DrawSpec) => spec.labels.map((lines) => (lines.length === 1 ? lines[0] : lines));

export function destroyChart(chart: Chart): void {
  specs.delete(chart.canvas);
  chart.destroy();
}

/**
 * Marks one part as focused: it gets the hover style, exactly as if the pointer were on it
 * (focus mirrors hover; the element shows the tooltip). `null` clears it.
 */
export function focusPart(chart: Chart, index: number | null): void {
  chart.setActiveElements(index === null ? [] : [{ datasetIndex: 0, index }]);
  chart.update('none');
}

/**
 * The canvas with its words drawn in, for "Download image": on screen the words are HTML over
 * the canvas, but a saved picture must carry them.
 */
export function snapshot(chart: Chart, texts: ChartText[]): HTMLCanvasElement {
  const spec = specs.get(chart.canvas);
  const source = chart.canvas;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = spec?.backgroundColor ?? '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  if (!spec) return out;
  const scale = source.width / (chart.width || source.width);
  ctx.scale(scale, scale);
  ctx.font = font(spec);
  ctx.fillStyle = spec.textColor;
  ctx.textBaseline = 'middle';
  for (const t of texts) {
    ctx.textAlign = t.align;
    const top = t.baseline === 'top' ? t.y : t.baseline === 'bottom' ? t.y - t.lines.length * t.lineHeight : t.y - (t.lines.length * t.lineHeight) / 2;
    t.lines.forEach((line, i) => ctx.fillText(line, t.x, top + (i + 0.5) * t.lineHeight));
  }
  return out;
}

/** Boxes around each bar or part, for the keyboard focus targets laid over the canvas. */
export function partBoxes(chart: Chart): PartBox[] {
  return chart.getDatasetMeta(0).data.map((element) => {
    const props = element.getProps(
      ['x', 'y', 'base', 'height', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'],
      true,
    ) as unknown as Record<string, number>;
    if ((chart.config as { type?: string }).type === 'bar') {
      const left = Math.min(props.x!, props.base!);
      return { x: left, y: props.y! - props.height! / 2, width: Math.abs(props.x! - props.base!), height: props.height! };
    }
    return arcBox(props);
  });
}

function arcBox(p: Record<string, number>): PartBox {
  // Sample the arc's outline: its bounding box is what a focus ring can go around.
  const xs: number[] = [];
  const ys: number[] = [];
  const steps = 24;
  for (let s = 0; s <= steps; s++) {
    const angle = p.startAngle! + ((p.endAngle! - p.startAngle!) * s) / steps;
    for (const r of [p.innerRadius!, p.outerRadius!]) {
      xs.push(p.x! + Math.cos(angle) * r);
      ys.push(p.y! + Math.sin(angle) * r);
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function datasetStyle(spec: DrawSpec) {
  const fills = spec.colors.map((color, i) => (spec.patterns ? patternFill(color, spec.patternColor, i) : color));
  if (spec.kind === 'bar') {
    return {
      backgroundColor: fills,
      hoverBackgroundColor: fills,
      borderWidth: 0,
      hoverBorderWidth: 3,
      hoverBorderColor: spec.focusColor,
      barThickness: spec.barThickness,
      borderSkipped: false,
    };
  }
  return {
    backgroundColor: fills,
    hoverBackgroundColor: fills,
    // Background-coloured borders keep neighbouring parts apart without relying on colour.
    borderColor: spec.backgroundColor,
    borderWidth: 2,
    hoverBorderColor: spec.focusColor,
    hoverBorderWidth: 3,
    hoverOffset: 8,
  };
}

function options(spec: DrawSpec): ChartOptions {
  const tickFont = { family: spec.fontFamily, size: spec.fontSize };
  const common = {
    // The element watches its size (one shared ResizeObserver, one redraw per frame at most).
    responsive: false,
    maintainAspectRatio: false,
    animation: spec.animate ? { duration: 400 } : (false as const),
    color: spec.textColor,
    events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] as ChartOptions['events'],
    plugins: { legend: { display: false } },
    onHover: (_event: unknown, elements: { index: number }[]) => spec.onHover?.(elements[0]?.index ?? null),
    onClick: (_event: unknown, elements: { index: number }[]) => {
      if (elements[0]) spec.onPick?.(elements[0].index);
    },
  };
  if (spec.kind === 'donut') {
    return { ...common, cutout: '55%', layout: { padding: 10 } } as ChartOptions;
  }
  const measure = textMeasurer(font(spec));
  const valueWidth = Math.ceil(Math.max(0, ...spec.valueLabels.map(measure)));
  const min = Math.min(0, ...spec.values);
  const max = Math.max(0, ...spec.values);
  return {
    ...common,
    indexAxis: 'y',
    layout: { padding: { right: valueWidth + 10, left: min < 0 ? valueWidth + 10 : 0 } },
    scales: {
      x: {
        beginAtZero: true,
        suggestedMax: max,
        grid: { color: spec.gridColor },
        border: { display: false },
        // Transparent: Chart.js still sizes and places the ticks; the element lays them out as HTML.
        ticks: { color: 'transparent', font: tickFont, callback: (v: number | string) => spec.formatTick(Number(v)) },
      },
      y: {
        grid: { display: false },
        border: { color: spec.textColor },
        ticks: {
          display: !spec.labelsAbove,
          color: 'transparent',
          font: tickFont,
          autoSkip: false,
        },
      },
    },
  } as ChartOptions;
}
