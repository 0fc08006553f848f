// The demo article (rows 7, 8, 15 and --profile) and its hand-written Chart.js twin: the same
// HTML with each chart tag replaced by a figure whose canvas the baseline draws at load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, root } from './env.mjs';
import { DONUT_SIZE, barCanvasHeight, baselineCode, drawData, escapeAttr } from './pages.mjs';

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
export function articleBaseline() {
  const source = readFileSync(join(root, 'demo/index.html'), 'utf8');
  const charts = demoCharts(source);
  env.articleCharts = charts.length;
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
${baselineCode({ tooltip: env.baselinePieces.includes('Tooltip') })}
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

