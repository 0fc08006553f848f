#!/usr/bin/env node
// The foi-charts benchmark (issue #4): `npm run bench` (builds first) or `node bench/run.mjs`
// on an existing dist/. Not part of `npm test`.
//
// Serves the repository on 127.0.0.1 (random port), drives headless Chromium (/usr/bin/chromium,
// puppeteer-core via @web/test-runner-chrome) and measures each row side by side, in the same run,
// against a baseline page that draws the same data with hand-written Chart.js code (the same
// registered pieces bundled into one minified ES module, the same options, animation off).
// Every measurement uses a fresh page in a fresh browser context; the two variants alternate
// which goes first. Prints medians as a markdown table and writes it to bench/results/latest.md.
//
//   node bench/run.mjs [--runs N] [--only 1,7,9,12] [--json] [--chromium PATH] [--serve]
//   (--serve: only serve the generated pages, for looking at them in a browser)
//
// See bench/README.md for what each row measures.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, GOALS, bundleChartJs, measureSizes, registeredPieces } from '../scripts/size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ----- options --------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { runs: 5, only: null, json: false, chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const [, inline] = arg.split('=');
      return inline ?? argv[++i];
    };
    if (arg.startsWith('--runs')) options.runs = Math.max(1, Number.parseInt(value(), 10) || 5);
    else if (arg.startsWith('--only')) options.only = new Set(value().split(',').map(Number));
    else if (arg === '--json') options.json = true;
    else if (arg === '--serve') options.serve = true;
    else if (arg.startsWith('--chromium')) options.chromium = value();
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/run.mjs [--runs N (default 5)] [--only 1,2,3,4,5,6,7,8,9,10,11,12] [--json] [--chromium PATH] [--serve]');
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}`);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const wanted = (row) => !options.only || options.only.has(row);

// ----- page geometry and data -----------------------------------------------------------------

const VIEWPORT = { width: 1000, height: 1000, deviceScaleFactor: 1 };
/** Each chart sits in a fixed-height section, so two are in view and both pages scroll alike. */
const SECTION_HEIGHT = VIEWPORT.height / 2;
const MANY = 50;
const HEAP_CYCLES = 500;
const STORM_STEPS = 200;
const STORM_MS = 2000;
/** Both variants use the library's defaults: 28 px bars, donuts capped by --foi-max-height. */
const DONUT_SIZE = 220;
const FONT_SIZE = 14;
/** Rows 7 and 8: the demo article on a phone-sized viewport with the CPU slowed 4×. */
const ARTICLE_VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 2 };
const CPU_SLOWDOWN = 4;
const AFTER_LOAD_MS = 5000;
/** How many chart elements demo/index.html has (set when the baseline article is written). */
let ARTICLE_CHARTS = 0;

const LABELS = ['Facebook', 'Snapchat', 'Instagram', 'WhatsApp', 'Twitter', 'Other apps'];
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#b8588f', '#b26b00', '#2e86c1', '#8a7a00', '#4d4d4d'];
const TEXT = '#1a1a1a';
const GRID = '#d9d9d9';
const BACKGROUND = '#ffffff';

/** Row 12: a line chart of 3 series × 20 points (deterministic figures), labels 2001–2020. */
const LINE_SERIES = ['Facebook', 'Snapchat', 'Instagram'];
const LINE_POINTS = 20;
function lineData() {
  const labels = range(LINE_POINTS).map((i) => String(2001 + i));
  const series = LINE_SERIES.map((name, s) => ({
    name,
    values: labels.map((_, i) => 10 + ((i * (7 + 4 * s) + s * 31) % 60) + 2 * i),
  }));
  return { heading: `Offences by platform, ${labels[0]}–${labels.at(-1)}`, labels, series };
}
/** The library's line-chart height for a width (src/base/layout.ts `plotHeight`). */
const plotHeight = (width) => Math.round(Math.min(400, Math.max(240, width * 0.55)));
const MAIN_WIDTH = 640;

/** Deterministic data: chart i is a bar when i is even, a donut when odd; six categories. */
function dataset(i) {
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
const barCanvasHeight = (n) => n * Math.max(28 + 10, Math.round(FONT_SIZE * 1.25) + 8) + Math.round(FONT_SIZE * 1.25) + 16;

const escapeAttr = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const COMMON_CSS = `
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

function libraryChart(i, { eager = false } = {}) {
  const { kind, heading, rows } = dataset(i);
  const values = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  const tag = kind === 'bar' ? 'foi-bar-chart' : 'foi-donut-chart';
  return `<${tag} heading="${escapeAttr(heading)}" values="${escapeAttr(values)}"${eager ? ' eager' : ''}></${tag}>`;
}

function baselineChart(i) {
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
const baselineCode = ({ tooltip }) => String.raw`
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
function libraryLine() {
  const { heading, labels, series } = lineData();
  const values = [`Year: ${series.map((s) => s.name).join(', ')}`, ...labels.map((label, i) => `${label}: ${series.map((s) => s.values[i]).join(', ')}`)].join('; ');
  return `<foi-line-chart heading="${escapeAttr(heading)}" values="${escapeAttr(values)}"></foi-line-chart>`;
}

/** Row 12's baseline: a figure and a box as tall as the library's plot (`plotHeight`). */
const baselineLine = () => `<figure><figcaption>${escapeAttr(lineData().heading)}</figcaption><div class="base-line"><canvas data-chart="line"></canvas></div></figure>`;

/**
 * Row 12's hand-written Chart.js code (and the demo article's line chart in rows 7–8): the options the line kind gives Chart.js
 * (src/draw/kinds/line.ts datasets, src/draw/kinds/series-axes.ts axes, src/draw/chart.ts
 * common options), written out by hand. Like the bar baseline, the tick text is drawn on the
 * canvas in the text colour (the library draws it transparent and lays HTML over it) and the
 * y ticks keep Chart.js's number format; no legend (the library's is HTML).
 */
const LINE_CONFIG = String.raw`
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
const baselineLineCode = () => String.raw`
const TEXT = ${JSON.stringify(TEXT)}, GRID = ${JSON.stringify(GRID)};
const COLORS = ${JSON.stringify(COLORS)};
const FONT = { family: getComputedStyle(document.documentElement).fontFamily, size: ${FONT_SIZE} };
${LINE_CONFIG}
const config = lineConfig;
`;

/** The Chart.js pieces in the baseline bundle (set once it is built). */
let baselinePieces = [];
/** Row 12: the pieces the line kind registers, in the line baseline's bundle (set once it is built). */
let linePieces = [];

/**
 * A benchmark page. The baseline imports `bundle` (default: the bundle with every piece
 * src/draw/kinds/ registers) and runs `code` (default: the bar and donut code), then `script`.
 */
function page({ title, body, variant, script = '', css = false, bundle = 'baseline-chart.js', code = null }) {
  const head =
    variant === 'library'
      ? `${css ? '<link rel="stylesheet" href="/dist/foi-charts.css">\n' : ''}<script src="/dist/foi-charts.js" defer></script>`
      : `<script type="module">
import { Chart } from '/__bench/${bundle}';
${code ?? baselineCode({ tooltip: baselinePieces.includes('Tooltip') })}
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
<style>${COMMON_CSS}</style>
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

const draw = (indexes) => drawData(Object.fromEntries(indexes.map((i) => [i, dataset(i)])));
/** The baseline's drawing at load: `new Chart()` for every canvas, data by `data-chart` key. */
const drawData = (data) => `
window.__bench ??= { renders: 0, firstRender: null };
const DATA = ${JSON.stringify(data)};
for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  new Chart(canvas, config(DATA[canvas.dataset.chart]));
  window.__bench.renders++;
  if (window.__bench.firstRender == null) window.__bench.firstRender = performance.now();
}
window.__bench.drawnAt = performance.now();
`;

/** Natural flow (no fixed heights): anything that changes size moves the text after it. */
const flow = (chart) =>
  `<p>The paragraph before the chart.</p>${chart}<p>The paragraph after the chart, which moves if the chart changes height.</p>`;
const section = (i, chart) => `<section><p>Paragraph ${i + 1} of the article.</p>${chart}</section>`;
const range = (n) => Array.from({ length: n }, (_, i) => i);

/** The benchmark pages, by name and variant. */
function pages() {
  const many = range(MANY);
  return {
    one: {
      library: page({ title: 'One chart', variant: 'library', body: flow(libraryChart(0)) }),
      baseline: page({ title: 'One chart', variant: 'baseline', body: flow(baselineChart(0)), script: draw([0]) }),
    },
    // Row 9: the same, with the stylesheet that reserves the chart's room before the tags are
    // defined (the baseline has no such stylesheet: its page is row 6's).
    oneCss: {
      library: page({ title: 'One chart with foi-charts.css', variant: 'library', body: flow(libraryChart(0)), css: true }),
      baseline: page({ title: 'One chart', variant: 'baseline', body: flow(baselineChart(0)), script: draw([0]) }),
    },
    // Row 12: one line chart (3 series × 20 points) in the same flow; the baseline imports a
    // bundle with only the line kind's Chart.js pieces.
    line: {
      library: page({ title: 'One line chart', variant: 'library', body: flow(libraryLine()) }),
      baseline: page({
        title: 'One line chart',
        variant: 'baseline',
        body: flow(baselineLine()),
        bundle: 'baseline-line-chart.js',
        code: baselineLineCode(),
        script: drawData({ line: lineData() }),
      }),
    },
    // Rows 7 and 8: the library's page is demo/index.html itself (served from the repository).
    article: { baseline: articleBaseline().html },
    many: {
      library: page({
        title: `${MANY} charts`,
        variant: 'library',
        body: many.map((i) => section(i, libraryChart(i))).join('\n') + '<div class="spacer"></div>',
      }),
      baseline: page({
        title: `${MANY} charts`,
        variant: 'baseline',
        body: many.map((i) => section(i, baselineChart(i))).join('\n') + '<div class="spacer"></div>',
        script: draw(many),
      }),
    },
    heap: {
      library: page({ title: 'Heap', variant: 'library', body: '<div id="host"></div>' }),
      baseline: page({ title: 'Heap', variant: 'baseline', body: '<div id="host"></div>' }),
    },
    resize: {
      library: page({
        title: 'Resize storm',
        variant: 'library',
        body: `<div id="box">${libraryChart(0, { eager: true })}${libraryChart(1, { eager: true })}</div>`,
      }),
      baseline: page({
        title: 'Resize storm',
        variant: 'baseline',
        body: `<div id="box">${baselineChart(0)}${baselineChart(1)}</div>`,
        script: draw([0, 1]),
      }),
    },
  };
}

// ----- rows 7 and 8: the demo article and its hand-written Chart.js twin -----------------------

const CHART_TAG = /<(offence-platform-bar|case-outcome-donut|offence-type-bar|foi-bar-chart|foi-donut-chart|foi-column-chart|foi-line-chart)\b([^>]*)>([\s\S]*?)<\/\1>|<div\s+(data-foi-chart="[\w-]+"[^>]*)>\s*<\/div>/g;
const decode = (s) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const attributes = (text) =>
  Object.fromEntries([...text.matchAll(/([\w-]+)(?:\s*=\s*"([^"]*)")?/g)].map(([, name, value = '']) => [name, decode(value)]));

/**
 * A preset's figures, read from src/presets/ (the tag's class names its preset; the preset's
 * object literal is in lancashire-foi-2017.ts), with the remainder the element derives from
 * `total` and `remainderLabel`. Read only: the bench never edits src/.
 */
function presetData(tag) {
  const classFile = readFileSync(join(root, 'src/presets', `${tag}.ts`), 'utf8');
  const name = /static override preset = (\w+)/.exec(classFile)?.[1];
  const kind = /extends FoiDonutChart/.test(classFile) ? 'donut' : 'bar';
  const figures = readFileSync(join(root, 'src/presets/lancashire-foi-2017.ts'), 'utf8');
  const body = new RegExp(`export const ${name}: Preset = \\{([\\s\\S]*?)\\n\\};`).exec(figures)?.[1];
  if (!name || !body) throw new Error(`bench: can't read the preset of <${tag}> from src/presets/`);
  const string = (key) => /'((?:[^'\\]|\\.)*)'/.exec(new RegExp(`\\n\\s*${key}:\\s*('(?:[^'\\\\]|\\\\.)*')`).exec(body)?.[1] ?? '')?.[1];
  const rows = [...body.matchAll(/\{\s*label:\s*'((?:[^'\\]|\\.)*)',\s*value:\s*([\d.]+)\s*\}/g)].map(([, label, value]) => ({
    label: label.replaceAll("\\'", "'"),
    value: Number(value),
  }));
  const total = Number(/\n\s*total:\s*([\d.]+)/.exec(body)?.[1]);
  const remainderLabel = string('remainderLabel');
  const sum = rows.reduce((a, r) => a + r.value, 0);
  if (remainderLabel && total > sum) rows.push({ label: remainderLabel, value: total - sum });
  if (!rows.length) throw new Error(`bench: no figures in the preset ${name}`);
  return { kind, heading: string('heading'), rows };
}

/** `label: value; …` as the `values` attribute takes it; null if a value is not a number. */
function parseValues(text) {
  const rows = text.split(';').map((part) => {
    const at = part.lastIndexOf(':');
    return { label: part.slice(0, at).trim(), value: Number(part.slice(at + 1).trim()) };
  });
  return rows.every((r) => r.label && Number.isFinite(r.value)) ? rows : null;
}

/** The CSV the demo's `src` chart loads: the label column and the named value column. */
function csvData(path, column) {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cells = (line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, -1);
  const header = cells(lines[0]);
  const at = column ? header.indexOf(column) : 1;
  if (at < 1) throw new Error(`bench: ${path} has no column "${column}"`);
  return lines.slice(1).map((line) => ({ label: cells(line)[0], value: Number(cells(line)[at]) }));
}

/** A child table of several series: labels from the first cells, a series per header cell after the first; `..` is a gap. */
function tableSeries(inner) {
  const cells = (row, cell) => [...row.matchAll(new RegExp(`<${cell}>([^<]*)</${cell}>`, 'g'))].map(([, text]) => decode(text).trim());
  const names = cells(/<thead>([\s\S]*?)<\/thead>/.exec(inner)?.[1] ?? '', 'th').slice(1);
  const body = [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(inner)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => cells(row, 'td'));
  if (!names.length || !body.length) return null;
  return {
    labels: body.map((row) => row[0]),
    series: names.map((name, s) => ({ name, values: body.map((row) => (/^\d+(\.\d+)?$/.test(row[s + 1] ?? '') ? Number(row[s + 1]) : null)) })),
  };
}

/**
 * The demo article's charts in document order, each with the figures the element draws (from
 * its preset, `values`, child table or `src` CSV); `error` when the data can't be drawn (the
 * demo's "typing mistake" chart shows a message instead of a chart).
 */
function demoCharts(html) {
  const charts = [];
  for (const match of html.matchAll(CHART_TAG)) {
    const [whole, tag, attrText, inner] = match;
    const attrs = attributes(tag ? attrText : match[4]);
    const presetTag = tag && !tag.startsWith('foi-') ? tag : attrs['data-foi-chart'];
    const preset = presetTag ? presetData(presetTag) : null;
    let kind = preset?.kind ?? { 'foi-donut-chart': 'donut', 'foi-column-chart': 'column', 'foi-line-chart': 'line' }[tag] ?? 'bar';
    let rows = preset?.rows ?? null;
    let series = null;
    let heading = attrs.heading ?? attrs['data-heading'] ?? preset?.heading;
    let error = null;
    if (attrs.values != null) {
      rows = parseValues(attrs.values);
      if (!rows) error = `This chart can't be drawn: a value in "${attrs.values}" is not a number.`;
    } else if (attrs.src) {
      rows = csvData(join(root, 'demo', attrs.src), attrs['value-column']);
    } else if (inner && /<table/.test(inner) && kind === 'line') {
      series = tableSeries(inner);
      heading ??= /<caption>([^<]*)<\/caption>/.exec(inner)?.[1]?.trim();
    } else if (inner && /<table/.test(inner)) {
      rows = [...inner.matchAll(/<tr>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>\s*<\/tr>/g)].map(([, label, value]) => ({ label: decode(label).trim(), value: Number(value) }));
      heading ??= /<caption>([^<]*)<\/caption>/.exec(inner)?.[1]?.trim();
    }
    if (!rows && !series && !error) throw new Error(`bench: can't tell the figures of demo chart ${charts.length + 1} (${whole.slice(0, 60)}…)`);
    charts.push({ whole, kind, heading: heading ?? 'Chart', rows, series, error });
  }
  return charts;
}

/**
 * The baseline article: demo/index.html with each chart element replaced by a figure whose
 * canvas hand-written Chart.js code draws at load (the same figures; bars horizontal, donuts),
 * and the library's stylesheet and script replaced by the baseline module.
 */
function articleBaseline() {
  const source = readFileSync(join(root, 'demo/index.html'), 'utf8');
  const charts = demoCharts(source);
  ARTICLE_CHARTS = charts.length;
  const data = {};
  let html = source;
  charts.forEach((chart, i) => {
    let figure;
    if (chart.error) figure = `<figure><figcaption>${escapeAttr(chart.heading)}</figcaption><p role="alert">${escapeAttr(chart.error)}</p></figure>`;
    else {
      data[i] = chart.kind === 'line' ? { kind: 'line', ...chart.series } : { kind: chart.kind, rows: chart.rows };
      const box =
        chart.kind === 'bar'
          ? `<div class="base-bar" style="height:${barCanvasHeight(chart.rows.length)}px"><canvas data-chart="${i}"></canvas></div>`
          : chart.kind === 'donut'
            ? `<div class="base-donut"><canvas data-chart="${i}"></canvas></div>`
            : `<div class="base-plot"><canvas data-chart="${i}"></canvas></div>`;
      figure = `<figure><figcaption>${escapeAttr(chart.heading)}</figcaption>${box}</figure>`;
    }
    html = html.replace(chart.whole, () => figure);
  });
  const swaps = [
    [/<link rel="stylesheet" href="article\.css"\s*\/?>/, '<link rel="stylesheet" href="/demo/article.css">'],
    [/(\s*<!--[^>]*-->)?\s*<link rel="stylesheet" href="[^"]*foi-charts\.css"\s*\/?>/, ''],
    [
      /<script src="[^"]*foi-charts\.js" defer><\/script>/,
      `<style>
      figure { margin: 1.5rem 0; }
      figcaption { font-weight: 700; }
      .base-bar { position: relative; width: 100%; }
      .base-donut { position: relative; width: 100%; max-width: ${DONUT_SIZE}px; aspect-ratio: 1; margin: 0 auto; }
      /* Columns and lines: the library's plot height (plotHeight), 55% of the width within 240–400 px. */
      .base-plot { position: relative; width: 100%; height: clamp(240px, 55vw, 400px); }
    </style>
    <script type="module">
import { Chart } from '/__bench/baseline-chart.js';
${baselineCode({ tooltip: baselinePieces.includes('Tooltip') })}
window.__baseline = { Chart, config };
${drawData(data)}
</script>`,
    ],
  ];
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(html)) throw new Error(`bench: demo/index.html no longer matches ${pattern}; update articleBaseline()`);
    html = html.replace(pattern, () => replacement);
  }
  return { html, charts };
}

/** Installed before any page script: counters, long tasks, long animation frames' scripts, layout shifts and errors. */
function instrument() {
  const bench = {
    firstRender: null,
    renders: 0,
    longTasks: [],
    scripts: [],
    shifts: [],
    errors: [],
  };
  window.__bench = bench;
  document.addEventListener(
    'foi-render',
    () => {
      bench.renders++;
      if (bench.firstRender == null) bench.firstRender = performance.now();
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    // Long Animation Frames (frames over 50 ms): the scripts that ran in them (each over 5 ms),
    // attributed to the file of the entry point the browser called.
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const s of frame.scripts) {
          bench.scripts.push({ url: s.sourceURL, type: s.invokerType, invoker: s.invoker, start: s.startTime, duration: s.duration });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        // What moved, for the report: the node (shadow DOM nodes named by their host) and how.
        const describe = (node) => {
          if (!node) return '?';
          const el = node.nodeType === 1 ? node : node.parentElement;
          const host = node.getRootNode?.()?.host;
          const name = el ? `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` : node.nodeName;
          return host ? `${host.localName} › ${name}` : name;
        };
        const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        bench.shifts.push({
          at: e.startTime,
          value: e.value,
          sources: (e.sources ?? []).map((s) => `${describe(s.node)} [${rect(s.previousRect)}] → [${rect(s.currentRect)}]`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  addEventListener('error', (e) => bench.errors.push(String(e.message || e.error || e)));
  addEventListener('unhandledrejection', (e) => bench.errors.push(`unhandled rejection: ${e.reason}`));
}

// ----- the static server ----------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function serve(tmp) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let base = root;
    let path = decodeURIComponent(url.pathname);
    if (path.startsWith('/__bench/')) {
      base = tmp;
      path = path.slice('/__bench'.length);
    }
    const file = normalize(join(base, path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      // Every run downloads and compiles afresh, like a first visit.
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ----- the baseline bundle --------------------------------------------------------------------

async function bundleBaseline(tmp) {
  // Chart.js with exactly the pieces foi-charts registers (src/draw/kinds/), minified alike.
  const pieces = registeredPieces();
  writeFileSync(join(tmp, 'baseline-chart.js'), await bundleChartJs({ pieces, tmp }));
  return pieces;
}

/**
 * The Chart.js pieces the line kind registers: every `Chart.register(…)` in the modules under
 * src/draw/ that define a kind of Chart.js type 'line' (today src/draw/kinds/line.ts) and in the
 * src/ modules they import (followed transitively), i.e. what loading the line kind registers.
 * Found by what the files say, not by their names, so a move or split of the line kind keeps
 * the row working.
 */
function lineKindPieces() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(dir, entry.name));
    }
  };
  walk(join(root, 'src/draw'));
  const queue = files.filter((file) => /\btype:\s*'line'/.test(readFileSync(file, 'utf8')));
  const seen = new Set();
  const names = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, args] of code.matchAll(/Chart\.register\(([^)]*)\)/g)) {
      for (const name of args.split(',').map((s) => s.trim())) if (/^[A-Z]\w*$/.test(name)) names.add(name);
    }
    // Static relative imports (not `import type`): the TS sources name the compiled .js file.
    for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      if (target.startsWith(join(root, 'src') + sep)) queue.push(target);
    }
  }
  if (!names.size) throw new Error("bench: no Chart.register(…) reached from a module of src/draw/ with type: 'line'; update lineKindPieces()");
  return [...names];
}

/** Row 12's baseline bundle: Chart.js with only the line kind's pieces, minified alike. */
async function bundleLineBaseline(tmp) {
  const pieces = lineKindPieces();
  writeFileSync(join(tmp, 'baseline-line-chart.js'), await bundleChartJs({ pieces, tmp }));
  return pieces;
}

// ----- helpers --------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** A benchmark page's path on the bench server (the library's article is the demo itself). */
const pagePath = (name, variant) => (name === 'article' && variant === 'library' ? '/demo/index.html' : `/__bench/${name}-${variant}.html`);

/** Opens a fresh page in a fresh browser context, instrumented, and navigates to `path`. */
async function open(browser, origin, path, { waitUntil = 'load', viewport = VIEWPORT } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(instrument);
  const cdp = await page.createCDPSession();
  if (path) await page.goto(origin + path, { waitUntil });
  return {
    page,
    cdp,
    problems,
    async close() {
      await context.close();
    },
  };
}

/** Waits until the page is quiet: loaded, no requests for 250 ms, no new chart drawn for 300 ms. */
async function settle(page) {
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 });
  await page.waitForNetworkIdle({ idleTime: 250, timeout: 30_000 });
  await page.evaluate(async () => {
    const frames = (n) => new Promise((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));
    let before;
    do {
      before = window.__bench.renders;
      await new Promise((r) => setTimeout(r, 300));
      await frames(2);
    } while (window.__bench.renders !== before);
  });
}

// ----- main-thread breakdown from a Chrome trace ---------------------------------------------

// Chrome's CDP Performance.getMetrics ScriptDuration misses most work done in microtasks, which
// is where Lit renders, so main-thread time is taken from a trace instead, grouped like
// Lighthouse's main-thread work breakdown: each event's self time goes to its group; an event
// of no known group inherits its parent's (e.g. V8 interrupts inside a script).
// Light categories: 'disabled-by-default-devtools.timeline' would add a lot of overhead.
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'];
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const GROUPS = {
  script: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireIdleCallback',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.Execute',
    'v8.run',
    'EventDispatch',
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'V8.CompileLazy',
    'v8.produceCache',
    'v8.produceModuleCache',
    'CacheScript',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'HitTest'],
  parseHTML: ['ParseHTML'],
  gc: ['MinorGC', 'MajorGC', 'GCEvent', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep'],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group])));

/**
 * Main-thread time of the page's renderer by group, in ms, split at user-timing marks:
 * returns `{ [mark]: { total, script, style, layout, paint, parseHTML, gc, other, longTasks } }`
 * for the time from the start of the trace to each mark.
 */
function mainThreadBreakdown(traceBuffer, marks) {
  const raw = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // The renderer main thread is the one the marks were made on.
  const markEvents = new Map();
  for (const e of events) {
    if (marks.includes(e.name) && e.cat?.includes('blink.user_timing') && !markEvents.has(e.name)) markEvents.set(e.name, e);
  }
  const first = markEvents.get(marks[0]);
  if (!first) throw new Error(`trace has no "${marks[0]}" mark`);
  const thread = `${first.pid}:${first.tid}`;
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cut = marks.map((name) => markEvents.get(name)?.ts ?? Infinity);
  const result = marks.map(() => ({ total: 0, longTasks: 0, ...Object.fromEntries(Object.keys(GROUPS).map((g) => [g, 0])), other: 0 }));
  const add = (ts, key, value) => {
    cut.forEach((limit, i) => {
      if (ts < limit) result[i][key] += value / 1000;
    });
  };
  // Walk the nesting with a stack; self time = duration − children's durations.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      add(done.ts, done.group, done.dur - done.children);
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent && e.ts + e.dur > parent.end) continue; // overlapping, not nested: ignore
    if (!parent && !TASK_EVENTS.has(e.name)) continue; // only work inside tasks
    if (parent) parent.children += e.dur;
    else {
      add(e.ts, 'total', e.dur);
      if (e.dur > 50_000) add(e.ts, 'longTasks', e.dur);
    }
    const group = GROUP_OF.get(e.name) ?? parent?.group ?? 'other';
    stack.push({ ts: e.ts, end: e.ts + e.dur, dur: e.dur, children: 0, group });
  }
  close(Infinity);
  return Object.fromEntries(marks.map((name, i) => [name, result[i]]));
}

// ----- the measurements -----------------------------------------------------------------------

/** Row 1: time from navigation start to the first chart drawn, one chart on the page (and the CLS of rows 6 and 9). */
async function firstChart(browser, origin, variant, name = 'one') {
  const s = await open(browser, origin, `/__bench/${name}-${variant}.html`);
  try {
    await s.page.waitForFunction(() => window.__bench.firstRender != null, { timeout: 30_000 });
    const value = await s.page.evaluate(() => window.__bench.firstRender);
    await settle(s.page);
    const { shifts, errors } = await s.page.evaluate(() => ({ shifts: window.__bench.shifts, errors: window.__bench.errors }));
    return { value, cls: shifts.reduce((a, x) => a + x.value, 0), shifts, problems: [...s.problems, ...errors] };
  } finally {
    await s.close();
  }
}

/** Chart.js's LineElement defaults (they survive minification): a file holding them holds line code. */
const LINE_CODE = 'capBezierPoints';

/**
 * Row 12: the JavaScript a library page fetches from dist/, found by what the page requests
 * (so a change in how the library is split into chunks needs no change here). A fresh page in
 * a fresh context, loaded until its chart has drawn and it is quiet; then the gzip -9 bytes of
 * each dist/ .js file it requested (read from disk: the server sends the files as they are),
 * and whether the file holds Chart.js's line code.
 */
async function downloads(browser, origin, path) {
  const s = await open(browser, origin, null);
  const urls = new Set();
  s.page.on('request', (request) => urls.add(request.url()));
  try {
    await s.page.goto(origin + path, { waitUntil: 'load' });
    await s.page.waitForFunction(() => window.__bench.firstRender != null, { timeout: 30_000 });
    await settle(s.page);
    const files = [...urls]
      .map((url) => new URL(url).pathname)
      .filter((pathname) => pathname.startsWith('/dist/') && /\.m?js$/.test(pathname))
      .sort()
      .map((pathname) => {
        const code = readFileSync(join(root, decodeURIComponent(pathname)));
        return { file: pathname.slice(1), bytes: gzipSync(code, { level: 9 }).length, line: code.includes(LINE_CODE) };
      });
    return { files, bytes: files.reduce((a, f) => a + f.bytes, 0), problems: s.problems };
  } finally {
    await s.close();
  }
}

/**
 * Rows 2c, 3 and 6 on one page load: 50 charts, two in view.
 * At settle after load: charts drawn. Then scrolls one viewport at a time to the bottom
 * (waiting for charts near the viewport to draw), and at the end: the main-thread time of the
 * whole visit and the layout shifts of load and lazy drawing.
 */
async function manyCharts(browser, origin, variant) {
  const s = await open(browser, origin, null);
  try {
    await s.page.tracing.start({ categories: TRACE_CATEGORIES });
    await s.page.goto(`${origin}/__bench/many-${variant}.html`, { waitUntil: 'load' });
    await settle(s.page);
    const loaded = await s.page.evaluate(() => ({ drawn: window.__bench.renders }));
    await s.page.evaluate(async () => {
      const frames = (n) => new Promise((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));
      const charts = () => [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')];
      const h = innerHeight;
      for (let y = h; ; y += h) {
        scrollTo(0, y);
        await frames(2);
        // Library: wait for the charts now near the viewport to draw (the observer has fired).
        const near = charts().filter((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > -h && box.top < 2 * h;
        });
        await Promise.all(near.map((el) => el.rendered));
        if (y >= document.documentElement.scrollHeight - h) break;
      }
      scrollTo(0, 0);
      await frames(2);
    });
    await settle(s.page);
    const end = await s.page.evaluate(() => {
      performance.mark('bench-end');
      return {
        drawn: window.__bench.renders,
        charts: document.querySelectorAll('foi-bar-chart, foi-donut-chart, canvas[data-chart]').length,
        shifts: window.__bench.shifts.slice(),
        errors: window.__bench.errors.slice(),
      };
    });
    // One more frame so the mark is in the trace before it stops.
    await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const trace = await s.page.tracing.stop();
    const { 'bench-end': atEnd } = mainThreadBreakdown(trace, ['bench-end']);
    const sum = (list, f) => list.reduce((a, x) => a + f(x), 0);
    return {
      atEnd,
      drawnBeforeScroll: loaded.drawn,
      drawnAtEnd: end.drawn,
      charts: end.charts,
      cls: sum(end.shifts, (x) => x.value),
      shifts: end.shifts,
      problems: [...s.problems, ...end.errors],
    };
  } finally {
    await s.close();
  }
}

/**
 * Rows 7 and 8: the demo article (library: demo/index.html; baseline: its hand-written
 * Chart.js twin) at a phone's viewport with the CPU slowed 4×, from navigation to 5 s after the
 * load event: Total Blocking Time from the `longtask` observer, and the longest script run per
 * file from Long Animation Frames.
 */
async function article(browser, origin, variant) {
  const s = await open(browser, origin, null, { viewport: ARTICLE_VIEWPORT });
  try {
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await s.page.goto(origin + pagePath('article', variant), { waitUntil: 'load' });
    await s.page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, { timeout: 30_000 });
    const result = await s.page.evaluate(async (afterLoad) => {
      const loadEnd = performance.getEntriesByType('navigation')[0].loadEventEnd;
      const until = loadEnd + afterLoad;
      await new Promise((r) => setTimeout(r, Math.max(0, until - performance.now())));
      // Observers deliver their entries a little later than the tasks end.
      await new Promise((r) => setTimeout(r, 250));
      const bench = window.__bench;
      return {
        loadEnd,
        until,
        tasks: bench.longTasks.filter((t) => t.start < until),
        scripts: bench.scripts.filter((x) => x.start < until),
        drawn: bench.renders,
        errors: bench.errors.slice(),
      };
    }, AFTER_LOAD_MS);
    const tbt = result.tasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0);
    const longestTask = Math.max(0, ...result.tasks.map((t) => t.duration));
    // Per file: the longest script run; a file's first evaluation (classic or module script)
    // is also kept on its own.
    const files = {};
    for (const x of result.scripts) {
      const url = x.url ? new URL(x.url, origin) : null;
      const file = !url ? '(no source URL)' : url.pathname.startsWith('/dist/') ? url.pathname.slice(1) : url.pathname.replace(/^\/__bench\//, '');
      const first = x.type === 'classic-script' || x.type === 'module-script';
      const entry = (files[file] ??= { longest: 0, firstEvaluation: null, longestAfterFirst: 0 });
      entry.longest = Math.max(entry.longest, x.duration);
      if (first) entry.firstEvaluation = Math.max(entry.firstEvaluation ?? 0, x.duration);
      else entry.longestAfterFirst = Math.max(entry.longestAfterFirst, x.duration);
    }
    return {
      tbt,
      longestTask,
      longTaskCount: result.tasks.length,
      loadEnd: result.loadEnd,
      files,
      drawn: result.drawn,
      problems: [...s.problems, ...result.errors],
    };
  } finally {
    await s.close();
  }
}

/** Row 4: JS heap after 500 create/draw/remove cycles against before, each after GC. */
async function heap(browser, origin, variant) {
  const s = await open(browser, origin, `/__bench/heap-${variant}.html`);
  try {
    await settle(s.page);
    const gc = async () => {
      for (let i = 0; i < 3; i++) await s.cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await s.cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    await s.cdp.send('HeapProfiler.enable');
    const cycles = (n) =>
      s.page.evaluate(async (n) => {
        const host = document.getElementById('host');
        const DATA = (i) => {
          const labels = ['Facebook', 'Snapchat', 'Instagram', 'WhatsApp', 'Twitter', 'Other apps'];
          const kind = i % 2 ? 'donut' : 'bar';
          return { kind, rows: labels.map((label, j) => ({ label, value: 5 + ((i * 37 + j * 53) % 250) })) };
        };
        window.__cycle ??= 0;
        for (let k = 0; k < n; k++) {
          const i = window.__cycle++;
          const data = DATA(i);
          if (window.__baseline) {
            const { Chart, config } = window.__baseline;
            const box = document.createElement('div');
            box.style.height = '260px';
            const canvas = document.createElement('canvas');
            box.append(canvas);
            host.append(box);
            const chart = new Chart(canvas, config(data));
            chart.destroy();
            box.remove();
          } else {
            const el = document.createElement(data.kind === 'bar' ? 'foi-bar-chart' : 'foi-donut-chart');
            el.setAttribute('values', data.rows.map((r) => `${r.label}: ${r.value}`).join('; '));
            el.setAttribute('heading', `Cycle ${i}`);
            el.setAttribute('eager', '');
            host.append(el);
            await el.rendered;
            if (!el.chart) throw new Error(`cycle ${i}: no chart (state ${el.getAttribute('state')})`);
            el.remove();
          }
          // Let timers, observers and frames run now and then, as they would on a real page.
          if (k % 25 === 24) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }, n);
    // Warm up: the drawing chunk, Lit's template cache, Chart.js's caches and the JIT's code
    // exist before "before", so what grows after is what the cycles leave behind.
    await cycles(50);
    const before = await gc();
    await cycles(HEAP_CYCLES);
    const after = await gc();
    return { before, after, growth: after / before - 1, problems: s.problems };
  } finally {
    await s.close();
  }
}

/** Row 5: the container's width changed 200 times in 2 s; redraws per chart per frame. */
async function resizeStorm(browser, origin, variant) {
  const s = await open(browser, origin, `/__bench/resize-${variant}.html`);
  try {
    if (variant === 'library') {
      await s.page.waitForFunction(
        () => [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].every((el) => el.chart),
        { timeout: 30_000 },
      );
    }
    await settle(s.page);
    const result = await s.page.evaluate(
      async (steps, ms) => {
        const canvases = [...document.querySelectorAll('canvas')];
        const charts = window.__baseline
          ? canvases.map((c) => window.__baseline.Chart.getChart(c))
          : [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].map((el) => el.chart);
        const Chart = charts[0].constructor;
        const draws = new Map(); // chart -> Map(frame time -> draws)
        let resizes = 0;
        let recording = true;
        const { draw, resize } = Chart.prototype;
        Chart.prototype.draw = function (...args) {
          if (recording) {
            const frame = document.timeline.currentTime;
            const perFrame = draws.get(this) ?? new Map();
            draws.set(this, perFrame);
            perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
          }
          return draw.apply(this, args);
        };
        Chart.prototype.resize = function (...args) {
          if (recording) resizes++;
          return resize.apply(this, args);
        };
        const box = document.getElementById('box');
        const frames = new Set();
        const loop = (t) => {
          frames.add(t);
          if (recording) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        const errorsBefore = window.__bench.errors.length;
        await new Promise((done) => {
          let i = 0;
          const timer = setInterval(() => {
            // Widths jump about 200–940 px (the donut, at most 220 px wide, shrinks below 220).
            box.style.width = `${200 + ((i * 97) % 741)}px`;
            if (++i >= steps) {
              clearInterval(timer);
              done();
            }
          }, ms / steps);
        });
        // Let the last resize land.
        await new Promise((r) => setTimeout(r, 300));
        recording = false;
        Chart.prototype.draw = draw;
        Chart.prototype.resize = resize;
        const perChart = charts.map((chart) => {
          const perFrame = draws.get(chart) ?? new Map();
          return { draws: [...perFrame.values()].reduce((a, b) => a + b, 0), maxPerFrame: Math.max(0, ...perFrame.values()) };
        });
        return {
          frames: frames.size,
          redraws: perChart.reduce((a, c) => a + c.draws, 0),
          maxRedrawsPerFrame: Math.max(...perChart.map((c) => c.maxPerFrame)),
          perChart,
          resizes,
          widths: charts.map((c) => c.width),
          errors: window.__bench.errors.slice(errorsBefore),
        };
      },
      STORM_STEPS,
      STORM_MS,
    );
    return { ...result, problems: [...s.problems, ...result.errors] };
  } finally {
    await s.close();
  }
}

// ----- main -----------------------------------------------------------------------------------

async function main() {
  for (const file of ['dist/foi-charts.js', 'dist/foi-charts-draw.js', 'dist/foi-charts.css']) {
    if (!existsSync(join(root, file))) {
      console.error(`bench: ${file} is missing; run \`npx rollup -c\` (or \`npm run bench\`, which builds) first.`);
      process.exit(2);
    }
  }
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const tmp = mkdtempSync(join(tmpdir(), 'foi-bench-'));
  const { puppeteerCore: puppeteer } = await import('@web/test-runner-chrome');
  let server;
  let browser;
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.on('exit', cleanup);
  let serving = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      if (serving) return; // --serve: handled below (stop serving, clean up)
      browser?.close().catch(() => {});
      process.exit(130);
    });
  }
  try {
    baselinePieces = await bundleBaseline(tmp);
    linePieces = await bundleLineBaseline(tmp);
    for (const [name, variants] of Object.entries(pages())) {
      for (const [variant, html] of Object.entries(variants)) writeFileSync(join(tmp, `${name}-${variant}.html`), html);
    }
    server = await serve(tmp);
    const origin = `http://127.0.0.1:${server.address().port}`;
    if (options.serve) {
      // Debugging aid: serve the benchmark pages until interrupted.
      console.log(`Serving ${origin}/__bench/{one,oneCss,line,many,heap,resize}-{library,baseline}.html, ${origin}/__bench/article-baseline.html and ${origin}/demo/index.html; Ctrl-C to stop.`);
      serving = true;
      await new Promise((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      return;
    }
    // Rows 10 and 11: what `npm run size` measures (it bundles two Chart.js floors: a few seconds).
    const baselineBytes = gzipSync(readFileSync(join(tmp, 'baseline-chart.js')), { level: 9 }).length;
    const sizes = wanted(10) || wanted(11) ? { ...(await measureSizes()), baselineBytes } : null;
    browser = await puppeteer.launch({
      executablePath: options.chromium,
      headless: true,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Real numbers from performance.memory (row 4 reads the heap through CDP).
        '--enable-precise-memory-info',
      ],
    });

    const results = { library: {}, baseline: {} };
    const problems = [];
    const record = (variant, key, value) => ((results[variant][key] ??= []).push(value));
    const tasks = [
      (wanted(1) || wanted(6)) && ['one', firstChart],
      wanted(9) && ['oneCss', (browser, origin, variant) => firstChart(browser, origin, variant, 'oneCss')],
      wanted(12) && ['line', (browser, origin, variant) => firstChart(browser, origin, variant, 'line')],
      (wanted(2) || wanted(3) || wanted(6)) && ['many', manyCharts],
      (wanted(7) || wanted(8)) && ['article', article],
      wanted(4) && ['heap', heap],
      wanted(5) && ['resize', resizeStorm],
    ].filter(Boolean);

    // Warm up the browser (its network, GPU and utility processes) so run 1 is not a cold start:
    // one untimed load of each page the rows load.
    for (const [name] of tasks) {
      if (name === 'heap' || name === 'resize') continue;
      for (const variant of ['library', 'baseline']) {
        const s = await open(browser, origin, pagePath(name, variant));
        await settle(s.page);
        await s.close();
      }
    }

    for (let run = 0; run < options.runs; run++) {
      const order = run % 2 ? ['baseline', 'library'] : ['library', 'baseline'];
      for (const [name, measure] of tasks) {
        for (const variant of order) {
          const t0 = Date.now();
          const result = await measure(browser, origin, variant);
          record(variant, name, result);
          for (const p of result.problems ?? []) problems.push(`run ${run + 1}, ${name}, ${variant}: ${p}`);
          process.stderr.write(`run ${run + 1}/${options.runs} ${name} ${variant}: ${Date.now() - t0} ms\n`);
        }
      }
    }

    // Row 12: what a line-only page and a bar-only page (row 1's) fetch from dist/, once.
    if (wanted(12)) {
      const lineBaselineBytes = gzipSync(readFileSync(join(tmp, 'baseline-line-chart.js')), { level: 9 }).length;
      results.downloads = {
        line: await downloads(browser, origin, pagePath('line', 'library')),
        bar: await downloads(browser, origin, pagePath('one', 'library')),
        lineBaselineBytes,
      };
      for (const [page, d] of Object.entries(results.downloads)) for (const p of d.problems ?? []) problems.push(`downloads, ${page} page: ${p}`);
    }

    const table = report(results, sizes);
    const seconds = Math.round((Date.now() - started) / 1000);
    const header = [
      `# foi-charts benchmark`,
      '',
      `Medians of ${options.runs} runs, each variant in a fresh page and browser context, side by side in one run; ` +
        `${new Date().toISOString()}, ${await browser.version()}, ${process.platform} ${process.arch}, node ${process.version}; ${seconds} s. ` +
        `Baseline: Chart.js with ${baselinePieces.join(', ')} registered (as src/draw/kinds/), one minified module` +
        (wanted(12) ? `; row 12's: with ${linePieces.join(', ')} (as the line kind registers).` : '.'),
      '',
    ];
    const cores = availableParallelism();
    const load = [loadAtStart, loadavg()[0]];
    if (Math.max(...load) > cores) {
      header.push(
        `⚠ The machine was busy (1-minute load average ${load.map((n) => n.toFixed(1)).join(' at start, ')} at the end, on ${cores} cores): ` +
          'timings are noisier than usual; the ratios, measured side by side, are the figures to trust.',
        '',
      );
    }
    const footer = problems.length
      ? ['', `Errors seen (${problems.length}):`, '', ...[...new Set(problems)].slice(0, 20).map((p) => `- ${p}`)]
      : ['', 'No page errors.'];
    const markdown = [...header, table, ...footer, ''].join('\n');
    console.log(markdown);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/latest.md'), markdown);
    if (options.json) {
      const { sizes: bytes, ...rest } = sizes ?? {};
      const json = { ...results, sizes: sizes && { ...rest, sizes: Object.fromEntries([...bytes].map(([f, n]) => [relative(root, f), n])) } };
      writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(json, null, 2));
    }
    console.error(`Written to ${relative(process.cwd(), join(root, 'bench/results/latest.md'))}.`);
  } finally {
    await browser?.close();
    server?.close();
    cleanup();
  }
}

// ----- the report -----------------------------------------------------------------------------

function report(results, sizes) {
  const L = results.library;
  const B = results.baseline;
  const m = (list, f) => median((list ?? []).map(f));
  const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : '–');
  const num = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
  /** The median of the per-run ratios (each run's two variants ran side by side). */
  const runRatio = (a, b, f) => median(a.map((x, i) => (b[i] ? ratio(f(x), f(b[i])) : NaN)));
  const met = (ok) => (ok == null ? '–' : ok ? '✅' : '❌');
  const rows = [];
  const row = (measure, lib, base, r, goal, ok) => rows.push(`| ${measure} | ${lib} | ${base} | ${r} | ${goal} | ${met(ok)} |`);

  if (L.one && B.one && wanted(1)) {
    const f = (x) => x.value;
    const r = runRatio(L.one, B.one, f);
    row('1. Time to first chart drawn, one chart on the page (from navigation start)', ms(m(L.one, f)), ms(m(B.one, f)), num(r, 2), 'ratio ≤ 1.10', r <= 1.1);
  }
  if (L.many && B.many && wanted(2)) {
    const da = m(L.many, (x) => x.drawnBeforeScroll);
    row(`2c. ${MANY} charts, 2 in view: charts drawn before scrolling`, num(da), num(m(B.many, (x) => x.drawnBeforeScroll)), '–', '≤ 4', da <= 4);
  }
  if (L.many && B.many && wanted(3)) {
    const f = (x) => x.atEnd.total;
    const r = runRatio(L.many, B.many, f);
    const all = L.many.every((x) => x.drawnAtEnd >= MANY);
    row(
      `3. After scrolling through all ${MANY}: main-thread time, load to all drawn${all ? '' : ' (⚠ not all drawn)'}`,
      ms(m(L.many, f)),
      ms(m(B.many, f)),
      num(r, 2),
      'ratio ≤ 1.10',
      all && r <= 1.1,
    );
  }
  if (L.heap && B.heap) {
    const g = (x) => x.growth * 100;
    const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
    const cell = (list) =>
      `${m(list, g) >= 0 ? '+' : ''}${num(m(list, g), 1)}% (${mb(m(list, (x) => x.before))} → ${mb(m(list, (x) => x.after))})`;
    row(`4. JS heap after ${HEAP_CYCLES} create/remove cycles, against before (both after GC)`, cell(L.heap), cell(B.heap), '–', 'within 10%', Math.abs(m(L.heap, g)) <= 10);
  }
  if (L.resize && B.resize) {
    const cell = (list) =>
      `${num(m(list, (x) => x.redraws))} redraws / ${num(m(list, (x) => x.frames))} frames; ` +
      `worst ${Math.max(...list.map((x) => x.maxRedrawsPerFrame))} in a frame; ${list.reduce((a, x) => a + x.problems.length, 0)} errors`;
    const worst = Math.max(...L.resize.map((x) => x.maxRedrawsPerFrame));
    const errors = L.resize.reduce((a, x) => a + x.problems.length, 0);
    row(
      `5. Resize storm: container width changed ${STORM_STEPS} times in ${STORM_MS / 1000} s (a bar and a donut)`,
      cell(L.resize),
      cell(B.resize),
      '–',
      '≤ 1 redraw per chart per frame; no error',
      worst <= 1 && errors === 0,
    );
  }
  if (wanted(6) && ((L.many && B.many) || (L.one && B.one))) {
    const parts = [];
    let worst = 0;
    const cell = (list, label) => {
      if (!list) return null;
      const worstHere = Math.max(...list.map((x) => x.cls));
      return `${label} ${num(m(list, (x) => x.cls), 4)}${worstHere > m(list, (x) => x.cls) ? ` (worst ${num(worstHere, 4)})` : ''}`;
    };
    for (const list of [L.many, L.one]) if (list) worst = Math.max(worst, ...list.map((x) => x.cls));
    parts.push([cell(L.many, `${MANY} charts:`), cell(B.many, `${MANY} charts:`)]);
    parts.push([cell(L.one, 'one chart:'), cell(B.one, 'one chart:')]);
    const join = (i) => parts.map((p) => p[i]).filter(Boolean).join('; ');
    row(`6. Cumulative Layout Shift during load and lazy drawing`, join(0), join(1), '–', '0', worst === 0);
  }
  if (L.article && B.article && wanted(7)) {
    const f = (x) => x.tbt;
    const r = runRatio(L.article, B.article, f);
    const cell = (list) => `${ms(m(list, f))} (longest task ${ms(m(list, (x) => x.longestTask))}; ${num(m(list, (x) => x.drawn))} charts drawn)`;
    row(
      `7. Demo article (${ARTICLE_CHARTS} chart tags), ${ARTICLE_VIEWPORT.width} × ${ARTICLE_VIEWPORT.height}, CPU ${CPU_SLOWDOWN}× slower: Total Blocking Time, navigation to load + ${AFTER_LOAD_MS / 1000} s`,
      cell(L.article),
      cell(B.article),
      num(r, 2),
      'ratio ≤ 0.25',
      r <= 0.25,
    );
  }
  if (L.article && B.article && wanted(8)) {
    // Each run's longest script run per file (0 when no script of the file ran over 5 ms in a
    // frame over 50 ms: Long Animation Frames report nothing smaller), then the median over runs.
    const files = [...new Set(L.article.flatMap((x) => Object.keys(x.files)))].filter((f) => f.startsWith('dist/')).sort();
    const isDraw = (file) => /(^|\/)foi-charts-draw\.js$|^dist\/chunks\/.*draw/.test(file);
    const baseLongest = (x) => Math.max(0, ...Object.values(x.files).map((e) => e.longest));
    const baseFile = (x) => Object.entries(x.files).sort((a, b) => b[1].longest - a[1].longest)[0]?.[0] ?? '–';
    const bm = m(B.article, baseLongest);
    const baseCell = `${ms(bm)} (longest script on the page: \`${baseFile(B.article[0])}\`)`;
    const seen = (list, f) => `${list.filter((x) => f(x) != null).length} of ${list.length} runs`;
    for (const file of files) {
      // The goal counts every script run of the file except the drawing chunk's first evaluation.
      const f = (x) => {
        const e = x.files[file];
        if (!e) return 0;
        return isDraw(file) ? e.longestAfterFirst : e.longest;
      };
      const v = m(L.article, f);
      const first = m(L.article, (x) => x.files[file]?.firstEvaluation ?? 0);
      const note = !isDraw(file) && first > 0 ? ` (its first evaluation ${ms(first)})` : '';
      row(
        `8. Longest script run attributed to \`${file}\` (Long Animation Frames)${isDraw(file) ? ', apart from its first evaluation' : ''}`,
        v > 0 ? `${ms(v)}${note}` : 'none reported',
        baseCell,
        v > 0 ? num(ratio(v, bm), 2) : '–',
        '≤ 50 ms',
        v <= 50,
      );
    }
    if (!files.some(isDraw)) {
      row('8. Longest script run attributed to `dist/foi-charts-draw.js` (Long Animation Frames)', 'none reported', baseCell, '–', '≤ 50 ms', true);
    }
    const drawFile = files.find(isDraw);
    const firstOf = (x) => (drawFile ? (x.files[drawFile]?.firstEvaluation ?? null) : null);
    // The median over the runs that reported it (a run reports it only when it ran over 5 ms in
    // a frame over 50 ms).
    const fe = m(L.article, (x) => firstOf(x) ?? NaN);
    row(
      '8. The drawing chunk\'s first evaluation (reported apart from the goal)',
      L.article.some((x) => firstOf(x) != null) ? `${ms(fe)} (reported in ${seen(L.article, firstOf)})` : 'none reported',
      '–',
      '–',
      'reported',
      null,
    );
  }
  if (L.oneCss && B.oneCss) {
    const f = (x) => x.cls;
    const worst = (list) => Math.max(...list.map(f));
    const cell = (list) => `${num(m(list, f), 4)} (max ${num(worst(list), 4)})`;
    row('9. Layout shift, one chart, `dist/foi-charts.css` linked (median; max over runs)', cell(L.oneCss), cell(B.oneCss), '–', '0 in every run', worst(L.oneCss) === 0);
  }
  if (sizes) {
    const bytes = (n) => `${n.toLocaleString('en-GB')} B`;
    const sizeRow = (label, value, goal, budget) =>
      row(
        label,
        bytes(value),
        `${bytes(sizes.baselineBytes)} (its Chart.js bundle)`,
        num(ratio(value, sizes.baselineBytes), 2),
        `≤ ${bytes(goal)} (CI budget ≤ ${bytes(budget)} ${met(value <= budget)})`,
        value <= goal,
      );
    const files = [...sizes.sizes.keys()].map((f) => `\`${relative(join(root, 'dist'), f)}\``).join(' + ');
    if (wanted(10)) sizeRow('10. gzip -9, initial download before any chart is drawn (`foi-charts.js`)', sizes.initial, GOALS.initial, BUDGETS.initial);
    if (wanted(11)) sizeRow(`11. gzip -9, page with a bar and a donut (${files})`, sizes.barAndDonut, GOALS.barAndDonut, BUDGETS.barAndDonut);
  }
  if (L.line && B.line && wanted(12)) {
    const f = (x) => x.value;
    const r = runRatio(L.line, B.line, f);
    row(
      `12. Line chart of ${LINE_SERIES.length} series × ${LINE_POINTS} points: time to first chart drawn, one chart on the page (from navigation start)`,
      ms(m(L.line, f)),
      ms(m(B.line, f)),
      num(r, 2),
      'ratio ≤ 1.10',
      r <= 1.1,
    );
  }
  if (results.downloads && wanted(12)) {
    const { line, bar, lineBaselineBytes } = results.downloads;
    const bytes = (n) => `${n.toLocaleString('en-GB')} B`;
    const list = (d) => d.files.map((f) => `\`${f.file.replace(/^dist\//, '')}\` ${bytes(f.bytes)}${f.line ? ' (line code)' : ''}`).join(' + ');
    const lineCode = (d) => {
      const files = d.files.filter((f) => f.line);
      return files.length ? `line code fetched (${files.map((f) => `\`${f.file.replace(/^dist\//, '')}\``).join(', ')})` : 'no line code fetched';
    };
    row(
      `12. gzip -9, JS a line-only page fetched from \`dist/\`: ${list(line)}`,
      bytes(line.bytes),
      `${bytes(lineBaselineBytes)} (its Chart.js bundle)`,
      num(ratio(line.bytes, lineBaselineBytes), 2),
      'reported',
      null,
    );
    row(`12. gzip -9, JS a bar-only page (row 1's) fetched from \`dist/\`: ${list(bar)}; ${lineCode(bar)}`, bytes(bar.bytes), '–', '–', 'reported', null);
  }
  const table = ['| measure | foi-charts | baseline | ratio | goal | met |', '| --- | ---: | ---: | ---: | --- | :---: |', ...rows];
  const moved = (L.oneCss ?? []).flatMap((x) => x.shifts.flatMap((e) => e.sources));
  if (moved.length) {
    const counts = new Map();
    for (const source of moved) counts.set(source, (counts.get(source) ?? 0) + 1);
    table.push('', `Row 9, what moved (times seen over ${L.oneCss.length} runs): ${[...counts].map(([k, n]) => `${k} (${n})`).join('; ')}.`);
  }
  if (L.article && wanted(8)) {
    table.push(
      '',
      'Row 8: Long Animation Frames report only frames over 50 ms, and in them only script runs over 5 ms, each attributed to the file of ' +
        'the function the browser called (Chart.js code called from the embed counts as `foi-charts.js`); "none reported": no such run (the median over runs is 0).',
    );
  }
  if (L.many && B.many && wanted(3)) {
    // Where the main-thread time of row 3 goes (from the trace, medians).
    const line = (label, f) => `| ${label} | ${ms(m(L.many, f))} | ${ms(m(B.many, f))} |`;
    const groups = ['script', 'style', 'layout', 'paint', 'parseHTML', 'gc', 'other'];
    table.push(
      '',
      `Main thread on the ${MANY}-chart page, from a Chrome trace (medians; self time by kind of work):`,
      '',
      '| main thread | foi-charts | baseline |',
      '| --- | ---: | ---: |',
      line('load + scroll to the end: all tasks', (x) => x.atEnd.total),
      ...groups.map((g) => line(`load + scroll: ${g}`, (x) => x.atEnd[g])),
    );
  }
  return table.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
