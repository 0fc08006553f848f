#!/usr/bin/env node
// The foi-charts benchmark (issue #4): `npm run bench` (builds first) or `node bench/run.mjs`
// on an existing dist/. Not part of `npm test`.
//
// Serves the repository on 127.0.0.1 (random port), drives headless Chromium (/usr/bin/chromium,
// puppeteer-core via @web/test-runner-chrome) and measures each row side by side, in the same run,
// against a baseline page that draws the same data with hand-written Chart.js code (the same
// registered pieces bundled into one minified ES module, the same options, animation off).
// Every measurement uses a fresh page in a fresh browser context; the variants take turns at
// going first. Prints medians as a markdown table and writes it to bench/results/latest.md.
//
//   node bench/run.mjs [--runs N] [--only 1,7,9,12] [--json] [--chromium PATH] [--serve]
//                      [--against REV|DIR] [--profile [PAGE]]
//   --serve:    only serve the generated pages, for looking at them in a browser
//   --against:  also measure another build of the library ("before"), side by side: a git
//               revision (built in a temp directory) or a dist/ directory
//   --profile:  a CPU profile of one page at 4× CPU (default the demo article), written to
//               bench/results/, and its top functions by self time, mapped to source (medians
//               of --runs profiles, default 1; with --against, beside the other build's)
//
// Each row is a module in bench/rows/; bench/README.md says what each row measures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { bundleBaseline, bundleLineBaseline } from './lib/baseline.mjs';
import { open, pagePath, serve, settle } from './lib/browser.mjs';
import { env, isLibrary, root } from './lib/env.mjs';
import { profile } from './lib/profile.mjs';
import { num } from './lib/stats.mjs';
import article from './rows/article.mjs';
import eager from './rows/eager.mjs';
import firstChart from './rows/first-chart.mjs';
import heap from './rows/heap.mjs';
import interactions from './rows/interactions.mjs';
import layoutShift from './rows/layout-shift.mjs';
import line from './rows/line.mjs';
import many from './rows/many.mjs';
import resize from './rows/resize.mjs';
import sizes from './rows/sizes.mjs';
import twoCharts from './rows/two-charts.mjs';

/** Every row, in the order the table lists them. */
const ROWS = [...firstChart, ...many, ...heap, ...resize, ...layoutShift, ...article, ...sizes, ...line, ...eager, ...twoCharts, ...interactions].sort(
  (a, b) => a.id - b.id,
);

// ----- options --------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { runs: 5, only: null, json: false, chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium', against: null, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const [, inline] = arg.split('=');
      return inline ?? argv[++i];
    };
    if (arg.startsWith('--runs')) options.runs = options.profileRuns = Math.max(1, Number.parseInt(value(), 10) || 5);
    else if (arg.startsWith('--only')) options.only = new Set(value().split(',').map(Number));
    else if (arg === '--json') options.json = true;
    else if (arg === '--serve') options.serve = true;
    else if (arg.startsWith('--chromium')) options.chromium = value();
    else if (arg.startsWith('--against')) options.against = value();
    else if (arg.startsWith('--profile')) {
      // An optional page name: `--profile`, `--profile eager`, `--profile=many`.
      const inline = arg.split('=')[1];
      options.profile = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'article');
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        `node bench/run.mjs [--runs N (default 5)] [--only ${ROWS.map((r) => r.id).join(',')}] [--json] [--chromium PATH] [--serve] ` +
          '[--against REV|DIR] [--profile [PAGE (default article)]]',
      );
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}`);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const wanted = (row) => !options.only || options.only.has(row.id);

/**
 * `--against`: a dist/ directory as it is, or a git revision, exported (`git archive`) to a
 * temp directory and built there with this repository's node_modules.
 */
function againstBuild(spec, tmp) {
  const asDir = resolve(spec);
  for (const dir of [asDir, join(asDir, 'dist')]) if (existsSync(join(dir, 'foi-charts.js'))) return dir;
  const commit = execFileSync('git', ['rev-parse', '--verify', `${spec}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const tree = join(tmp, 'against');
  mkdirSync(tree);
  process.stderr.write(`bench: building ${spec} (${commit.slice(0, 10)}) in ${tree} for --against…\n`);
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${tree}"`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(tree, 'dist');
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
    const against = options.against ? againstBuild(options.against, tmp) : null;
    env.variants = against ? ['library', 'before', 'baseline'] : ['library', 'baseline'];
    env.baselinePieces = await bundleBaseline(tmp);
    env.linePieces = await bundleLineBaseline(tmp);
    // Every page of every row (the size rows load other rows' pages), for every variant.
    const tasks = new Map();
    const onces = new Map();
    for (const row of ROWS) {
      for (const [name, task] of Object.entries(row.tasks ?? {})) tasks.set(name, task);
      for (const [name, task] of Object.entries(row.once ?? {})) onces.set(name, task);
    }
    for (const [name, task] of tasks) {
      for (const variant of env.variants) {
        const html = task.page?.(variant);
        if (html) writeFileSync(join(tmp, `${name}-${variant}.html`), html);
      }
    }
    server = await serve(tmp, against);
    const origin = `http://127.0.0.1:${server.address().port}`;
    if (options.serve) {
      // Debugging aid: serve the benchmark pages until interrupted.
      console.log(
        `Serving ${origin}/__bench/{${[...tasks.keys()].join(',')}}-{${env.variants.join(',')}}.html and ${origin}/demo/index.html` +
          `${against ? ` (and ${origin}/before/demo/index.html)` : ''}; Ctrl-C to stop.`,
      );
      serving = true;
      await new Promise((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      return;
    }
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
    const ctx = { browser, origin, tmp, against, variants: env.variants };

    if (options.profile) {
      if (!tasks.has(options.profile) && options.profile !== 'article') throw new Error(`--profile: no page "${options.profile}" (${[...tasks.keys()].join(', ')})`);
      await profile(ctx, options.profile, options.profileRuns ?? 1, tasks.get(options.profile));
      return;
    }

    const rows = ROWS.filter(wanted);
    const results = Object.fromEntries(env.variants.map((v) => [v, {}]));
    const problems = [];
    const record = (variant, key, value) => ((results[variant][key] ??= []).push(value));
    const timed = [...new Set(rows.flatMap((row) => Object.keys(row.tasks ?? {})))].map((name) => [name, tasks.get(name)]);
    const once = [...new Set(rows.flatMap((row) => Object.keys(row.once ?? {})))].map((name) => [name, onces.get(name)]);

    // Warm up the browser (its network, GPU and utility processes) so run 1 is not a cold start:
    // one untimed load of each page the rows load.
    for (const [name, task] of timed) {
      if (task.warm === false) continue;
      for (const variant of env.variants) {
        const s = await open(browser, origin, pagePath(name, variant));
        await settle(s.page);
        await s.close();
      }
    }

    for (let run = 0; run < options.runs; run++) {
      // Each variant goes first in turn.
      const turn = run % env.variants.length;
      const order = [...env.variants.slice(turn), ...env.variants.slice(0, turn)];
      for (const [name, task] of timed) {
        for (const variant of order) {
          const t0 = Date.now();
          const result = await task.measure(ctx, variant);
          record(variant, name, result);
          for (const p of result?.problems ?? []) problems.push(`run ${run + 1}, ${name}, ${variant}: ${p}`);
          process.stderr.write(`run ${run + 1}/${options.runs} ${name} ${variant}: ${Date.now() - t0} ms\n`);
        }
      }
    }
    // Measured once per run of the script (sizes, downloads).
    for (const [name, task] of once) {
      for (const variant of env.variants) {
        const result = await task.measure(ctx, variant);
        record(variant, name, result);
        for (const p of Object.values(result ?? {}).flatMap((x) => x?.problems ?? [])) problems.push(`${name}, ${variant}: ${p}`);
      }
    }

    const table = report(rows, results, ctx);
    const seconds = Math.round((Date.now() - started) / 1000);
    const cores = availableParallelism();
    const load = [loadAtStart, loadavg()[0]];
    const header = [
      `# foi-charts benchmark`,
      '',
      `Medians of ${options.runs} runs, each variant in a fresh page and browser context, side by side in one run; ` +
        `${new Date().toISOString()}, ${await browser.version()}, ${process.platform} ${process.arch}, node ${process.version}; ${seconds} s; ` +
        `1-minute load average ${load.map((n) => n.toFixed(1)).join(' at start, ')} at the end, on ${cores} cores. ` +
        `Baseline: Chart.js with ${env.baselinePieces.join(', ')} registered (as src/draw/kinds/), one minified module` +
        (rows.some((r) => r.id === 12) ? `; row 12's: with ${env.linePieces.join(', ')} (as the line kind registers).` : '.') +
        (against ? ` "before": the library built from ${options.against} (${relative(root, against) || against}), served under /before/.` : ''),
      '',
    ];
    if (Math.max(...load) > cores) {
      header.push('⚠ The machine was busy: timings are noisier than usual; the ratios, measured side by side, are the figures to trust.', '');
    }
    const footer = problems.length
      ? ['', `Errors seen (${problems.length}):`, '', ...[...new Set(problems)].slice(0, 20).map((p) => `- ${p}`)]
      : ['', 'No page errors.'];
    const markdown = [...header, table, ...footer, ''].join('\n');
    console.log(markdown);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/latest.md'), markdown);
    if (options.json) {
      // Maps (files by path) as objects, paths relative to the repository.
      const replacer = (_, value) => (value instanceof Map ? Object.fromEntries([...value].map(([k, v]) => [String(k).startsWith('/') ? relative(root, k) : k, v])) : value);
      writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, replacer, 2));
    }
    console.error(`Written to ${relative(process.cwd(), join(root, 'bench/results/latest.md'))}.`);
  } finally {
    await browser?.close();
    server?.close();
    cleanup();
  }
}

// ----- the report -----------------------------------------------------------------------------

/**
 * The table: one line per row spec a row module reports, a column per variant (the ratio of
 * "before" to the baseline in its own cell), then notes under the table.
 *
 * A spec is `{ label, cell(variant), ratio?(variant), goal, ok(ratio of the library) }`.
 */
function report(rows, results, { variants }) {
  const met = (ok) => (ok == null ? '–' : ok ? '✅' : '❌');
  const before = variants.includes('before');
  const lines = [
    `| measure | foi-charts |${before ? ' before |' : ''} baseline | ratio | goal | met |`,
    `| --- | ---: |${before ? ' ---: |' : ''} ---: | ---: | --- | :---: |`,
  ];
  const notes = [];
  for (const row of rows) {
    const specs = row.report(results, { variants });
    for (const spec of specs) {
      const r = spec.ratio?.('library');
      const beforeCell = () => {
        const rb = spec.ratio?.('before');
        return `${spec.cell('before')}${Number.isFinite(rb) ? ` (ratio ${num(rb, 2)})` : ''}`;
      };
      lines.push(
        `| ${spec.label} | ${spec.cell('library')} |${before ? ` ${beforeCell()} |` : ''} ${spec.cell('baseline')} | ${Number.isFinite(r) ? num(r, 2) : '–'} | ${spec.goal} | ${met(spec.ok(r))} |`,
      );
    }
    const more = row.notes?.(results, { variants }) ?? [];
    if (more.length) notes.push('', ...more);
  }
  return [...lines, ...notes].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
