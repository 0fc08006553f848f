#!/usr/bin/env node
// The demo article (ten charts) on a phone-like CPU: `npm run bench:long-tasks` (builds first) or
// `node bench/long-tasks.mjs [--runs N]` on an existing dist/.
//
// Serves the repository (scripts/serve.mjs) on 127.0.0.1, loads /demo/ in headless Chromium
// (/usr/bin/chromium) with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate) at a phone's
// viewport, and prints, as medians of N runs (default 5): Total Blocking Time from navigation to
// 5 s after load (long tasks' time over 50 ms), the longest task, and the longest script run
// attributed to each of the library's files by Long Animation Frames (the goal of the
// thin-element issue: 50 ms, apart from the drawing chunk's first evaluation).
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    const url = /http:\/\/localhost:(\d+)\//.exec(String(d));
    if (url) resolve(`http://127.0.0.1:${url[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code})`)));
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 2 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(() => {
      window.__tasks = [];
      window.__frames = [];
      new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries()) {
          for (const s of frame.scripts) window.__frames.push({ file: (s.sourceURL || '').split('/').pop(), invoker: s.invokerType, duration: s.duration });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto(`${base}/demo/`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 5000));
    const { tasks, frames } = await page.evaluate(() => ({ tasks: window.__tasks, frames: window.__frames }));
    const byFile = {};
    for (const s of frames) {
      if (!s.file.startsWith('foi-charts')) continue;
      // The drawing chunk's first evaluation is counted on its own: it is Chart.js being parsed.
      const key = s.invoker === 'module-script' || s.invoker === 'classic-script' ? `${s.file} (first evaluation)` : s.file;
      byFile[key] = Math.max(byFile[key] ?? 0, s.duration);
    }
    results.push({ tbt: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longest: Math.max(0, ...tasks), byFile });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (n) => `${Math.round(n)} ms`;
const files = [...new Set(results.flatMap((r) => Object.keys(r.byFile)))].sort();
console.log(`Demo article (ten charts), CPU slowed 4×, 412 × 823 viewport, median of ${runs} runs\n`);
console.log('| measure | figure | goal |');
console.log('| --- | ---: | ---: |');
console.log(`| Total Blocking Time, navigation to load + 5 s | ${ms(median(results.map((r) => r.tbt)))} | — |`);
console.log(`| longest task | ${ms(median(results.map((r) => r.longest)))} | — |`);
for (const file of files) {
  const goal = file.includes('first evaluation') && file.includes('draw') ? 'measured' : '≤ 50 ms';
  console.log(`| longest script run in \`${file}\` (Long Animation Frames) | ${ms(median(results.map((r) => r.byFile[file] ?? 0)))} | ${goal} |`);
}
