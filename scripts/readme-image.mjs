#!/usr/bin/env node
// Makes docs/offence-platform-bar.png, the README's picture: the built embed (dist/, so run
// `npm run build` first) drawing <offence-platform-bar> in headless Chromium, 720 CSS px wide.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>foi-charts</title>
<script src="/dist/foi-charts.js" defer></script></head>
<body style="margin:0;padding:16px;width:720px;font-family:'DejaVu Sans',sans-serif;background:#fff">
<offence-platform-bar eager actions=""></offence-platform-bar></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const file = join(root, path);
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 752, height: 900, deviceScaleFactor: 1 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('offence-platform-bar')?.chart, { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 300));
  const el = await tab.$('offence-platform-bar');
  const png = await el.screenshot({ type: 'png' });
  writeFileSync(join(root, 'docs/offence-platform-bar.png'), png);
  console.log(`docs/offence-platform-bar.png: ${png.length} bytes`);
} finally {
  await browser.close();
  server.close();
}
