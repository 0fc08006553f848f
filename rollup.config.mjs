// Three builds:
//  1. dist/*.js            ESM entry points for bundlers (lit, chart.js, d3-dsv stay imports), with .d.ts types
//  2. dist/foi-charts.js   the classic-script partner embed: Lit and every element, minified
//  3. dist/foi-charts-draw.js    the Chart.js half the embed loads on demand, beside itself
//  4. dist/foi-charts-remote.js  CSV/JSON fetching, loaded only by charts with `src`
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitLiterals } from './scripts/rollup-minify-literals.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const tags = ['foi-bar-chart', 'foi-donut-chart', 'offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];

const ts = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, ...options });

// Production builds: development-only checks (authoring warnings) are compiled out.
const production = () => replace({ preventAssignment: true, values: { __FOI_DEV__: 'false' } });

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

/** The embed is a classic script: swap the chunk loaders for ones that find chunks by URL. */
const embedLoader = () => ({
  name: 'foi-embed-loader',
  resolveId(source, importer) {
    if (source === './chunks.js' && importer?.endsWith('foi-chart.ts')) return here('./src/base/chunks.embed.ts');
    return null;
  },
});

/** Never let a missing export or circular import pass silently. */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ['all', 'src/all.ts'],
      ...tags.map((tag) => [tag, `src/${tag}.ts`]),
    ]),
    external: [/^lit(\/|$)/, /^@lit\//, /^chart\.js(\/|$)/, /^d3-dsv$/],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      ts({ declaration: true, declarationDir: 'dist/types', outDir: 'dist', rootDir: 'src' }),
      production(),
      minifyLitLiterals(),
      nodeResolve(),
      minify(),
    ],
    onwarn,
  },
  {
    input: 'src/embed.ts',
    output: { file: 'dist/foi-charts.js', format: 'iife', inlineDynamicImports: true },
    plugins: [embedLoader(), ts(), production(), minifyLitLiterals(), nodeResolve(), minify()],
    onwarn,
  },
  ...[
    ['src/draw/index.ts', 'dist/foi-charts-draw.js'],
    ['src/core/fetch-data.ts', 'dist/foi-charts-remote.js'],
  ].map(([input, file]) => ({
    input,
    output: { file, format: 'es' },
    plugins: [ts(), production(), minifyLitLiterals(), nodeResolve(), minify()],
    onwarn,
  })),
];
