// Rows 7 and 8: the demo article on a phone with the CPU slowed 4× (library: demo/index.html;
// baseline: its hand-written Chart.js twin): Total Blocking Time, and the longest script run of
// each of the library's files.
import { articleBaseline } from '../lib/article.mjs';
import { open, pagePath } from '../lib/browser.mjs';
import { env, isLibrary } from '../lib/env.mjs';
import { CPU_SLOWDOWN, PHONE_VIEWPORT } from '../lib/pages.mjs';
import { m, ms, num, ratio, runRatio } from '../lib/stats.mjs';
import { cpuTasks } from '../lib/trace.mjs';

const AFTER_LOAD_MS = 5000;

/**
 * Rows 7 and 8: the demo article (library: demo/index.html; baseline: its hand-written
 * Chart.js twin) at a phone's viewport with the CPU slowed 4×, from navigation to 5 s after the
 * load event: Total Blocking Time from the `longtask` observer, and the longest script run per
 * file from Long Animation Frames.
 */
async function article({ browser, origin }, variant) {
  const s = await open(browser, origin, null, { viewport: PHONE_VIEWPORT });
  try {
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // A light trace, for each task's thread CPU time (see cpuTasks).
    await s.page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    await s.page.goto(origin + pagePath('article', variant), { waitUntil: 'load' });
    await s.page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, { timeout: 30_000 });
    const result = await s.page.evaluate(async (afterLoad) => {
      const loadEnd = performance.getEntriesByType('navigation')[0].loadEventEnd;
      const until = loadEnd + afterLoad;
      await new Promise((r) => setTimeout(r, Math.max(0, until - performance.now())));
      performance.mark('bench-until');
      // Observers deliver their entries a little later than the tasks end.
      await new Promise((r) => setTimeout(r, 250));
      const bench = window.__bench;
      return {
        loadEnd,
        until,
        tasks: bench.longTasks.filter((t) => t.start < until),
        scripts: bench.scripts.filter((x) => x.start < until),
        drawn: bench.renders,
        errors: bench.errors.slice(),
      };
    }, AFTER_LOAD_MS);
    const tbt = result.tasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0);
    const longestTask = Math.max(0, ...result.tasks.map((t) => t.duration));
    // The same from the tasks' CPU time: what a machine with nothing else running would show.
    const cpu = cpuTasks(await s.page.tracing.stop(), 'bench-until');
    const cpuTbt = cpu.reduce((a, t) => a + Math.max(0, t.cpu - 50), 0);
    const cpuLongest = Math.max(0, ...cpu.map((t) => t.cpu));
    // Per file: the longest script run; a file's first evaluation (classic or module script)
    // is also kept on its own.
    const files = {};
    for (const x of result.scripts) {
      const url = x.url ? new URL(x.url, origin) : null;
      // A build served under /before/ (--against) counts as dist/ too.
      const path = url?.pathname.replace(/^\/before\/dist\//, '/dist/');
      const file = !url ? '(no source URL)' : path.startsWith('/dist/') ? path.slice(1) : path.replace(/^\/__bench\//, '');
      const first = x.type === 'classic-script' || x.type === 'module-script';
      const entry = (files[file] ??= { longest: 0, firstEvaluation: null, longestAfterFirst: 0 });
      entry.longest = Math.max(entry.longest, x.duration);
      if (first) entry.firstEvaluation = Math.max(entry.firstEvaluation ?? 0, x.duration);
      else entry.longestAfterFirst = Math.max(entry.longestAfterFirst, x.duration);
    }
    return {
      tbt,
      longestTask,
      cpuTbt,
      cpuLongest,
      cpuLongTasks: cpu.filter((t) => t.cpu > 50),
      longTaskCount: result.tasks.length,
      loadEnd: result.loadEnd,
      files,
      drawn: result.drawn,
      problems: [...s.problems, ...result.errors],
    };
  } finally {
    await s.close();
  }
}

/** The library's page is demo/index.html itself (served from the repository). */
export const articleTask = { page: (variant) => (isLibrary(variant) ? null : articleBaseline().html), measure: article };

export default [
  {
    id: 7,
    tasks: { article: articleTask },
    report: (R) => {
      const f = (x) => x.tbt;
      const c = (x) => x.cpuTbt;
      const cell = (list) => `${ms(m(list, f))} (longest task ${ms(m(list, (x) => x.longestTask))}; ${num(m(list, (x) => x.drawn))} charts drawn)`;
      const cpuCell = (list) => `${ms(m(list, c))} (longest task ${ms(m(list, (x) => x.cpuLongest))})`;
      return [
        {
          label: `7. Demo article (${env.articleCharts} chart tags), ${PHONE_VIEWPORT.width} × ${PHONE_VIEWPORT.height}, CPU ${CPU_SLOWDOWN}× slower: Total Blocking Time, navigation to load + ${AFTER_LOAD_MS / 1000} s`,
          cell: (v) => cell(R[v].article),
          ratio: (v) => runRatio(R[v].article, R.baseline.article, f),
          goal: 'ratio ≤ 0.25; ≤ 150 ms',
          ok: (r) => r <= 0.25 && m(R.library.article, f) <= 150,
        },
        {
          label: "7. The same from the tasks' thread CPU time (as on an idle machine: the throttled thread's CPU time, not the time other processes took)",
          cell: (v) => cpuCell(R[v].article),
          ratio: (v) => runRatio(R[v].article, R.baseline.article, c),
          goal: '≤ 150 ms',
          ok: () => m(R.library.article, c) <= 150,
        },
      ];
    },
  },
  {
    id: 8,
    tasks: { article: articleTask },
    report: (R) => {
      // Each run's longest script run per file (0 when no script of the file ran over 5 ms in a
      // frame over 50 ms: Long Animation Frames report nothing smaller), then the median over runs.
      const L = R.library.article;
      const B = R.baseline.article;
      const files = [...new Set(L.flatMap((x) => Object.keys(x.files)))].filter((f) => f.startsWith('dist/')).sort();
      const isDraw = (file) => /(^|\/)foi-charts-draw\.js$|^dist\/chunks\/.*draw/.test(file);
      const baseLongest = (x) => Math.max(0, ...Object.values(x.files).map((e) => e.longest));
      const baseFile = (x) => Object.entries(x.files).sort((a, b) => b[1].longest - a[1].longest)[0]?.[0] ?? '–';
      const bm = m(B, baseLongest);
      const baseCell = `${ms(bm)} (longest script on the page: \`${baseFile(B[0])}\`)`;
      const rows = files.map((file) => {
        // The goal counts every script run of the file except the drawing chunk's first evaluation.
        const f = (x) => {
          const e = x.files[file];
          if (!e) return 0;
          return isDraw(file) ? e.longestAfterFirst : e.longest;
        };
        const cell = (list) => {
          const v = m(list, f);
          const first = m(list, (x) => x.files[file]?.firstEvaluation ?? 0);
          const note = !isDraw(file) && first > 0 ? ` (its first evaluation ${ms(first)})` : '';
          return v > 0 ? `${ms(v)}${note}` : 'none reported';
        };
        return {
          label: `8. Longest script run attributed to \`${file}\` (Long Animation Frames)${isDraw(file) ? ', apart from its first evaluation' : ''}`,
          cell: (v) => (v === 'baseline' ? baseCell : cell(R[v].article)),
          ratio: (v) => (m(R[v].article, f) > 0 ? ratio(m(R[v].article, f), bm) : NaN),
          goal: '≤ 50 ms',
          ok: () => m(L, f) <= 50,
        };
      });
      if (!files.some(isDraw)) {
        rows.push({
          label: '8. Longest script run attributed to `dist/foi-charts-draw.js` (Long Animation Frames)',
          cell: (v) => (v === 'baseline' ? baseCell : 'none reported'),
          goal: '≤ 50 ms',
          ok: () => true,
        });
      }
      const drawFile = files.find(isDraw);
      const firstOf = (x) => (drawFile ? (x.files[drawFile]?.firstEvaluation ?? null) : null);
      const seen = (list) => `${list.filter((x) => firstOf(x) != null).length} of ${list.length} runs`;
      // The median over the runs that reported it (a run reports it only when it ran over 5 ms in
      // a frame over 50 ms).
      rows.push({
        label: "8. The drawing chunk's first evaluation (reported apart from the goal)",
        cell: (v) =>
          v === 'baseline'
            ? '–'
            : R[v].article.some((x) => firstOf(x) != null)
              ? `${ms(m(R[v].article, (x) => firstOf(x) ?? NaN))} (reported in ${seen(R[v].article)})`
              : 'none reported',
        goal: 'reported',
        ok: () => null,
      });
      return rows;
    },
    notes: () => [
      'Row 8: Long Animation Frames report only frames over 50 ms, and in them only script runs over 5 ms, each attributed to the file of ' +
        'the function the browser called (Chart.js code called from the embed counts as `foi-charts.js`); "none reported": no such run (the median over runs is 0).',
    ],
  },
];
