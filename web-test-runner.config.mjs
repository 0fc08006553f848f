// @web/test-runner in real browsers, using only Debian-packaged engines (no browser downloads).
//   npm test                               Chromium (CHROME_PATH or /usr/bin/chromium)
//   BROWSERS=chromium,firefox,webkit ...   any of the three; `npm run test:all` runs all three
// Based on ../shared/recipes/web-test-runner.three-engines.mjs, verified on this machine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { countReporter } from './test/reporters/count-reporter.mjs';
import { axTreePlugin, focusPagePlugin, forcedColorsPlugin, networkLogPlugin } from './test/plugins/browser-commands.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';

const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_BIN || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_BIN || '/usr/bin/WebKitWebDriver';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function requireBin(path, aptPkg) {
  if (!existsSync(path)) throw new Error(`${path} not found: apt-get install -y ${aptPkg}, or set CHROME_PATH`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

// Xvfb picks a free display itself and writes its number to fd 3 (-displayfd).
function startXvfb() {
  return new Promise((resolve, reject) => {
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let buf = '';
    proc.on('error', (e) => reject(new Error(`Xvfb failed (apt-get install -y xvfb): ${e.message}`)));
    proc.on('exit', (code) => reject(new Error(`Xvfb exited early with code ${code}`)));
    proc.stdio[3].on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve({ proc, display: `:${buf.trim()}` });
    });
  });
}

async function waitForDriver(url, proc, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${proc.exitCode}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not become ready at ${url}`);
}

// WebKitGTK's MiniBrowser has no headless mode: run it on Xvfb (unless DISPLAY is set).
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    this.children = [];
    this.concurrency = 1;
  }
  async initialize(config, testFiles) {
    requireBin(MINIBROWSER, 'libwebkit2gtk-4.1-0 (pulled in by webkit2gtk-driver)');
    requireBin(WEBKIT_DRIVER, 'webkit2gtk-driver');
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.proc);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    this.children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    this.options.port = port;
    // One test file at a time, in the top-level page: with iframes (concurrency > 1) WebKit's
    // WebDriver loses track of frames, and real key presses cannot reach the test.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }
  async stop() {
    await super.stop();
    for (const p of this.children.reverse()) if (p.exitCode === null) p.kill();
    this.children = [];
  }
}
const allLaunchers = [];
process.on('exit', () => {
  for (const l of allLaunchers) for (const p of l.children) if (p.exitCode === null) p.kill();
});

const chromiumArgs = [
  '--headless=new',
  '--disable-gpu',
  // This machine has no network but localhost: stop Chromium trying to reach Google's services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run side by side in tabs: keep background tabs' timers, frames and focus alive.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  ...(isRoot ? ['--no-sandbox'] : []),
];

const factories = {
  chromium: () => {
    requireBin(CHROMIUM, 'chromium');
    return chromeLauncher({
      launchOptions: { executablePath: CHROMIUM, args: chromiumArgs },
      // Each test file in its own window: a background tab is "hidden", so it gets no animation
      // frames and its tests (and Lit fixtures, which wait for a frame) would stall.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    });
  },
  firefox: () => {
    requireBin(FIREFOX, 'firefox-esr');
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      // each test page in its own window: background tabs in Firefox get throttled
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    });
  },
  webkit: () => {
    const l = new WebKitGtkLauncher();
    allLaunchers.push(l);
    return l;
  },
};

const wanted = (process.env.BROWSERS || 'chromium')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const b of wanted) if (!factories[b]) throw new Error(`Unknown browser "${b}" in BROWSERS (use chromium, firefox, webkit)`);

export default {
  files: ['test/**/*.test.ts', '!test/dev/**'],
  // Lit's production build, as readers get it (the default export condition).
  nodeResolve: { exportConditions: ['production'] },
  concurrency: Number(process.env.TEST_CONCURRENCY) || 2,
  // Development builds warn authors about missing headings and sources; tests make hundreds of
  // such charts on purpose, so those warnings are left out of the report (tests that check the
  // warnings spy on console.warn directly).
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('foi-charts <')),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 240000,
  middleware: [testServerMiddleware],
  reporters: [defaultReporter(), ...(process.env.FOI_TEST_COUNTS ? [countReporter()] : [])],
  plugins: [a11ySnapshotPlugin(), axTreePlugin(), forcedColorsPlugin(), focusPagePlugin(), networkLogPlugin(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: wanted.map((b) => factories[b]()),
};
