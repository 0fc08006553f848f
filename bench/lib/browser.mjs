// The bench's browser side: the static server, the instrumentation every page gets before its
// own scripts, and fresh pages in fresh contexts.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { prefix, root } from './env.mjs';
import { VIEWPORT } from './pages.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves the repository, the generated pages and bundles under /__bench/ (from `tmp`), and with
 * `--against`, the other build under /before/: its dist/ from `against`, the rest (the demo) from
 * the repository, so the demo's `../dist/` finds that build.
 */
export function serve(tmp, against = null) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let base = root;
    let path = decodeURIComponent(url.pathname);
    if (path.startsWith('/__bench/')) {
      base = tmp;
      path = path.slice('/__bench'.length);
    } else if (against && path.startsWith('/before/')) {
      path = path.slice('/before'.length);
      if (path.startsWith('/dist/')) {
        base = against;
        path = path.slice('/dist'.length);
      }
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



/** A benchmark page's path on the bench server (the library's article is the demo itself). */
export const pagePath = (name, variant) =>
  name === 'article' && variant !== 'baseline' ? `${prefix(variant)}/demo/index.html` : `/__bench/${name}-${variant}.html`;

/** Opens a fresh page in a fresh browser context, instrumented, and navigates to `path`. */
export async function open(browser, origin, path, { waitUntil = 'load', viewport = VIEWPORT } = {}) {
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
export async function settle(page) {
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

/**
 * Installed before any page script: counters, long tasks, long animation frames' scripts, layout
 * shifts, errors, and when the frame after each drawing was painted.
 */
export function instrument() {
  const bench = {
    firstRender: null,
    renders: 0,
    /** painted[n]: when the frame after the n-th drawing had been painted (rows 13–15). */
    painted: [],
    longTasks: [],
    scripts: [],
    shifts: [],
    errors: [],
  };
  window.__bench = bench;
  /**
   * Calls `done(time)` once the next frame has been painted: a task posted from that frame's
   * animation frame callbacks runs after its style, layout and paint.
   */
  window.__afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done(performance.now());
      };
      channel.port2.postMessage(null);
    });
  document.addEventListener(
    'foi-render',
    () => {
      const n = ++bench.renders;
      if (bench.firstRender == null) bench.firstRender = performance.now();
      window.__afterPaint((t) => (bench.painted[n] = t));
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

