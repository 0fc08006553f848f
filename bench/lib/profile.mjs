// `node bench/run.mjs --profile [PAGE]`: a sampling CPU profile of one page's load at 4× CPU on
// a phone's viewport (default the demo article, as rows 7 and 8 load it), written as a
// .cpuprofile (DevTools > Performance > Load profile), and the functions with the most self
// time, mapped through dist/'s source maps to the TypeScript (or node_modules) they came from.
// With --runs N, the median of N profiles; with --against, the other build's figures beside.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { open, pagePath } from './browser.mjs';
import { isLibrary, root } from './env.mjs';
import { CPU_SLOWDOWN, PHONE_VIEWPORT } from './pages.mjs';
import { median } from './stats.mjs';
import { cpuTasks } from './trace.mjs';

const TOP = 20;
/** Sampling interval in µs: 10 samples a millisecond of wall time. */
const INTERVAL_US = 100;
const AFTER_LOAD_MS = 5000;

/** One profiled load of `name` in `variant`, until 5 s after the load event (as row 7). */
async function profileOnce({ browser, origin }, name, variant) {
  const s = await open(browser, origin, null, { viewport: PHONE_VIEWPORT });
  try {
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await s.cdp.send('Profiler.enable');
    await s.cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
    // A light trace beside the profile: which tasks were long, by their CPU time (see cpuTasks).
    await s.page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    await s.cdp.send('Profiler.start');
    await s.page.goto(origin + pagePath(name, variant), { waitUntil: 'load' });
    await s.page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, { timeout: 60_000 });
    await s.page.evaluate(async (after) => {
      const end = performance.getEntriesByType('navigation')[0].loadEventEnd + after;
      await new Promise((r) => setTimeout(r, Math.max(0, end - performance.now())));
      performance.mark('bench-until');
    }, AFTER_LOAD_MS);
    const { profile } = await s.cdp.send('Profiler.stop');
    profile.longTasks = cpuTasks(await s.page.tracing.stop(), 'bench-until').filter((t) => t.cpu > 50);
    return profile;
  } finally {
    await s.close();
  }
}

/**
 * Profiles page `name` (a bench page, or `article`: the demo) `runs` times per library build. A
 * row's task may profile in its own way (`task.profile(ctx, variant)`: the interactions, after load).
 */
export async function profile(ctx, name, runs = 1, task = null) {
  const variants = ctx.variants.filter(isLibrary);
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  const longTasks = Object.fromEntries(variants.map((v) => [v, []]));
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const files = {};
  for (let run = 0; run < runs; run++) {
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const cpuProfile = task?.profile ? await task.profile(ctx, variant) : await profileOnce(ctx, name, variant);
      files[variant] = join(root, 'bench/results', `${name}-cpu${CPU_SLOWDOWN}x${variant === 'library' ? '' : `-${variant}`}.cpuprofile`);
      writeFileSync(files[variant], JSON.stringify(cpuProfile));
      const dist = variant === 'before' ? ctx.against : join(root, 'dist');
      results[variant].push(selfTimes(cpuProfile, dist));
      if (cpuProfile.longTasks) longTasks[variant].push(longTaskContents(cpuProfile, dist));
      process.stderr.write(`profile ${run + 1}/${runs} ${name} ${variant}\n`);
    }
  }
  // Medians over the runs, per function, per file and per source module (0 where a run lacks it).
  const medianOf = (variant, key) => {
    const maps = results[variant].map((r) => r[key]);
    const keys = new Set(maps.flatMap((m) => [...m.keys()]));
    return new Map([...keys].map((k) => [k, median(maps.map((m) => m.get(k) ?? 0))]));
  };
  const table = Object.fromEntries(variants.map((v) => [v, { fns: medianOf(v, 'fns'), files: medianOf(v, 'files'), sources: medianOf(v, 'sources') }]));
  const busy = (v) => [...table[v].files].filter(([f]) => f !== '(idle)').reduce((a, [, n]) => a + n, 0);
  const cell = (v, key, k) => `${(table[v][key].get(k) ?? 0).toFixed(1)} ms`;
  const columns = variants.length > 1 ? ' self time | before |' : ' self time |';
  const rule = variants.length > 1 ? ' ---: | ---: |' : ' ---: |';
  const cells = (key, k) => variants.map((v) => ` ${cell(v, key, k)} |`).join('');
  // The top of this build's figures, and of the other build's (what a change took away shows too).
  const top = (key, n = TOP, skip = () => false) => {
    const best = (map) => [...map].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
    const keys = [...new Set(variants.flatMap((v) => best(table[v][key])))];
    return keys.sort((a, b) => Math.max(...variants.map((v) => table[v][key].get(b) ?? 0)) - Math.max(...variants.map((v) => table[v][key].get(a) ?? 0)));
  };
  const lines = [
    `# CPU profile: ${name === 'article' ? 'the demo article' : `the ${name} page`}, ${PHONE_VIEWPORT.width} × ${PHONE_VIEWPORT.height}, CPU ${CPU_SLOWDOWN}× slower`,
    '',
    `Sampled every ${INTERVAL_US} µs ${task?.profile ? 'through the interactions, once the page has settled' : `from navigation to ${AFTER_LOAD_MS / 1000} s after load`}; ${runs > 1 ? `medians of ${runs} profiles` : 'one profile'}` +
      `${variants.length > 1 ? ', beside the --against build ("before")' : ''}. Busy (not idle): ${variants.map((v) => `${Math.round(busy(v))} ms`).join(' against ')}. ` +
      `Written to ${Object.values(files).map((f) => relative(process.cwd(), f)).join(', ')} (DevTools > Performance > Load profile).`,
    '',
    `The top ${TOP} functions by self time${variants.length > 1 ? ' in either build' : ''} (a native function's time counts as the script function's that called it, as layout forced by a read does):`,
    '',
    `|${columns} file | where (source map) | function |`,
    `|${rule} --- | --- | --- |`,
    ...top('fns', TOP, (k) => k.startsWith('(idle)')).map((k) => {
      const [file, where, fn] = k.split('|');
      return `|${cells('fns', k)} ${file} | ${where} | ${fn} |`;
    }),
    '',
    'Self time by file ("(program)": native work outside any script frame, such as parsing, compiling, style and layout):',
    '',
    `|${columns} file |`,
    `|${rule} --- |`,
    ...top('files', 30, (k) => k === '(idle)')
      .filter((k) => Math.max(...variants.map((v) => table[v].files.get(k) ?? 0)) >= 1)
      .map((k) => `|${cells('files', k)} ${k} |`),
    '',
    `Self time by source module, in dist/ files (top ${TOP}):`,
    '',
    `|${columns} source |`,
    `|${rule} --- |`,
    ...top('sources').map((k) => `|${cells('sources', k)} ${k} |`),
    '',
  ];
  for (const v of variants) {
    longTasks[v].forEach((tasks, run) => {
      lines.push(
        `Tasks over 50 ms of CPU time, ${v}, profile ${run + 1} (CPU time; start from the first task; the functions with the most self time in each):`,
        '',
        ...(tasks.length ? tasks.map((t) => `- ${Math.round(t.cpu)} ms at ${Math.round(t.start)} ms: ${t.top.map(([k, n]) => `${k.split('|').slice(1).join(' ')} ${n.toFixed(0)}`).join(', ')}`) : ['- none']),
        '',
      );
    });
  }
  const markdown = lines.join('\n');
  console.log(markdown);
  writeFileSync(join(root, 'bench/results', `${name}-cpu${CPU_SLOWDOWN}x.md`), markdown);
}

/**
 * Self time (ms) from the samples (each lasts until the next one), by function, by file and by
 * source module. Functions of dist/ files are named by their source file and name from the
 * file's source map (maps read from `dist`); a function is keyed `file|source|name`, without
 * its line, so two builds' figures line up.
 */
export function selfTimes(cpuProfile, dist) {
  const nodes = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = cpuProfile;
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? timeDeltas[i + 1] : 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + next / 1000);
  }
  const maps = new Map();
  const mapFor = (path) => {
    if (!maps.has(path)) {
      const mapFile = join(dist, `${path.slice('dist/'.length)}.map`);
      maps.set(path, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
    }
    return maps.get(path);
  };
  const fns = new Map();
  const files = new Map();
  const sources = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id);
    const url = /^https?:/.test(callFrame.url) ? new URL(callFrame.url) : null;
    const path = url ? decodeURIComponent(url.pathname).replace(/^\/before\//, '/').slice(1) : '';
    // No URL: the profiler's own rows ("(program)", "(idle)", …) and native functions; a
    // non-http URL: the bench's own scripts (puppeteer's evaluations).
    const file = url ? path : callFrame.url ? '(bench scripts)' : /^\(.*\)$/.test(callFrame.functionName) ? callFrame.functionName : '(native functions)';
    add(files, file, ms);
    let where = url ? `${file}:${callFrame.lineNumber + 1}` : '';
    let name = callFrame.functionName || '(anonymous)';
    const map = path.startsWith('dist/') ? mapFor(path) : null;
    if (map) {
      const original = originalPositionFor(map, { line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      if (original.source) {
        where = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
        name = original.name ?? nameAt(map, original) ?? name;
      }
      add(sources, where, ms);
    }
    add(fns, `${file}|${where}|${name}`, ms);
  }
  return { fns, files, sources };
}

/** The name of the function defined at a source position: `name(`, `name = (`, `name: function`, `#name(`. */
function nameAt(map, { source, line, column }) {
  const index = map.sources.indexOf(source);
  const text = map.sourcesContent?.[index]?.split('\n')[line - 1];
  if (!text) return null;
  const before = text.slice(0, column + 1);
  const after = text.slice(column);
  return (
    /(?:function\s*\*?\s*|get\s+|set\s+|async\s+)?([#\w$]+)\s*(?:<[^>]*>)?\s*\($/.exec(before.trimEnd())?.[1] ??
    /([#\w$]+)\s*(?:[:=]|\?\?=)\s*(?:async\s*)?(?:function\b|\()/.exec(text)?.[1] ??
    /^([#\w$]+)\s*\(/.exec(after)?.[1] ??
    null
  );
}

/**
 * What ran in each long task: the samples taken inside the task's span (the profile and the trace
 * share a clock), by function (as `selfTimes` names them), the top five. CPU time under
 * throttling counts the throttle; the samples' shares within a task are what matters.
 */
function longTaskContents(cpuProfile, dist) {
  const { samples, timeDeltas, startTime } = cpuProfile;
  const times = [];
  let t = startTime;
  for (let i = 0; i < samples.length; i++) times.push((t += timeDeltas[i]));
  return cpuProfile.longTasks.map((task) => {
    const end = task.ts + task.duration * 1000;
    const inside = { ...cpuProfile, samples: [], timeDeltas: [] };
    for (let i = 0; i < samples.length; i++) {
      if (times[i] < task.ts || times[i] >= end) continue;
      inside.samples.push(samples[i]);
      // The gap to the sample before (selfTimes charges each sample the gap to the next).
      inside.timeDeltas.push(inside.samples.length > 1 ? times[i] - times[i - 1] : 0);
    }
    const { fns } = selfTimes(inside, dist);
    const top = [...fns].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 5);
    return { cpu: task.cpu, start: task.start, top };
  });
}
