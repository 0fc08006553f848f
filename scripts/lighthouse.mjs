#!/usr/bin/env node
// Lighthouse on the demo article: `npm run lighthouse` (on an existing dist/: run
// `npx rollup -c` first). Not part of `npm test` or CI.
//
// Serves the repository with scripts/serve.mjs (the first free port from 8000), and runs
// Lighthouse 12.2.3 (the pinned devDependency) on /demo/ in Debian's Chromium, launched by
// chrome-launcher with --headless=new --no-sandbox --disable-gpu: 3 runs with Lighthouse's
// default (mobile) settings and 3 with its desktop config (what `--preset=desktop` uses), a fresh
// browser for each run. Prints the median of each figure over the runs (each figure on its own)
// against the goals, and the audits that failed in any run of the accessibility, best-practices
// and SEO categories, with their nodes. Each run's report is written to
// bench/results/lighthouse-<form factor>-<n>.json (git-ignored).
//
//   node scripts/lighthouse.mjs [--runs N (default 3)] [--chromium PATH]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Math.max(1, Number(arg('--runs', 3)) || 3);
const chromePath = arg('--chromium', process.env.CHROMIUM_PATH || '/usr/bin/chromium');

for (const file of ['dist/foi-charts.js', 'dist/foi-charts-draw.js', 'dist/foi-charts.css']) {
  if (!existsSync(join(root, file))) {
    console.error(`lighthouse: ${file} is missing; run \`npx rollup -c\` first.`);
    process.exit(2);
  }
}

const { default: lighthouse } = await import('lighthouse');
const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
// Lighthouse's own chrome-launcher (the top-level one is an older major, for other tools).
const require = createRequire(import.meta.url);
const fromLighthouse = createRequire(require.resolve('lighthouse/package.json'));
const chromeLauncher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

/** Starts scripts/serve.mjs (it takes the first free port from 8000) and resolves its origin. */
function startServer() {
  const env = { ...process.env };
  delete env.PORT;
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (port) done(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited (${code})`)));
  });
  return { server, origin };
}

function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

async function runOnce(url, config) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const { server, origin } = startServer();
const results = {};
try {
  const url = `${await origin}/demo/`;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  for (let run = 1; run <= runs; run++) {
    for (const { name, config } of FORM_FACTORS) {
      const started = Date.now();
      const lhr = await runOnce(url, config);
      if (lhr.runtimeError) throw new Error(`${name} run ${run}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      writeFileSync(join(root, `bench/results/lighthouse-${name}-${run}.json`), JSON.stringify(lhr));
      (results[name] ??= []).push(lhr);
      process.stderr.write(`lighthouse ${name} run ${run}/${runs}: ${Date.now() - started} ms\n`);
    }
  }
} finally {
  server.kill();
}

// ----- the report -----------------------------------------------------------------------------

const first = results.mobile[0];
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
const metric = (lhr, id) => lhr.audits[id]?.numericValue;
const rows = [];
const met = (ok) => (ok ? '✅' : '❌');
for (const { name } of FORM_FACTORS) {
  const list = results[name];
  const m = (f) => median(list.map(f));
  for (const id of CATEGORIES) {
    const value = m((lhr) => score(lhr, id));
    const goal = id === 'performance' ? (name === 'mobile' ? 98 : null) : 100;
    rows.push(`| ${name} | ${id} score | ${value} | ${goal == null ? '–' : `≥ ${goal}`} | ${goal == null ? '–' : met(value >= goal)} |`);
  }
  const tbt = m((lhr) => metric(lhr, 'total-blocking-time'));
  const lcp = m((lhr) => metric(lhr, 'largest-contentful-paint'));
  const cls = m((lhr) => metric(lhr, 'cumulative-layout-shift'));
  const clsMax = Math.max(...list.map((lhr) => metric(lhr, 'cumulative-layout-shift')));
  rows.push(`| ${name} | Total Blocking Time | ${Math.round(tbt)} ms | ≤ 50 ms | ${met(tbt <= 50)} |`);
  rows.push(`| ${name} | Largest Contentful Paint | ${(lcp / 1000).toFixed(2)} s | – | – |`);
  rows.push(`| ${name} | Cumulative Layout Shift | ${cls.toFixed(4)} (max ${clsMax.toFixed(4)}) | 0 | ${met(cls === 0)} |`);
}

// Failed audits (score below 1, scored or binary) in the non-performance categories, any run.
const failures = new Map();
for (const { name } of FORM_FACTORS) {
  for (const lhr of results[name]) {
    for (const id of CATEGORIES.slice(1)) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (audit.score == null || audit.score >= 1 || ['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)) continue;
        const key = `${id} › ${ref.id}`;
        const entry = failures.get(key) ?? { title: audit.title, runs: new Set(), nodes: new Set(), weight: ref.weight };
        entry.runs.add(`${name} ${results[name].indexOf(lhr) + 1}`);
        for (const item of audit.details?.items ?? []) {
          const node = item.node ?? item.source ?? item;
          const text = node.selector ?? node.snippet ?? node.url ?? item.url ?? item.description;
          if (text) entry.nodes.add(String(text).slice(0, 200));
        }
        failures.set(key, entry);
      }
    }
  }
}

const lines = [
  '# Lighthouse, demo article',
  '',
  `Lighthouse ${first.lighthouseVersion}, ${first.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} (${chromePath}), ` +
    `${new Date().toISOString()}; median of ${runs} runs of each form factor (each figure's own median); ` +
    `${first.configSettings.throttlingMethod} throttling; served by scripts/serve.mjs.`,
  '',
  '| form factor | figure | median | goal | met |',
  '| --- | --- | ---: | ---: | :---: |',
  ...rows,
  '',
  failures.size
    ? ['Failed audits (accessibility, best practices, SEO):', '', ...[...failures].map(([key, f]) => `- ${key} (${f.title}; weight ${f.weight}; ${[...f.runs].join(', ')}): ${[...f.nodes].join(' | ') || 'no node'}`)].join('\n')
    : 'No failed audits in accessibility, best practices or SEO.',
  '',
];
const markdown = lines.join('\n');
console.log(markdown);
writeFileSync(join(root, 'bench/results/lighthouse.md'), markdown);
