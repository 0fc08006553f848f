import type { ChartConfiguration, ChartOptions } from 'chart.js';
import { bar } from './kinds/bar.js';
import { barSeries } from './kinds/bar-series.js';
import { donut } from './kinds/donut.js';
import type { DrawKind } from './kinds/kind.js';
import { patternFill } from './patterns.js';
import { axisSteps, measureSpaced, specs, updateListener } from './plugins.js';
import { Chart } from './register.js';
import type { DrawSpec } from './spec.js';

/**
 * Each chart kind's drawing, by the kind's name: bars and donuts here, the others registered by
 * their own chunk (series-kinds.ts) when a page has them.
 */
export const KINDS: Partial<Record<DrawSpec['kind'], DrawKind>> = { bar, donut };

export function registerKind(name: DrawSpec['kind'], kind: DrawKind): void {
  KINDS[name] = kind;
}

/** The drawing of a kind; its chunk is loaded before any chart of it is drawn. */
export const kindOf = (spec: DrawSpec): DrawKind => (spec.kind === 'bar' && spec.series ? barSeries : KINDS[spec.kind]!);

/**
 * Draws a new chart on `canvas`. The caller owns it and must call `destroyChart`. `pixelRatio`:
 * device pixels per CSS px, for a picture or print (default: the screen's).
 */
export function createChart(canvas: HTMLCanvasElement, spec: DrawSpec, pixelRatio?: number): Chart {
  // One Chart.js update and render: the data and options go into the constructor, and the
  // canvas gets its size first (otherwise Chart.js reads it from computed style, then resize()
  // would update and render a second time).
  const box = boxOf(canvas, spec);
  if (box) {
    canvas.width = box.width;
    canvas.height = box.height;
  }
  specs.set(canvas, spec);
  measureSpaced(canvas);
  const kind = kindOf(spec);
  const config = {
    type: kind.type,
    data: { labels: labels(spec), datasets: datasets(spec) },
    options: pixelRatio ? { ...options(spec), devicePixelRatio: pixelRatio } : options(spec),
    plugins: [...kind.plugins, updateListener],
  } as unknown as ChartConfiguration;
  return new Chart(canvas, config);
}

/** Updates a chart in place: new labels, values, colours and options, one redraw. */
export function updateChart(chart: Chart, spec: DrawSpec): void {
  specs.set(chart.canvas, spec);
  chart.data.labels = labels(spec);
  // Same number of series: each dataset is updated in place, so Chart.js keeps its elements.
  const next = datasets(spec);
  if (next.length === chart.data.datasets.length) next.forEach((d, i) => Object.assign(chart.data.datasets[i]!, d));
  else chart.data.datasets = next as unknown as typeof chart.data.datasets;
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

export function destroyChart(chart: Chart): void {
  specs.delete(chart.canvas);
  axisSteps.delete(chart.canvas);
  chart.destroy();
}

/** The Chart.js type a spec draws as: a chart drawn as another type must be made anew. */
export const chartType = (spec: DrawSpec): string => kindOf(spec).type;

/** The size of the box the canvas fills, in whole CSS px: as the element knows it, else measured. */
function boxOf(canvas: HTMLCanvasElement, spec: DrawSpec): { width: number; height: number } | null {
  if (spec.width > 0 && spec.height > 0) return { width: spec.width, height: spec.height };
  const box = (canvas.parentNode as HTMLElement | null)?.getBoundingClientRect();
  return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
}

const labels = (spec: DrawSpec) => spec.labels.map((lines) => (lines.length === 1 ? lines[0] : lines));

function datasets(spec: DrawSpec) {
  const fills = spec.colors.map((color, i) => (spec.patterns ? patternFill(color, spec.patternColor, i) : color));
  return kindOf(spec).datasets(spec, fills);
}

/** The part a Chart.js element is: parts are numbered series by series. */
export const partIndex = (spec: DrawSpec, element: { datasetIndex: number; index: number }): number =>
  element.datasetIndex * spec.labels.length + element.index;

/** The Chart.js element of a part. */
export const elementOf = (spec: DrawSpec, part: number): { datasetIndex: number; index: number } => ({
  datasetIndex: Math.floor(part / Math.max(1, spec.labels.length)),
  index: part % Math.max(1, spec.labels.length),
});

function options(spec: DrawSpec): ChartOptions {
  return {
    // The element watches its size (one shared ResizeObserver, one redraw per frame at most).
    responsive: false,
    maintainAspectRatio: false,
    animation: spec.animate ? { duration: 400 } : false,
    color: spec.textColor,
    events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
    plugins: { legend: { display: false } },
    onHover: (_event, elements) => spec.onHover?.(elements[0] ? partIndex(spec, elements[0]) : null),
    onClick: (_event, elements) => {
      if (elements[0]) spec.onPick?.(partIndex(spec, elements[0]));
    },
    ...kindOf(spec).options(spec),
  } as ChartOptions;
}
