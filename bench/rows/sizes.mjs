// Rows 10 and 11: gzip -9 bytes, of each file of the embed and of what each page downloads,
// against the goals and the CI budgets (scripts/size.mjs).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, GOALS, embedFiles, measureSizes } from '../../scripts/size.mjs';
import { pagePath } from '../lib/browser.mjs';
import { downloads, fileList } from '../lib/downloads.mjs';
import { root } from '../lib/env.mjs';
import { bytes, num, ratio } from '../lib/stats.mjs';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** What `npm run size` measures, of this build or the --against one; the baseline: its Chart.js bundle. */
export const sizes = {
  measure: async ({ tmp, against }, variant) => {
    if (variant === 'baseline') return { bundle: gzip(join(tmp, 'baseline-chart.js')), lineBundle: gzip(join(tmp, 'baseline-line-chart.js')) };
    const dir = variant === 'before' ? against : join(root, 'dist');
    return { ...(await measureSizes(dir)), files: embedFiles(dir) };
  },
};

/** The pages whose downloads are measured, by the name of their bench page (`article`: the demo). */
const PAGES = ['one', 'two', 'line', 'article'];
/** Those listed under row 11 (row 12 lists the line and bar pages). */
const LISTED = [
  ['two', 'a bar and a donut (row 14)'],
  ['article', 'the demo article (rows 7, 8)'],
];

/** What each page fetched from dist/, in a fresh context, once per run of the script. */
export const pageBytes = {
  measure: async (ctx, variant) => {
    if (variant === 'baseline') return null;
    const out = {};
    for (const name of PAGES) out[name] = await downloads(ctx, pagePath(name, variant));
    return out;
  },
};

export const once = (R, v, name) => R[v][name]?.[0];

export default [
  {
    id: 10,
    once: { sizes },
    report: (R) => {
      const size = (v) => once(R, v, 'sizes');
      return [
        {
          label: '10. gzip -9, initial download before any chart is drawn (`foi-charts.js`)',
          cell: (v) => (v === 'baseline' ? `${bytes(size(v).bundle)} (its Chart.js bundle)` : bytes(size(v).initial)),
          ratio: (v) => ratio(size(v).initial, size('baseline').bundle),
          goal: `≤ ${bytes(GOALS.initial)} (CI budget ≤ ${bytes(BUDGETS.initial)} ${size('library').initial <= BUDGETS.initial ? '✅' : '❌'})`,
          ok: () => size('library').initial <= GOALS.initial,
        },
      ];
    },
  },
  {
    id: 11,
    once: { sizes, pageBytes },
    report: (R) => {
      const size = (v) => once(R, v, 'sizes');
      const files = [...size('library').sizes.keys()].map((f) => `\`${relative(join(root, 'dist'), f)}\``).join(' + ');
      return [
        {
          label: `11. gzip -9, page with a bar and a donut (${files})`,
          cell: (v) => (v === 'baseline' ? `${bytes(size(v).bundle)} (its Chart.js bundle)` : bytes(size(v).barAndDonut)),
          ratio: (v) => ratio(size(v).barAndDonut, size('baseline').bundle),
          goal: `≤ ${bytes(GOALS.barAndDonut)} (CI budget ≤ ${bytes(BUDGETS.barAndDonut)} ${size('library').barAndDonut <= BUDGETS.barAndDonut ? '✅' : '❌'})`,
          ok: () => size('library').barAndDonut <= GOALS.barAndDonut,
        },
        ...LISTED.map(([name, title]) => ({
          label: `11. gzip -9, JS the page with ${title} fetched from \`dist/\`: ${fileList(once(R, 'library', 'pageBytes')[name])}`,
          cell: (v) => bytes(v === 'baseline' ? size(v).bundle : once(R, v, 'pageBytes')[name].bytes),
          ratio: (v) => ratio(once(R, v, 'pageBytes')[name].bytes, size('baseline').bundle),
          goal: 'reported',
          ok: () => null,
        })),
      ];
    },
    notes: (R, { variants }) => [
      `Row 11, gzip -9 bytes of each file of the embed: ${variants
        .filter((v) => v !== 'baseline')
        .map((v) => `${v}: ${[...once(R, v, 'sizes').files].map(([name, n]) => `\`${name}\` ${bytes(n)}`).join(', ')}`)
        .join('; ')}.`,
    ],
  },
];
