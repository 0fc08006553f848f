// `node bench/run.mjs --profile [PAGE]`: a sampling CPU profile of one page's load at 4× CPU on
// a phone's viewport (default the demo article, as rows 7 and 8 load it), written as a
// .cpuprofile (DevTools > Performance > Load profile), and the functions with the most self
// time, mapped through dist/'s source maps to the TypeScript (or node_modules) they came from.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { open, pagePath } from './browser.mjs';
import { root } from './env.mjs';
import { CPU_SLOWDOWN, PHONE_VIEWPORT } from './pages.mjs';

const TOP = 20;
/** Sampling interval in µs: 10 samples a millisecond of wall time. */
const INTERVAL_US = 100;
const AFTER_LOAD_MS = 5000;

export async function profile(ctx, name) {
  const { browser, origin } = ctx;
  const variant = 'library';
  const s = await open(browser, origin, null, { viewport: PHONE_VIEWPORT });
  let cpuProfile;
  try {
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await s.cdp.send('Profiler.enable');
    await s.cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
    await s.cdp.send('Profiler.start');
    await s.page.goto(origin + pagePath(name, variant), { waitUntil: 'load' });
    // As row 7: until 5 s after the load event.
    await s.page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, { timeout: 60_000 });
    await s.page.evaluate(async (after) => {
      const end = performance.getEntriesByType('navigation')[0].loadEventEnd + after;
      await new Promise((r) => setTimeout(r, Math.max(0, end - performance.now())));
    }, AFTER_LOAD_MS);
    ({ profile: cpuProfile } = await s.cdp.send('Profiler.stop'));
  } finally {
    await s.close();
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `${name}-cpu${CPU_SLOWDOWN}x.cpuprofile`);
  writeFileSync(file, JSON.stringify(cpuProfile));
  const { rows, byFile, bySource, total } = selfTimes(cpuProfile);
  const idle = byFile.find(([f]) => f === '(idle)')?.[1] ?? 0;
  const busy = total - idle;
  const pct = (n) => `${((100 * n) / busy).toFixed(1)}%`;
  const lines = [
    `# CPU profile: ${name === 'article' ? 'the demo article' : `the ${name} page`}, ${PHONE_VIEWPORT.width} × ${PHONE_VIEWPORT.height}, CPU ${CPU_SLOWDOWN}× slower`,
    '',
    `Sampled every ${INTERVAL_US} µs from navigation to ${AFTER_LOAD_MS / 1000} s after load: ${Math.round(busy)} ms busy ` +
      `(${Math.round(idle)} ms idle left out; percentages are of the busy time). ` +
      `Written to ${relative(process.cwd(), file)} (DevTools > Performance > Load profile).`,
    '',
    `Top ${TOP} functions by self time:`,
    '',
    '| self time | file | where (source map) | function |',
    '| ---: | --- | --- | --- |',
    ...rows
      .filter((r) => r.file !== '(idle)')
      .slice(0, TOP)
      .map((r) => `| ${r.self.toFixed(1)} ms (${pct(r.self)}) | ${r.file} | ${r.where} | ${r.name} |`),
    '',
    'Self time by file ("(program)": native work outside any script frame, such as parsing, compiling, style and layout):',
    '',
    '| self time | file |',
    '| ---: | --- |',
    ...byFile.filter(([f, n]) => f !== '(idle)' && n >= 1).map(([f, n]) => `| ${n.toFixed(1)} ms (${pct(n)}) | ${f} |`),
    '',
    `Self time by source module, in dist/ files (top ${TOP}):`,
    '',
    '| self time | source |',
    '| ---: | --- |',
    ...bySource.slice(0, TOP).map(([f, n]) => `| ${n.toFixed(1)} ms (${pct(n)}) | ${f} |`),
    '',
  ];
  const markdown = lines.join('\n');
  console.log(markdown);
  writeFileSync(join(root, 'bench/results', `${name}-cpu${CPU_SLOWDOWN}x.md`), markdown);
}

/**
 * Self time per function (ms), from the samples: each sample lasts until the next one. Functions
 * of dist/ files are named by their source position and name from the file's source map.
 */
export function selfTimes(cpuProfile) {
  const nodes = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = cpuProfile;
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? timeDeltas[i + 1] : Math.max(0, cpuProfile.endTime - cpuProfile.startTime - timeDeltas.reduce((a, b) => a + b, 0));
    self.set(samples[i], (self.get(samples[i]) ?? 0) + next / 1000);
  }
  const maps = new Map();
  const mapFor = (path) => {
    if (!maps.has(path)) {
      const mapFile = join(root, `${path}.map`);
      maps.set(path, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
    }
    return maps.get(path);
  };
  const rows = new Map();
  const byFile = new Map();
  const bySource = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id);
    total += ms;
    const url = /^https?:/.test(callFrame.url) ? new URL(callFrame.url) : null;
    const path = url ? decodeURIComponent(url.pathname).replace(/^\/before\//, '/').slice(1) : '';
    // No URL: the profiler's own rows ("(program)", "(idle)", …) and native functions; a
    // non-http URL: the bench's own scripts (puppeteer's evaluations).
    const file = url ? path : callFrame.url ? '(bench scripts)' : /^\(.*\)$/.test(callFrame.functionName) ? callFrame.functionName : '(native functions)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    let where = url ? `${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : '';
    let name = callFrame.functionName || '(anonymous)';
    const map = path.startsWith('dist/') ? mapFor(path) : null;
    if (map) {
      const original = originalPositionFor(map, { line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      if (original.source) {
        const source = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
        where = `${source}:${original.line}`;
        name = original.name ?? nameAt(map, original) ?? name;
      }
    }
    if (map) {
      const source = where.replace(/:\d+$/, '');
      bySource.set(source, (bySource.get(source) ?? 0) + ms);
    }
    const key = `${file}|${where}|${name}`;
    const row = rows.get(key) ?? { file, where, name, self: 0 };
    row.self += ms;
    rows.set(key, row);
  }
  return {
    rows: [...rows.values()].sort((a, b) => b.self - a.self),
    byFile: [...byFile].sort((a, b) => b[1] - a[1]),
    bySource: [...bySource].sort((a, b) => b[1] - a[1]),
    total,
  };
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
