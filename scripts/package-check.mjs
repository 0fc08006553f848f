#!/usr/bin/env node
// `npm run test:package`: the package as a user gets it from npm.
//
//  1. builds, then `npm pack`s the package and installs the tarball into a fixture app
//     (.package-check/app, made afresh from test/package/ on every run);
//  2. bundles every entry (test/package/entries/) with esbuild and with Vite, and the README's
//     bundler entry once more with esbuild under the `development` condition;
//  3. serves each bundle on 127.0.0.1 and loads it in headless Chromium: exactly the tags the
//     entry defines are defined, and each of them reaches state="ready" with a canvas; the React
//     entry also checks that React 19 JSX and the @lit/react wrapper set `data` and hear events;
//  4. imports every entry in plain Node (a server-side build does), which must not throw;
//  5. type-checks test/package/types/ against the installed package: React 19 JSX (tsc),
//     Vue 3 templates (vue-tsc), Svelte 5 markup (svelte-check); the `@ts-expect-error` and
//     `@vue-expect-error` lines must fail, and Svelte's Bad.svelte must have exactly 3 errors;
//  6. runs `publint --strict` and `attw --profile esm-only` on the tarball;
//  7. builds and runs framework apps as their users would: a Vue app with Vite (the config
//     names the tags with `foiChartTags`), a Next.js app (`next build`, `next start`; the
//     charts' data never changes, so each is drawn from what the server rendered or what a
//     wrapper set after hydration, and its data file is fetched once, never cancelled), and an
//     Astro component's HTML and script (Astro itself needs Node 22); each drawn in Chromium;
//  8. checks that every code sample in the README and docs/ is a file of these fixtures, word for
//     word, so the samples are the code that was type-checked or run.
//
// Prints one line per check and a summary; exits 1 if any check failed.
// The fixture app lives inside the repository (git-ignored) so that the type fixtures find
// react, vue and svelte in the repository's node_modules, while `foi-charts` and its own
// dependencies resolve to the installed tarball.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/package');
const work = join(root, '.package-check');
const app = join(work, 'app');
const bin = (name) => join(root, 'node_modules/.bin', name);
const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const TAGS = ['foi-bar-chart', 'foi-donut-chart', 'foi-column-chart', 'foi-line-chart', 'offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];
/** Each entry, and the tags a page that imports it must have defined (and no others). */
const ENTRIES = {
  all: TAGS,
  ...Object.fromEntries(TAGS.map((tag) => [tag, [tag]])),
  index: ['my-bar-chart'],
  react: TAGS,
};
/** The attributes' documented defaults, as the manifest must give them (the code's, src/base/chart-properties.ts). */
const DEFAULTS = { theme: "'light'", sort: "'desc'", 'value-format': "'number'", actions: "'table csv'", 'heading-level': '2', layout: "'grouped'" };
const entryFile = (name) => `./src/${name}.${name === 'react' ? 'jsx' : 'js'}`;
const started = Date.now();
const results = [];
const skipBuild = process.argv.includes('--no-build');

function record(ok, what, detail = '') {
  results.push({ ok, what });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `  (${detail})` : ''}`);
}

function run(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: res.status ?? 1, out: `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}` };
}

function step(title) {
  console.log(`\n# ${title}`);
}

// ----- 1. build, pack, install ----------------------------------------------------------------

step('build and pack');
if (!skipBuild) {
  const build = run('npm', ['run', 'build', '--silent']);
  record(build.status === 0, 'npm run build', build.status ? build.out.slice(-2000) : '');
  if (build.status) finish();
}
rmSync(work, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))[0];
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path);
record(true, `npm pack: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
const stray = files.filter((f) => !/^(dist\/|custom-elements\.json$|docs\/[\w-]+\.png$|package\.json$|README\.md$|LICENSE$)/.test(f));
record(stray.length === 0, "the tarball holds only dist/, the manifest, README's picture, README, LICENSE and package.json", stray.join(', '));
// The README is the npm page: every link and picture must be a full URL, and one into this
// package must name a file the package ships.
{
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  const bad = links.filter((href) => {
    if (!/^https?:\/\//.test(href)) return true;
    const own = /^https:\/\/(cdn\.jsdelivr\.net\/npm|unpkg\.com)\/foi-charts@[^/]+\/(.+)$/.exec(href);
    return own ? !files.includes(own[2]) : false;
  });
  record(bad.length === 0, `README: ${links.length} links, each a full URL, none to a file the package lacks`, bad.join(', '));
  // CDN URLs anywhere in the README (the script-tag examples too): this version, shipped files.
  const cdn = [...readme.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/foi-charts@([^/\s"'`]+)\/([^\s"'`)]+)/g)];
  const wrong = cdn.filter(([, version, file]) => version !== packed.version || !files.includes(file)).map((m) => m[0]);
  record(cdn.length > 0 && wrong.length === 0, `README: ${cdn.length} CDN URLs, each for ${packed.version} and a shipped file`, wrong.join(', '));
}
const maps = files.filter((f) => f.endsWith('.js') && !files.includes(`${f}.map`));
record(maps.length === 0, 'every shipped .js file has its source map', maps.join(', '));

// The manifest: public API only, paths to shipped files, every colour with its default.
{
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const problems = [];
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const mod of manifest.modules) {
    if (!files.includes(mod.path)) problems.push(`module ${mod.path} is not shipped`);
    for (const e of mod.exports ?? []) if (!files.includes(e.declaration.module)) problems.push(`export ${e.name} points at ${e.declaration.module}`);
  }
  const defined = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  for (const tag of TAGS) if (!defined.includes(tag)) problems.push(`no definition of <${tag}>`);
  for (const d of declarations) {
    for (const m of d.members ?? []) if (m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#') || m.static) problems.push(`${d.name}.${m.name} is not public`);
    if (!d.tagName) continue;
    const css = new Map((d.cssProperties ?? []).map((p) => [p.name, p.default]));
    for (let n = 1; n <= 8; n++) if (!/^#[0-9a-f]{6}$/.test(css.get(`--foi-color-${n}`) ?? '')) problems.push(`${d.tagName}: --foi-color-${n} default`);
    for (const e of d.events ?? []) if (!e.type?.text?.startsWith('CustomEvent<{')) problems.push(`${d.tagName}: event ${e.name} has no detail type`);
    if ((d.cssParts ?? []).length < 10) problems.push(`${d.tagName}: ${(d.cssParts ?? []).length} parts`);
    const attributes = new Map((d.attributes ?? []).map((a) => [a.name, a]));
    for (const [name, value] of Object.entries(DEFAULTS)) {
      if (attributes.get(name)?.default !== value) problems.push(`${d.tagName}: ${name} default ${attributes.get(name)?.default}, not ${value}`);
    }
    if (!/\bsound\b/.test(attributes.get('actions')?.description ?? '')) problems.push(`${d.tagName}: actions does not name sound`);
  }
  // Every inherited member and superclass names a shipped module that declares that class.
  const declaredIn = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => `${m.path}#${d.name}`)));
  for (const d of declarations) {
    const refs = [d.superclass, ...[...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])].map((m) => m.inheritedFrom)];
    for (const ref of refs) if (ref?.module && !declaredIn.has(`${ref.module}#${ref.name}`)) problems.push(`${d.name}: ${ref.name} is not declared in ${ref.module}`);
  }
  const kB = readFileSync(join(root, 'custom-elements.json')).length / 1024;
  record(problems.length === 0, `custom-elements.json (${kB.toFixed(0)} kB): only public members, shipped module paths, a definition per tag, --foi-color-1…8 with defaults, typed event details, real attribute defaults, inheritance that resolves`, problems.slice(0, 20).join('; '));
}

writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'foi-charts-fixture', private: true, type: 'module', dependencies: { 'foi-charts': `file:${tarball}` } }, null, 2),
);
const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
record(install.status === 0, 'npm install <tarball> in a fresh app', install.status ? install.out.slice(-2000) : '');
if (install.status) finish();
{
  // Only React users need React's types and the wrappers' helper: optional peers, never pulled.
  const pulled = ['react', '@types/react', '@lit/react'].filter((name) => existsSync(join(app, 'node_modules', name)));
  record(pulled.length === 0, 'a plain install pulls neither react, @types/react nor @lit/react', pulled.join(', '));
}
cpSync(join(fixtures, 'entries'), join(app, 'src'), { recursive: true });
cpSync(join(fixtures, 'types'), join(app, 'types'), { recursive: true });
cpSync(join(fixtures, 'node-import.mjs'), join(app, 'node-import.mjs'));
const page = readFileSync(join(fixtures, 'page.html'), 'utf8');
const pageFor = (name, script) => page.replace('__NAME__', name).replace('__SCRIPT__', script);

// ----- 2. bundle ----------------------------------------------------------------------------

step('bundle every entry with esbuild and Vite');
const out = join(work, 'out');
const cases = [];
{
  const esbuild = await import('esbuild');
  for (const [label, conditions] of [
    ['esbuild', []],
    ['esbuild-development', ['development']],
  ]) {
    const names = label === 'esbuild' ? Object.keys(ENTRIES) : ['all'];
    try {
      await esbuild.build({
        absWorkingDir: app,
        entryPoints: Object.fromEntries(names.map((name) => [`${name}/main`, entryFile(name)])),
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': JSON.stringify(conditions.includes('development') ? 'development' : 'production') },
        bundle: true,
        splitting: true,
        format: 'esm',
        minify: label === 'esbuild',
        conditions,
        outdir: join(out, label),
        logLevel: 'error',
      });
      for (const name of names) {
        writeFileSync(join(out, label, name, 'index.html'), pageFor(name, '<script type="module" src="./main.js"></script>'));
        cases.push({ bundler: label, name, url: `/${label}/${name}/index.html` });
      }
      record(true, `${label}: bundled ${names.length} entr${names.length === 1 ? 'y' : 'ies'}`);
    } catch (error) {
      record(false, `${label}: bundle`, error.message);
    }
  }
}
{
  const pages = join(app, 'pages');
  mkdirSync(pages, { recursive: true });
  for (const name of Object.keys(ENTRIES)) {
    writeFileSync(join(pages, `${name}.html`), pageFor(name, `<script type="module" src="${entryFile(name).replace('./', '../')}"></script>`));
  }
  const vite = await import('vite');
  try {
    await vite.build({
      root: app,
      configFile: false,
      base: './',
      logLevel: 'error',
      build: {
        outDir: join(out, 'vite'),
        emptyOutDir: true,
        rollupOptions: { input: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, join(pages, `${name}.html`)])) },
      },
    });
    for (const name of Object.keys(ENTRIES)) cases.push({ bundler: 'vite', name, url: `/vite/pages/${name}.html` });
    record(true, `vite ${vite.version}: bundled ${Object.keys(ENTRIES).length} entries`);
  } catch (error) {
    record(false, 'vite: bundle', error.message);
  }
}

// ----- 3. load each page in Chromium --------------------------------------------------------

step('load every bundle in headless Chromium');
const { origin, close } = await serve(out);
let browser;
try {
  browser = await launchChromium();
  for (const c of cases) {
    const expected = ENTRIES[c.name];
    const browserPage = await browser.newPage();
    const logs = [];
    browserPage.on('console', (msg) => logs.push(msg.text()));
    browserPage.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
    try {
      await browserPage.setViewport({ width: 900, height: 4000 });
      await browserPage.goto(`${origin}${c.url}`, { waitUntil: 'load' });
      const report = await browserPage.evaluate(
        async (all, expected) => {
          const wait = (ms) => new Promise((r) => setTimeout(r, ms));
          const end = Date.now() + 15000;
          // Module scripts run after load in some bundles' pages: give the tags a moment.
          while (Date.now() < end && !expected.every((t) => customElements.get(t))) await wait(50);
          const defined = all.filter((t) => customElements.get(t));
          const charts = [];
          for (const tag of expected) {
            const el = document.querySelector(tag);
            while (Date.now() < end && !(el?.getAttribute('state') === 'ready' && el.chart && el.shadowRoot?.querySelector('canvas'))) await wait(50);
            charts.push({ tag, state: el?.getAttribute('state'), canvas: Boolean(el?.shadowRoot?.querySelector('canvas')), chart: Boolean(el?.chart) });
          }
          const extra = window.__extraCheck ? await window.__extraCheck() : [];
          return { defined, charts, extra };
        },
        [...TAGS, 'my-bar-chart'],
        expected,
      );
      const sameTags = report.defined.join() === [...expected].sort((a, b) => [...TAGS, 'my-bar-chart'].indexOf(a) - [...TAGS, 'my-bar-chart'].indexOf(b)).join();
      const drawn = report.charts.every((ch) => ch.state === 'ready' && ch.canvas && ch.chart);
      const problems = [];
      if (!sameTags) problems.push(`defined: [${report.defined.join(', ')}], expected [${expected.join(', ')}]`);
      for (const ch of report.charts) if (!(ch.state === 'ready' && ch.canvas && ch.chart)) problems.push(`${ch.tag}: state=${ch.state} canvas=${ch.canvas}`);
      problems.push(...report.extra);
      const errors = logs.filter((l) => l.startsWith('pageerror'));
      if (errors.length) problems.push(errors.join('; '));
      let devNote = '';
      if (c.bundler === 'esbuild-development') {
        // The development condition: Lit's development build and foi-charts' authoring warnings.
        const litDev = logs.some((l) => l.startsWith('Lit is in dev mode'));
        const warned = logs.some((l) => l.startsWith('foi-charts <'));
        if (!litDev) problems.push("no 'Lit is in dev mode' notice");
        if (!warned) problems.push('no authoring warning');
        devNote = ', Lit dev mode and authoring warnings seen';
      } else if (logs.some((l) => l.startsWith('Lit is in dev mode') || l.startsWith('foi-charts <'))) {
        problems.push('development output in a production bundle');
      }
      record(
        sameTags && drawn && !problems.length,
        `${c.bundler} ${c.name}: defines ${expected.length === TAGS.length ? 'every tag' : expected.join(', ')} and nothing else; each is ready with a chart${devNote}${c.name === 'react' ? '; React 19 JSX and the @lit/react wrapper set data and hear foi-render' : ''}`,
        problems.join('; '),
      );
    } catch (error) {
      record(false, `${c.bundler} ${c.name}: load`, error.message);
    } finally {
      await browserPage.close();
    }
  }
} catch (error) {
  record(false, 'Chromium', error.message);
} finally {
  await browser?.close();
  close();
}

// ----- 4. plain Node ------------------------------------------------------------------------

step('import every entry in plain Node');
{
  const res = run(process.execPath, ['node-import.mjs'], { cwd: app });
  for (const line of res.out.trim().split('\n')) console.log(`     ${line}`);
  record(res.status === 0, 'node: every entry imports without throwing');
}

// ----- 5. types -----------------------------------------------------------------------------

step('type fixtures (React: tsc; Vue: vue-tsc; Svelte: svelte-check)');
{
  const tsc = run(bin('tsc'), ['-p', join(app, 'types/react/tsconfig.json')]);
  record(tsc.status === 0, 'React 19 JSX: app.tsx compiles, and its @ts-expect-error lines fail', tsc.out.trim().slice(0, 3000));
  const expectErrors = readFileSync(join(fixtures, 'types/react/app.tsx'), 'utf8').match(/@ts-expect-error/g).length;
  record(expectErrors >= 6, `React fixture has ${expectErrors} @ts-expect-error lines (an unused one is itself an error)`);

  const plain = run(bin('tsc'), ['-p', join(app, 'types/plain/tsconfig.json')]);
  record(plain.status === 0, 'TypeScript without any framework, skipLibCheck false: the framework declarations cost nothing', plain.out.trim().slice(0, 3000));

  const vue = run(bin('vue-tsc'), ['-p', join(app, 'types/vue/tsconfig.json')]);
  record(vue.status === 0, 'Vue 3 (strictTemplates): App.vue compiles with vue-tsc, global attributes and DOM events included, and its @vue-expect-error lines fail', vue.out.trim().slice(0, 3000));
  cpSync(join(fixtures, 'vue'), join(app, 'vue'), { recursive: true });
  const vueApp = run(bin('vue-tsc'), ['-p', join(app, 'vue/tsconfig.json')]);
  record(vueApp.status === 0, "Vue 3: the docs' app (App.vue, vite.config.ts with foiChartTags) compiles with vue-tsc", vueApp.out.trim().slice(0, 3000));

  const svelteArgs = (config) => ['--workspace', join(app, 'types/svelte'), '--tsconfig', join(app, 'types/svelte', config), '--output', 'machine', '--fail-on-warnings'];
  const good = run(bin('svelte-check'), svelteArgs('tsconfig.json'));
  record(good.status === 0, 'Svelte 5: Good.svelte passes svelte-check', good.status ? good.out.trim().slice(-3000) : '');
  const bad = run(bin('svelte-check'), svelteArgs('tsconfig.bad.json'));
  const errorLines = bad.out.split('\n').filter((l) => /\sERROR\s/.test(l));
  const onTheme = errorLines.some((l) => l.includes('drak'));
  const onData = errorLines.some((l) => l.includes('Datum'));
  const onName = errorLines.some((l) => l.includes('hedaing'));
  record(
    bad.status !== 0 && errorLines.length === 3 && onTheme && onData && onName,
    'Svelte 5: Bad.svelte fails svelte-check with exactly its 3 errors (a misspelt theme, a misspelt attribute, a string data)',
    `${errorLines.length} errors: ${errorLines.join(' | ').slice(0, 2000)}`,
  );
}

// ----- 6. publint and attw ------------------------------------------------------------------

step('publint --strict and attw (esm-only)');
{
  const publint = run(bin('publint'), ['run', tarball, '--strict']);
  const clean = publint.status === 0 && !/\b(Warnings?|Errors?|Suggestions?):/i.test(publint.out);
  record(clean, 'publint --strict: no errors, warnings or suggestions', clean ? '' : publint.out.trim().slice(0, 3000));
  const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  record(attw.status === 0, 'attw --profile esm-only, every entry point (the stylesheet too): no problems', attw.status ? attw.out.trim().slice(0, 3000) : '');
}

// ----- 7. framework apps ----------------------------------------------------------------------

step('framework apps: Vue (Vite), Next.js (next build, next start), an Astro component');
await frameworkApps();

// ----- 8. the docs' code samples ------------------------------------------------------------

step("the docs' code samples: every TypeScript or JavaScript sample is a fixture file");
{
  // HTML, CSS and shell samples are tested in the browser (test/docs/samples.test.ts); code
  // samples are fixture files here, word for word, so the samples are the code type-checked,
  // built or run above.
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  let count = 0;
  const problems = [];
  for (const name of docs) {
    const doc = readFileSync(join(root, name), 'utf8');
    for (const [, file, lang, code] of doc.matchAll(/(?:<!-- sample: (\S+) -->\n)?\s*```(\w*)\n([\s\S]*?)```/g)) {
      if (!/^(?:js|jsx|ts|tsx|vue|svelte|astro)$/.test(lang)) continue;
      count++;
      if (!file) problems.push(`${name}: a ${lang} sample with no file: ${code.split('\n')[0]}`);
      else if (!existsSync(join(root, file))) problems.push(`${name}: ${file} does not exist`);
      else if (readFileSync(join(root, file), 'utf8').trim() !== code.trim()) problems.push(`${name}: ${file} differs from its sample`);
    }
  }
  record(count > 0 && problems.length === 0, `README and docs/: ${count} code samples, each a fixture file word for word`, problems.join('; '));
}

finish();

/** Serves a folder on 127.0.0.1 (index.html for a folder). */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.csv': 'text/csv' };
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.startsWith(dir) && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Loads a page and runs `inPage(arg)` in it; returns its result, the console, and every request
 * with how it failed (a cancelled one: net::ERR_ABORTED).
 */
async function visit(browser, url, inPage, arg) {
  const page = await browser.newPage();
  const logs = [];
  const requests = new Map();
  // A failed load is reported by its response (below), with its URL; a page without an icon is fine.
  page.on('console', (msg) => msg.text().startsWith('Failed to load resource') || logs.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) logs.push(`error: ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => requests.set(request, { url: request.url(), failed: null }));
  page.on('requestfailed', (request) => {
    const entry = requests.get(request);
    if (entry) entry.failed = request.failure()?.errorText ?? 'failed';
  });
  try {
    await page.setViewport({ width: 900, height: 3000 });
    await page.goto(url, { waitUntil: 'load' });
    const report = await page.evaluate(inPage, arg);
    // A request given up after the chart drew would be logged a moment later.
    await new Promise((ok) => setTimeout(ok, 500));
    return { report, logs, requests: [...requests.values()] };
  } finally {
    await page.close();
  }
}

/** In the page: waits for each `[selector, labels]` chart to be ready with those labels (sorted); returns what is wrong. */
async function chartsDrawn(expected) {
  const end = Date.now() + 20000;
  const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const drawn = (el, labels) => el?.getAttribute('state') === 'ready' && [...(el.chart?.data.labels ?? [])].sort().join() === labels;
  const problems = [];
  for (const [selector, labels] of expected) {
    while (Date.now() < end && !drawn(document.querySelector(selector), labels)) await wait(50);
    const el = document.querySelector(selector);
    if (!drawn(el, labels)) problems.push(`${selector}: state=${el?.getAttribute('state')}, labels ${[...(el?.chart?.data.labels ?? [])].sort().join()}, not ${labels}`);
  }
  return problems;
}

async function frameworkApps() {
  const browser = await launchChromium();
  try {
    await vueApp(browser);
    await nextApp(browser);
    await astroComponent(browser);
  } catch (error) {
    record(false, 'framework apps', error.stack);
  } finally {
    await browser.close();
  }
}

/** The docs' Vue app, built by Vite with the docs' config: drawn, and redrawn when its array is replaced. */
async function vueApp(browser) {
  const vite = await import('vite');
  const dir = join(app, 'vue');
  try {
    await vite.build({ root: dir, configFile: join(dir, 'vite.config.ts'), base: './', logLevel: 'error', build: { outDir: join(out, 'vue-app'), emptyOutDir: true } });
  } catch (error) {
    record(false, 'Vue app: vite build', error.message);
    return;
  }
  const { origin, close } = await serve(join(out, 'vue-app'));
  try {
    const { report, logs } = await visit(browser, `${origin}/index.html`, async (check) => {
      const problems = await eval(check)([['#platforms', 'Facebook,Snapchat']]);
      const drawnText = () => document.querySelector('#drawn')?.textContent;
      if (drawnText() !== '2') problems.push(`@foi-render heard ${drawnText()} labels, not 2`);
      document.querySelector('button').click();
      problems.push(...(await eval(check)([['#platforms', 'Facebook,Instagram,Snapchat']])));
      const end = Date.now() + 5000;
      while (Date.now() < end && drawnText() !== '3') await new Promise((ok) => setTimeout(ok, 50));
      if (drawnText() !== '3') problems.push(`after the array was replaced, @foi-render heard ${drawnText()} labels, not 3`);
      return problems;
    }, `(${chartsDrawn})`);
    const errors = logs.filter((l) => /^(error|pageerror|warn)/.test(l));
    record(!report.length && !errors.length, 'Vue app (Vite, isCustomElement from foiChartTags): drawn from :data, @foi-render heard, redrawn when the array is replaced', [...report, ...errors].join('; '));
  } finally {
    close();
  }
}

/**
 * The Next.js app (App Router): `next build`, `next start`, then Chromium. Its charts' data never
 * changes, so nothing but what the server rendered (and a wrapper's effect) can draw them.
 */
async function nextApp(browser) {
  const dir = join(app, 'next');
  cpSync(join(fixtures, 'next'), dir, { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(root, 'test/fixtures/platforms.csv'), join(dir, 'public/platforms.csv'));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FOI_REPO_ROOT: root };
  const built = run(bin('next'), ['build'], { cwd: dir, env });
  record(built.status === 0, `next build (Next.js ${JSON.parse(readFileSync(join(root, 'node_modules/next/package.json'), 'utf8')).version}, type-checked)`, built.status ? built.out.slice(-3000) : '');
  if (built.status) return;
  const port = await new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const end = Date.now() + 30000;
    while (Date.now() < end && !(await fetch(origin).then((r) => r.ok, () => false))) await new Promise((ok) => setTimeout(ok, 200));
    const { report, logs, requests } = await visit(browser, `${origin}/`, async (check) => {
      const problems = await eval(check)([
        ['foi-bar-chart:not([src])', 'Facebook,Snapchat'],
        ['foi-donut-chart', 'Charged,No further action'],
        ['foi-bar-chart[src]', 'Facebook,Instagram,Snapchat'],
      ]);
      const raw = document.querySelector('foi-bar-chart:not([src])');
      if (raw?.valueFormat !== 'both') problems.push(`valueFormat is ${raw?.valueFormat}: the server's valueformat attribute was not read`);
      return problems;
    }, `(${chartsDrawn})`);
    const problems = [...report];
    if (!logs.some((l) => l.startsWith('log: drawn'))) problems.push("the wrapper's onFoiRender was not called");
    problems.push(...logs.filter((l) => /^(error|pageerror|warn)/.test(l)));
    const data = requests.filter((r) => new URL(r.url).pathname === '/platforms.csv');
    if (data.length !== 1) problems.push(`platforms.csv requested ${data.length} times`);
    for (const r of requests.filter((r) => r.failed)) problems.push(`${r.url}: ${r.failed}`);
    record(
      !problems.length,
      "Next.js app: after hydration, the raw tag draws from values and valueFormat, the wrapper from data (onFoiRender heard), a src chart from one request never cancelled",
      problems.join('; '),
    );
  } finally {
    server.kill();
  }
}

/**
 * The docs' Astro component as Astro builds it (Astro itself needs Node 22): its markup with the
 * frontmatter's expressions written out, and its script bundled (here by Vite, as Astro does).
 */
async function astroComponent(browser) {
  const source = readFileSync(join(fixtures, 'astro/Chart.astro'), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const script = /<script>([\s\S]*?)<\/script>/.exec(body)[1];
  const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const markup = body
    .replace(/<script>[\s\S]*?<\/script>/, '')
    .replace(/=\{([^}]*)\}/g, (_, expression) => `="${escape(new Function(`${frontmatter}\nreturn (${expression});`)())}"`);
  const dir = join(app, 'astro');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), script);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Astro</title><script type="module" src="./main.js"></script></head><body>${markup}</body></html>`);
  const vite = await import('vite');
  await vite.build({ root: dir, configFile: false, base: './', logLevel: 'error', build: { outDir: join(out, 'astro'), emptyOutDir: true } });
  const { origin, close } = await serve(join(out, 'astro'));
  try {
    const { report, logs } = await visit(browser, `${origin}/index.html`, async (check) => eval(check)([['foi-bar-chart', 'Facebook,Snapchat']]), `(${chartsDrawn})`);
    const errors = logs.filter((l) => /^(error|pageerror)/.test(l));
    record(!report.length && !errors.length, "Astro component: its HTML (values from the frontmatter) and its bundled script draw the chart", [...report, ...errors].join('; '));
  } finally {
    close();
  }
}

function finish() {
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\npackage check: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failed ? 1 : 0);
}
