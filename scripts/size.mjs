#!/usr/bin/env node
// Size budgets, checked in CI by `npm run size`, and the goals they are to reach.
//
// Measures gzip -9 bytes of what a page downloads from dist/ (whatever dist/ holds: this script
// never builds the library itself):
//   (a) before any chart is drawn: dist/foi-charts.js, the classic embed;
//   (b) for a page with a bar and a donut: the embed + dist/foi-charts-draw.js (+ any chunks that
//       file imports statically, followed transitively).
// For reference it bundles, in the same run, the Chart.js + Lit floor (Lit's LitElement/html and
// Chart.js with the issue's pieces registered, minified like the library) and, when the drawing
// chunk of (b) registers other pieces (its chart kinds, from its source map), the floor for those;
// and it prints the library's own share: (b) − the floor for its pieces. Each file is gzipped on its own, as a browser
// downloads it.
//
// Prints a markdown table and exits 1 if any budget is exceeded (2 if dist/ is missing).
// `--report` prints without failing; `--modules` lists what each source module weighs in the
// embed and the drawing chunk (from their source maps), to judge what a split would save.
// measureSizes() returns the same figures to other scripts (bench/run.mjs prints them too).
//
// BUDGETS guard what is there: what was last measured plus 1%. A commit that shrinks a figure
// lowers its budget in the same commit; a feature that adds bytes raises one only with the
// reason in its commit message. GOALS are where the redesign is headed; they are printed, not
// enforced.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

export const BUDGETS = {
  // What main measures, plus 1%. Each raise is in the commit that made it, with its reason and
  // figures (git log -p scripts/size.mjs); the last, on 2026-12-08, took in issue 18's reading
  // rules (+7.2 KB first download), 19's words and reader fixes (+2.2 KB), 21's pictures and print
  // (+1.2 KB) and 20's once-per-page caches and one-frame writes (+0.4 KB): 41,421 / 89,497 /
  // 116,455 B. docs/performance.md says what bringing them down would take.
  initial: 41_840,
  barAndDonut: 90_400,
  seriesPage: 117_620,
};

export const GOALS = {
  initial: 16_500,
  barAndDonut: 64_000,
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const fmt = (n) => n.toLocaleString('en-GB');

/** A file and every file it imports statically (relative specifiers only), each once. */
export function withStaticImports(file) {
  const seen = new Set();
  const queue = [resolve(file)];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const specifier of staticImports(code)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
        throw new Error(`${relative(root, path)} imports "${specifier}", which a browser can't resolve`);
      }
      queue.push(resolve(dirname(path), specifier));
    }
  }
  return [...seen];
}

/**
 * Static import/export-from specifiers of minified ES module code. Matches `import … from "x"`,
 * `import "x"` and `export … from "x"` at statement starts; strings and comments in minified
 * output that merely contain the word (e.g. Chart.js's "import and register …" messages) are not
 * statement starts, so they don't match. `import("x")` is dynamic and left out on purpose.
 */
function staticImports(code) {
  const found = [];
  const re = /(?:^|[;}\n])\s*(?:import\s*(?:[\w$*{][^;'"]*?\bfrom\s*)?|export\s*[*{][^;'"]*?\bfrom\s*)(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(re)) found.push(match[2]);
  return found;
}

/** The Chart.js pieces the issue's floor registers. */
export const ISSUE_PIECES = ['BarController', 'BarElement', 'CategoryScale', 'LinearScale', 'DoughnutController', 'ArcElement', 'Tooltip'];

/**
 * The Chart.js pieces foi-charts registers now, read from every `Chart.register(…)` in
 * src/draw/kinds/ (each chart kind registers its own), or in `files` (paths in that folder);
 * the issue's list if none can be read.
 */
export function registeredPieces(files = null) {
  const names = new Set();
  try {
    const dir = join(root, 'src/draw/kinds');
    for (const file of files ?? readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const [, args] of code.matchAll(/Chart\.register\(([^)]*)\)/g)) {
        for (const name of args.split(',').map((s) => s.trim())) if (/^[A-Z]\w*$/.test(name)) names.add(name);
      }
    }
  } catch {}
  return names.size ? [...names] : ISSUE_PIECES;
}

/**
 * The chart kinds' modules a built file holds (from its source map's sources): what a page
 * that loads it registers. Null without a map.
 */
function kindsIn(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return null;
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources ?? [];
  const kinds = sources.map((s) => /src\/draw\/kinds\/([\w-]+\.ts)$/.exec(s)?.[1]).filter(Boolean);
  return kinds.length ? kinds : null;
}

/** Bundles Lit (optionally) and Chart.js with `pieces` registered, minified like the library; returns the code. */
export async function bundleChartJs({ pieces, lit = false, tmp = null }) {
  const [{ rollup }, { default: nodeResolve }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
  ]);
  // `tmp`: a directory the caller cleans up (also if it's interrupted); else a temp dir of our own.
  const dir = mkdtempSync(join(tmp ?? tmpdir(), 'foi-size-'));
  try {
    const entry = join(dir, 'floor.js');
    writeFileSync(
      entry,
      [
        lit ? "import { LitElement, html } from 'lit';" : '',
        `import { Chart, ${pieces.join(', ')} } from 'chart.js';`,
        `Chart.register(${pieces.join(', ')});`,
        `export { Chart${lit ? ', LitElement, html' : ''} };`,
        '',
      ].join('\n'),
    );
    const bundle = await rollup({
      input: entry,
      // Resolve lit and chart.js from this repository's node_modules, not the temp dir's.
      plugins: [
        nodeResolve({ rootDir: root, modulePaths: [join(root, 'node_modules')], browser: true }),
        // The same minifier settings as rollup.config.mjs.
        terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
      onwarn(warning, warn) {
        if (warning.code === 'CIRCULAR_DEPENDENCY') return;
        warn(warning);
      },
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return output.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The embed's files in a dist/ directory: the first download, and the chunks it loads beside itself. */
const filesOf = (dir) => ({
  EMBED: join(dir, 'foi-charts.js'),
  DRAW: join(dir, 'foi-charts-draw.js'),
  DRAW_ALL: join(dir, 'foi-charts-draw-all.js'),
  SERIES: join(dir, 'foi-charts-series.js'),
});

/** The dist/ files the measurement needs that are missing (relative paths). */
export function missingFiles(dir = dist) {
  return Object.values(filesOf(dir)).filter((file) => !existsSync(file)).map((file) => relative(root, file));
}

/** gzip -9 bytes of every file of the classic embed in a dist/ directory (foi-charts*.js), by name. */
export function embedFiles(dir = dist) {
  return new Map(
    readdirSync(dir)
      .filter((name) => /^foi-charts.*\.js$/.test(name))
      .sort()
      .map((name) => [name, gzip(readFileSync(join(dir, name)))]),
  );
}

/**
 * Measures what `npm run size` reports (bench/run.mjs prints the same figures beside its rows):
 * gzip -9 bytes of the embed (`initial`), of the bar and donut page (`barAndDonut`, with
 * `sizes`, a Map of absolute file path → bytes), the Chart.js + Lit floors and the library's
 * own share. `dir`: another build's dist/ (the bench's --against). Throws if it lacks a file.
 */
export async function measureSizes(dir = dist) {
  const absent = missingFiles(dir);
  if (absent.length) throw new Error(`${absent.join(', ')} missing; run \`npx rollup -c\` first`);
  const { EMBED: embed, DRAW: draw, DRAW_ALL, SERIES } = filesOf(dir);
  const drawFiles = withStaticImports(draw);
  const sizes = new Map([embed, ...drawFiles].map((file) => [file, gzip(readFileSync(file))]));
  const initial = sizes.get(embed);
  const barAndDonut = [...sizes.values()].reduce((a, b) => a + b, 0);
  // The floor of this page: Chart.js with what its drawing chunk registers (bars and donuts).
  const pieces = registeredPieces(kindsIn(draw));
  const samePieces = pieces.length === ISSUE_PIECES.length && pieces.every((p) => ISSUE_PIECES.includes(p));
  const [issueFloorCode, floorCode] = await Promise.all([
    bundleChartJs({ pieces: ISSUE_PIECES, lit: true }),
    samePieces ? null : bundleChartJs({ pieces, lit: true }),
  ]);
  const issueFloor = gzip(Buffer.from(issueFloorCode));
  const floor = floorCode ? gzip(Buffer.from(floorCode)) : issueFloor;
  const own = barAndDonut - floor;
  const missing = ISSUE_PIECES.filter((p) => !pieces.includes(p));
  const extra = pieces.filter((p) => !ISSUE_PIECES.includes(p));
  const difference = [missing.length ? `without ${missing.join(', ')}` : '', extra.length ? `with ${extra.join(', ')}` : '']
    .filter(Boolean)
    .join(', ');
  const seriesFiles = [embed, ...withStaticImports(DRAW_ALL), ...withStaticImports(SERIES)];
  const seriesSizes = new Map(seriesFiles.map((file) => [file, gzip(readFileSync(file))]));
  const seriesPage = [...seriesSizes.values()].reduce((a, b) => a + b, 0);
  return { embed, initial, barAndDonut, sizes, seriesPage, seriesSizes, pieces, samePieces, difference, issueFloor, floor, own };
}

/**
 * What each source module weighs in a built file, from the file's source map: the generated code
 * of each source, gzip -9 on its own (an upper bound of its share: modules compress better
 * together), largest first. Null without a map.
 */
export async function moduleSizes(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return null;
  const { TraceMap, eachMapping } = await import('@jridgewell/trace-mapping');
  const code = readFileSync(file, 'utf8');
  const starts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  const segments = [];
  eachMapping(new TraceMap(readFileSync(map, 'utf8')), (m) =>
    segments.push({ at: starts[m.generatedLine - 1] + m.generatedColumn, source: (m.source ?? '(no source)').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/') }),
  );
  segments.sort((a, b) => a.at - b.at);
  const text = new Map();
  segments.forEach((seg, i) => text.set(seg.source, (text.get(seg.source) ?? '') + code.slice(seg.at, segments[i + 1]?.at ?? code.length)));
  return [...text].map(([source, t]) => ({ source, minified: t.length, gzip: gzip(Buffer.from(t)) })).sort((a, b) => b.gzip - a.gzip);
}

async function main() {
  // --modules: what each source module weighs in the embed and the bar and donut drawing chunk.
  if (process.argv.includes('--modules')) {
    for (const file of [filesOf(dist).EMBED, filesOf(dist).DRAW]) {
      const modules = await moduleSizes(file);
      if (!modules) continue;
      console.log(`\n${relative(root, file)}: ${fmt(gzip(readFileSync(file)))} B gzip -9; each module's code gzipped on its own:\n`);
      console.log('| gzip -9 | minified | module |\n| ---: | ---: | --- |');
      for (const m of modules.slice(0, 40)) console.log(`| ${fmt(m.gzip)} | ${fmt(m.minified)} | ${m.source} |`);
    }
    return;
  }
  for (const file of missingFiles()) {
    console.error(`size: ${file} is missing; run \`npx rollup -c\` (or \`npm run build\`) first.`);
    process.exit(2);
  }
  const started = performance.now();
  const { embed, initial, barAndDonut, sizes, seriesPage, seriesSizes, samePieces, difference, issueFloor, floor, own } = await measureSizes();

  const ok = (value, budget) => (value <= budget ? '✅' : '❌');
  const rows = [
    [
      'Initial download, before any chart is drawn (`foi-charts.js`)',
      initial,
      `≤ ${fmt(BUDGETS.initial)} ${ok(initial, BUDGETS.initial)}`,
      `≤ ${fmt(GOALS.initial)} ${ok(initial, GOALS.initial)} (${(initial / GOALS.initial).toFixed(2)}×)`,
    ],
    [
      `Page with a bar and a donut (${[...sizes.keys()].map((f) => `\`${relative(dist, f)}\``).join(' + ')})`,
      barAndDonut,
      `≤ ${fmt(BUDGETS.barAndDonut)} ${ok(barAndDonut, BUDGETS.barAndDonut)}`,
      `≤ ${fmt(GOALS.barAndDonut)} ${ok(barAndDonut, GOALS.barAndDonut)} (${(barAndDonut / GOALS.barAndDonut).toFixed(2)}×)`,
    ],
    [
      `Page with a column or line chart (${[...seriesSizes.keys()].map((f) => `\`${relative(dist, f)}\``).join(' + ')})`,
      seriesPage,
      `≤ ${fmt(BUDGETS.seriesPage)} ${ok(seriesPage, BUDGETS.seriesPage)}`,
      '',
    ],
    [`Chart.js + Lit floor as the issue defines it (${ISSUE_PIECES.join(', ')}; one bundle, same minifier)`, issueFloor, 'reference (≈ 54,500)', ''],
    ...(samePieces
      ? []
      : [[`Chart.js + Lit floor for the pieces the bar and donut page's drawing chunk registers (${difference})`, floor, 'reference', '']]),
    [
      `foi-charts' own share (bar and donut page − ${samePieces ? 'floor' : 'floor for its pieces'})`,
      own,
      '',
      `≤ ${fmt(GOALS.barAndDonut - floor)} (goal − floor) ${ok(own, GOALS.barAndDonut - floor)}`,
    ],
  ];
  const lines = [
    '| gzip -9 bytes | figure | CI budget (fails over) | goal |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([label, value, budget, goal]) => `| ${label} | ${fmt(value)} | ${budget} | ${goal} |`),
  ];
  console.log(lines.join('\n'));
  console.log(`\nPer file: ${[...new Map([...sizes, ...seriesSizes])].map(([f, n]) => `${relative(root, f)} ${fmt(n)}`).join(', ')}. (${Math.round(performance.now() - started)} ms)`);

  const over = [];
  if (initial > BUDGETS.initial) over.push(`initial download ${fmt(initial)} > ${fmt(BUDGETS.initial)}`);
  if (barAndDonut > BUDGETS.barAndDonut) over.push(`bar and donut page ${fmt(barAndDonut)} > ${fmt(BUDGETS.barAndDonut)}`);
  if (seriesPage > BUDGETS.seriesPage) over.push(`column or line page ${fmt(seriesPage)} > ${fmt(BUDGETS.seriesPage)}`);
  if (over.length) {
    console.error(`\nsize: over budget: ${over.join('; ')}.`);
    // --report prints the figures without failing.
    if (!process.argv.includes('--report')) process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
