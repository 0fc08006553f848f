// Row 1: time to the first chart on a page of one chart; row 9: that page's layout shift with
// foi-charts.css linked. (Row 6 reads the layout shift of row 1's page too.)
import { open, settle } from '../lib/browser.mjs';
import { flow, baselineChart, draw, libraryChart, page } from '../lib/pages.mjs';
import { isLibrary } from '../lib/env.mjs';
import { againstBaseline, m, num } from '../lib/stats.mjs';

/**
 * Loads `/__bench/<name>-<variant>.html`: the time from navigation start to the first chart
 * drawn (`foi-render`, or right after the baseline's `new Chart()`), then settles and sums the
 * layout shifts.
 */
export const firstChart = (name) => async ({ browser, origin }, variant) => {
  const s = await open(browser, origin, `/__bench/${name}-${variant}.html`);
  try {
    await s.page.waitForFunction(() => window.__bench.firstRender != null, { timeout: 30_000 });
    const value = await s.page.evaluate(() => window.__bench.firstRender);
    await settle(s.page);
    const { shifts, errors } = await s.page.evaluate(() => ({ shifts: window.__bench.shifts, errors: window.__bench.errors }));
    return { value, cls: shifts.reduce((a, x) => a + x.value, 0), shifts, problems: [...s.problems, ...errors] };
  } finally {
    await s.close();
  }
};

/** One chart in the flow of a short article (rows 1 and 6). */
export const one = {
  page: (variant) =>
    isLibrary(variant)
      ? page({ title: 'One chart', variant, body: flow(libraryChart(0)) })
      : page({ title: 'One chart', variant, body: flow(baselineChart(0)), script: draw([0]) }),
  measure: firstChart('one'),
};

/**
 * Row 9's page: the same, with the stylesheet that reserves the chart's room before the tags
 * are defined (the baseline has no such stylesheet: its page is row 6's).
 */
const oneCss = {
  page: (variant) =>
    isLibrary(variant)
      ? page({ title: 'One chart with foi-charts.css', variant, body: flow(libraryChart(0)), css: true })
      : one.page(variant),
  measure: firstChart('oneCss'),
};

export default [
  {
    id: 1,
    tasks: { one },
    report: (R) => {
      return [againstBaseline(R, 'one', '1. Time to first chart drawn, one chart on the page (from navigation start)', (x) => x.value)];
    },
  },
  {
    id: 9,
    tasks: { oneCss },
    report: (R) => {
      const f = (x) => x.cls;
      const worst = (list) => Math.max(...list.map(f));
      return [
        {
          label: '9. Layout shift, one chart, `dist/foi-charts.css` linked (median; max over runs)',
          cell: (v) => `${num(m(R[v].oneCss, f), 4)} (max ${num(worst(R[v].oneCss), 4)})`,
          goal: '0 in every run',
          ok: () => worst(R.library.oneCss) === 0,
        },
      ];
    },
    notes: (R) => {
      const moved = (R.library.oneCss ?? []).flatMap((x) => x.shifts.flatMap((e) => e.sources));
      if (!moved.length) return [];
      const counts = new Map();
      for (const source of moved) counts.set(source, (counts.get(source) ?? 0) + 1);
      return [`Row 9, what moved (times seen over ${R.library.oneCss.length} runs): ${[...counts].map(([k, n]) => `${k} (${n})`).join('; ')}.`];
    },
  },
];
