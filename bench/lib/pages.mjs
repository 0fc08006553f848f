// The bench's pages: the data both variants draw, the library's tags, the baseline's
// hand-written Chart.js code, and the page around them. Each row module (bench/rows/) builds the
// pages it measures from these.
import { env, isLibrary, prefix } from './env.mjs';

export const VIEWPORT = { width: 1000, height: 1000, deviceScaleFactor: 1 };
/** Each chart sits in a fixed-height section, so two are in view and both pages scroll alike. */
export const SECTION_HEIGHT = VIEWPORT.height / 2;
export const MANY = 50;
/** Both variants use the library's defaults: 28 px bars, donuts capped by --foi-max-height. */
export const DONUT_SIZE = 220;
export const FONT_SIZE = 14;
/** A phone: the demo article's viewport (rows 7, 8, 15 and --profile), with the CPU slowed 4×. */
export const PHONE_VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 2 };
export const CPU_SLOWDOWN = 4;

export const LABELS = ['Facebook', 'Snapchat', 'Instagram', 'WhatsApp', 'Twitter', 'Other apps'];
export const COLORS = ['#0072b2', '#d55e00', '#009e73', '#b8588f', '#b26b00', '#2e86c1', '#8a7a00', '#4d4d4d'];
export const TEXT = '#1a1a1a';
export const GRID = '#d9d9d9';
export const BACKGROUND = '#ffffff';

/** Row 12: a line chart of 3 series × 20 points (deterministic figures), labels 2001–2020. */
export const LINE_SERIES = ['Facebook', 'Snapchat', 'Instagram'];
export const LINE_POINTS = 20;
export function lineData() {
  const labels = range(LINE_POINTS).map((i) => String(2001 + i));
  const series = LINE_SERIES.map((name, s) => ({
    name,
    values: labels.map((_, i) => 10 + ((i * (7 + 4 * s) + s * 31) % 60) + 2 * i),
  }));
  return { heading: `Offences by platform, ${labels[0]}–${labels.at(-1)}`, labels, series };
}
/** The library's line-chart height for a width (src/base/layout.ts `plotHeight`). */
export const plotHeight = (width) => Math.round(Math.min(400, Math.max(240, width * 0.55)));
export const MAIN_WIDTH = 640;

/** Deterministic data: chart i is a bar when i is even, a donut when odd; six categories. */
export function dataset(i) {
  let seed = (i + 1) * 2654435761;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return {
    kind: i % 2 === 0 ? 'bar' : 'donut',
    heading: `Chart ${i + 1}: offences by platform`,
    rows: LABELS.map((label) => ({ label, value: 5 + Math.round(next() * 250) })),
  };
}

/** The library's bar height for six one-line labels: six 38 px bands and the axis (src/base/layout.ts). */
export const barCanvasHeight = (n) => n * Math.max(28 + 10, Math.round(FONT_SIZE * 1.25) + 8) + Math.round(FONT_SIZE * 1.25) + 16;

export const escapeAttr = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export const COMMON_CSS = `
  html { font: 16px/1.4 system-ui, sans-serif; }
  body { margin: 0; }
  main { width: ${MAIN_WIDTH}px; margin: 0 auto; }
  section { height: ${SECTION_HEIGHT}px; box-sizing: border-box; padding-top: 8px; }
  section > p { margin: 0 0 8px; height: 22px; overflow: hidden; }
  .spacer { height: ${VIEWPORT.height}px; }
  foi-bar-chart, foi-donut-chart { --foi-max-height: ${DONUT_SIZE}px; }
  figure { margin: 0; }
  figcaption { font-weight: 700; font-size: 1.15em; }
  .base-bar { position: relative; width: 100%; }
  .base-donut { position: relative; width: 100%; max-width: ${DONUT_SIZE}px; aspect-ratio: 1; margin: 0 auto; }
  .base-line { position: relative; width: 100%; height: ${plotHeight(MAIN_WIDTH)}px; }
`;

export function libraryChart(i, { eager = false, actions = null } = {}) {
  const { kind, heading, rows } = dataset(i);
  const values = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  const tag = kind === 'bar' ? 'foi-bar-chart' : 'foi-donut-chart';
  return `<${tag} heading="${escapeAttr(heading)}" values="${escapeAttr(values)}"${eager ? ' eager' : ''}${actions ? ` actions="${escapeAttr(actions)}"` : ''}></${tag}>`;
}

export function baselineChart(i) {
  const { kind, heading } = dataset(i);
  const box =
    kind === 'bar'
      ? `<div class="base-bar" style="height:${barCanvasHeight(LABELS.length)}px"><canvas data-chart="${i}"></canvas></div>`
      : `<div class="base-donut"><canvas data-chart="${i}"></canvas></div>`;
  return `<figure><figcaption>${escapeAttr(heading)}</figcaption>${box}</figure>`;
}

/**
 * The baseline's hand-written Chart.js code: the options foi-charts gives Chart.js
 * (src/draw/index.ts), written out by hand, with a value-label plugin like the library's.
 * It runs as a module script that imports the baseline bundle.
 */
export const baselineCode = ({ tooltip }) => String.raw`
const TEXT = ${JSON.stringify(TEXT)}, GRID = ${JSON.stringify(GRID)}, BACKGROUND = ${JSON.stringify(BACKGROUND)};
const COLORS = ${JSON.stringify(COLORS)};
const FONT = { family: getComputedStyle(document.documentElement).fontFamily, size: ${FONT_SIZE} };
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = ${FONT_SIZE} + 'px ' + FONT.family;
    ctx.fillStyle = TEXT;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    const vertical = chart.options.indexAxis === 'x';
    if (vertical) ctx.textAlign = 'center';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const text = String(chart.data.datasets[0].data[i]);
      if (vertical) ctx.fillText(text, bar.x, bar.y - 10);
      else ctx.fillText(text, bar.x + 6, bar.y);
    });
    ctx.restore();
  },
};
${LINE_CONFIG}
function config(data) {
  const kind = data.kind;
  if (kind === 'line') return lineConfig(data);
  const labels = data.rows.map((r) => r.label);
  const values = data.rows.map((r) => r.value);
  const total = values.reduce((a, b) => a + b, 0);
  const plugins = { legend: { display: false } };
  if (${tooltip}) {
    plugins.tooltip = {
      backgroundColor: TEXT, titleColor: BACKGROUND, bodyColor: BACKGROUND, displayColors: false,
      titleFont: { ...FONT, weight: 'bold' }, bodyFont: FONT,
      callbacks: { label: (item) => item.label + ': ' + item.raw + ', ' + Math.round((100 * item.raw) / total) + '%' },
    };
  }
  const common = {
    responsive: true, maintainAspectRatio: false, resizeDelay: 0, animation: false, color: TEXT,
    events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
    plugins,
  };
  if (kind === 'bar' || kind === 'column') {
    // Bars sorted by value, across; columns (periods) in their order, upright.
    const vertical = kind === 'column';
    const sorted = vertical ? data.rows : data.rows.slice().sort((a, b) => b.value - a.value);
    const valueAxis = { beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { color: TEXT, font: FONT } };
    const labelAxis = { grid: { display: false }, border: { color: TEXT }, ticks: { color: TEXT, font: FONT, autoSkip: false } };
    return {
      type: 'bar',
      data: {
        labels: sorted.map((r) => r.label),
        datasets: [{ data: sorted.map((r) => r.value), backgroundColor: COLORS[0], hoverBackgroundColor: COLORS[0],
          borderWidth: 0, hoverBorderWidth: 3, hoverBorderColor: COLORS[0], ...(vertical ? { maxBarThickness: 56 } : { barThickness: 28 }), borderSkipped: false }],
      },
      options: {
        ...common, indexAxis: vertical ? 'x' : 'y', layout: { padding: vertical ? { top: 24 } : { right: 40, left: 0 } },
        scales: vertical ? { x: labelAxis, y: valueAxis } : { x: valueAxis, y: labelAxis },
      },
      plugins: [valueLabels],
    };
  }
  return {
    type: 'doughnut',
    data: { labels, datasets: [{ data: values, backgroundColor: COLORS.slice(0, values.length), hoverBackgroundColor: COLORS.slice(0, values.length),
      borderColor: BACKGROUND, borderWidth: 2, hoverBorderColor: COLORS[0], hoverBorderWidth: 3, hoverOffset: 8 }] },
    options: { ...common, cutout: '55%', layout: { padding: 10 } },
  };
}
`;

/** Row 12: the line chart as a partner pastes it, in the typed values form (src/core/series-parse.ts). */
export function libraryLine() {
  const { heading, labels, series } = lineData();
  const values = [`Year: ${series.map((s) => s.name).join(', ')}`, ...labels.map((label, i) => `${label}: ${series.map((s) => s.values[i]).join(', ')}`)].join('; ');
  return `<foi-line-chart heading="${escapeAttr(heading)}" values="${escapeAttr(values)}"></foi-line-chart>`;
}

/** Row 12's baseline: a figure and a box as tall as the library's plot (`plotHeight`). */
export const baselineLine = () => `<figure><figcaption>${escapeAttr(lineData().heading)}</figcaption><div class="base-line"><canvas data-chart="line"></canvas></div></figure>`;

/**
 * Row 12's hand-written Chart.js code (and the demo article's line chart in rows 7–8): the options the line kind gives Chart.js
 * (src/draw/kinds/line.ts datasets, src/draw/kinds/series-axes.ts axes, src/draw/chart.ts
 * common options), written out by hand. Like the bar baseline, the tick text is drawn on the
 * canvas in the text colour (the library draws it transparent and lays HTML over it) and the
 * y ticks keep Chart.js's number format; no legend (the library's is HTML).
 */
export const LINE_CONFIG = String.raw`
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'cross', 'rectRounded'];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [12, 6], [2, 6], [6, 2, 2, 2]];
function lineConfig(data) {
  const FOCUS = COLORS[0];
  return {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((series, i) => ({
        label: series.name, data: series.values.slice(), borderColor: COLORS[i], backgroundColor: COLORS[i],
        borderWidth: 2.5, borderDash: DASHES[i % DASHES.length], pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4, pointHoverRadius: 7, pointHoverBorderWidth: 3, pointHoverBorderColor: FOCUS, spanGaps: false, tension: 0,
      })),
    },
    options: {
      responsive: true, maintainAspectRatio: false, resizeDelay: 0, animation: false, color: TEXT,
      events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
      plugins: { legend: { display: false } },
      indexAxis: 'x', layout: { padding: { top: 12, right: 8 } },
      scales: {
        x: { stacked: false, grid: { display: false }, border: { color: TEXT }, ticks: { color: TEXT, font: FONT, autoSkip: true, maxRotation: 0 } },
        y: { stacked: false, beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { color: TEXT, font: FONT } },
      },
    },
  };
}
`;
export const baselineLineCode = () => String.raw`
const TEXT = ${JSON.stringify(TEXT)}, GRID = ${JSON.stringify(GRID)};
const COLORS = ${JSON.stringify(COLORS)};
const FONT = { family: getComputedStyle(document.documentElement).fontFamily, size: ${FONT_SIZE} };
${LINE_CONFIG}
const config = lineConfig;
`;

/**
 * A benchmark page. The baseline imports `bundle` (default: the bundle with every piece
 * src/draw/kinds/ registers) and runs `code` (default: the bar and donut code), then `script`.
 * `css`: the library links foi-charts.css; `style`: more CSS for both, after the common rules.
 */
export function page({ title, body, variant, script = '', css = false, style = '', bundle = 'baseline-chart.js', code = null }) {
  const dist = `${prefix(variant)}/dist`;
  const head = isLibrary(variant)
    ? `${css ? `<link rel="stylesheet" href="${dist}/foi-charts.css">\n` : ''}<script src="${dist}/foi-charts.js" defer></script>`
    : `<script type="module">
import { Chart } from '/__bench/${bundle}';
${code ?? baselineCode({ tooltip: env.baselinePieces.includes('Tooltip') })}
window.__baseline = { Chart, config };
${script}
</script>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} (${variant})</title>
<style>${COMMON_CSS}${style}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export const draw = (indexes) => drawData(Object.fromEntries(indexes.map((i) => [i, dataset(i)])));
/** The baseline's drawing at load: `new Chart()` for every canvas, data by `data-chart` key. */
export const drawData = (data) => `
window.__bench ??= { renders: 0, firstRender: null, painted: [] };
const DATA = ${JSON.stringify(data)};
for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  new Chart(canvas, config(DATA[canvas.dataset.chart]));
  window.__bench.renders++;
  if (window.__bench.firstRender == null) window.__bench.firstRender = performance.now();
}
window.__bench.drawnAt = performance.now();
{
  const n = window.__bench.renders;
  window.__afterPaint?.((t) => { for (let i = 1; i <= n; i++) window.__bench.painted[i] ??= t; });
}
`;

/** Natural flow (no fixed heights): anything that changes size moves the text after it. */
export const flow = (chart) =>
  `<p>The paragraph before the chart.</p>${chart}<p>The paragraph after the chart, which moves if the chart changes height.</p>`;
export const section = (i, chart) => `<section><p>Paragraph ${i + 1} of the article.</p>${chart}</section>`;
export const range = (n) => Array.from({ length: n }, (_, i) => i);

