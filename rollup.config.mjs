// The builds, each with a source map beside every file (the three files a partner page loads
// have 'hidden' maps: written, but not named in the file, to keep the bytes readers download):
//  1. dist/*.js             ESM entry points for bundlers (lit, chart.js, d3-dsv, @lit/react and
//                           react stay imports), minified, with .d.ts types in dist/types/
//  2. dist/dev/*.js         the same entries unminified, with the authoring warnings kept: what
//                           the `development` export condition resolves to (Vite's dev server,
//                           webpack in development mode); Lit's own development build follows
//                           the same condition
//  3. dist/foi-charts.js    the classic-script partner embed: Lit and every element, minified
//  4. dist/foi-charts-draw.js    the Chart.js half the embed loads on demand, beside itself
//  5. dist/foi-charts-remote.js  CSV/JSON fetching, loaded only by charts with `src`; and
//     foi-charts-series.js, -draw-all.js, -sound.js, -export.js: column and line charts, Play
//     as sound, Download image
//  6. dist/builder/         the chart builder page: its own script, never part of the embed
// and, last, dist/integrity.json: the sha384 of every file in dist/ (for SRI on a CDN).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitLiterals } from './scripts/rollup-minify-literals.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const tags = ['foi-bar-chart', 'foi-donut-chart', 'foi-column-chart', 'foi-line-chart', 'offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];
const SRC = here('./src/');

const ts = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    outDir: undefined,
    rootDir: undefined,
    sourceMap: true,
    inlineSources: true,
    ...options,
  });

// Production builds: development-only checks (authoring warnings) are compiled out.
const devFlag = (dev) => replace({ preventAssignment: true, values: { __FOI_DEV__: String(dev) } });

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

/**
 * The define modules (src/all.ts, src/<tag>.ts, src/react.ts, src/embed.ts) exist for their side
 * effect. package.json's `sideEffects` names only the built dist/ files, and node-resolve applies
 * it to src/ too: without this, rollup would drop `import './foi-bar-chart.js'` from all.ts and
 * dist/all.js would define nothing.
 */
const DEFINE_MODULES = new Set(['all', 'embed', 'react', ...tags].map((name) => `${SRC}${name}.ts`));
const defineModulesHaveSideEffects = () => ({
  name: 'foi-define-modules-have-side-effects',
  transform(code, id) {
    if (!DEFINE_MODULES.has(id.split('?')[0])) return null;
    return { code, map: null, moduleSideEffects: 'no-treeshake' };
  },
});

/** dist/foi-charts.css: the room each chart keeps before the script defines the tags. */
const reserveStyles = () => ({
  name: 'foi-reserve-styles',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'foi-charts.css', source: readFileSync(here('./src/foi-charts.css'), 'utf8') });
    // Its types: a side-effect import (`import 'foi-charts/foi-charts.css'`) that TypeScript resolves.
    this.emitFile({ type: 'asset', fileName: 'foi-charts.css.d.ts', source: '// foi-charts/foi-charts.css: a stylesheet, imported for its side effect.\nexport {};\n' });
  },
});

/** The embed is a classic script: swap the chunk loaders for ones that find chunks by URL. */
const embedLoader = () => ({
  name: 'foi-embed-loader',
  resolveId(source, importer) {
    if (!importer || importer.endsWith('chunks.embed.ts')) return null;
    if (resolve(dirname(importer), source) === here('./src/base/chunks.js')) return here('./src/base/chunks.embed.ts');
    return null;
  },
});

/** Writes dist/integrity.json once every build has written its files (rollup runs them in order). */
const integrity = () => ({
  name: 'foi-integrity',
  writeBundle() {
    const dist = here('./dist/');
    const files = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name !== 'integrity.json') files.push(relative(dist, path).split('\\').join('/'));
      }
    };
    walk(dist);
    const list = Object.fromEntries(
      files.sort().map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`]),
    );
    writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(list, null, 2)}\n`);
  },
});

/** Starts from an empty dist/, so no file of an earlier build is shipped or listed in integrity.json. */
const cleanDist = () => ({
  name: 'foi-clean-dist',
  buildStart() {
    rmSync(here('./dist/'), { recursive: true, force: true });
  },
});

/** dist/builder/index.html and its stylesheet, the page named with this version. */
const builderPage = () => ({
  name: 'foi-builder-page',
  generateBundle() {
    const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8'));
    const page = readFileSync(here('./src/builder/index.html'), 'utf8').replaceAll('%VERSION%', version);
    this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
    this.emitFile({ type: 'asset', fileName: 'builder.css', source: readFileSync(here('./src/builder/builder.css'), 'utf8') });
  },
});

/** Never let a missing export or circular import pass silently. */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const esmInput = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['all', 'src/all.ts'],
  ['react', 'src/react.ts'],
  // The reading API: no DOM, no Lit, no Chart.js (what the elements read, and why).
  ['read', 'src/read/index.ts'],
  ...tags.map((tag) => [tag, `src/${tag}.ts`]),
]);
const external = [/^lit(\/|$)/, /^@lit\//, /^chart\.js(\/|$)/, /^d3-dsv$/, /^react(\/|$)/];

export default [
  {
    input: esmInput,
    external,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      cleanDist(),
      defineModulesHaveSideEffects(),
      ts({ declaration: true, declarationDir: 'dist/types', outDir: 'dist', rootDir: 'src' }),
      devFlag(false),
      minifyLitLiterals(),
      nodeResolve(),
      minify(),
    ],
    onwarn,
  },
  {
    input: esmInput,
    external,
    output: {
      dir: 'dist/dev',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [defineModulesHaveSideEffects(), ts({ outDir: 'dist/dev' }), devFlag(true), nodeResolve()],
    onwarn,
  },
  {
    input: 'src/embed.ts',
    // The map is written beside it but not named in the file ('hidden'): the embed is what every
    // reader downloads, and its size is budgeted (scripts/size.mjs). DevTools can load
    // foi-charts.js.map by hand.
    output: { file: 'dist/foi-charts.js', format: 'iife', inlineDynamicImports: true, sourcemap: 'hidden' },
    plugins: [defineModulesHaveSideEffects(), embedLoader(), reserveStyles(), ts(), devFlag(false), minifyLitLiterals(), nodeResolve(), minify()],
    onwarn,
  },
  // The chart builder: a page of its own, with Lit and the reading API in one script. The chart
  // elements come from the embed beside it (the page loads ../foi-charts.js).
  {
    input: 'src/builder/index.ts',
    output: { dir: 'dist/builder', format: 'es', entryFileNames: 'builder.js', inlineDynamicImports: true, sourcemap: true },
    plugins: [builderPage(), ts(), devFlag(false), minifyLitLiterals(), nodeResolve(), minify()],
    onwarn,
  },
  // The embed's chunks, loaded on demand beside it (src/base/chunks.embed.ts), each one file a
  // partner can give an integrity hash: the drawing with Chart.js inside, for bars and donuts and
  // with every kind (for a column or line chart: Chart.js is one module, so chunks sharing it
  // would all carry the line chart's pieces), data files, several series, sound, the saved picture.
  ...[
    ['src/draw/index.ts', 'dist/foi-charts-draw.js'],
    ['src/draw/all-kinds.ts', 'dist/foi-charts-draw-all.js'],
    ['src/core/fetch-data.ts', 'dist/foi-charts-remote.js'],
    ['src/series/index.ts', 'dist/foi-charts-series.js'],
    ['src/sound/index.ts', 'dist/foi-charts-sound.js'],
    ['src/draw/export/index.ts', 'dist/foi-charts-export.js'],
  ].map(([input, file], i, all) => ({
    input,
    output: { file, format: 'es', sourcemap: 'hidden' },
    plugins: [ts(), devFlag(false), minifyLitLiterals(), nodeResolve(), minify(), ...(i === all.length - 1 ? [integrity()] : [])],
    onwarn,
  })),
];
