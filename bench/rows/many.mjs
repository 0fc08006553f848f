// Rows 2c and 3: a page of 50 charts, two in view, loaded and then scrolled to the end. (Row 6
// reads this page's layout shifts too.)
import { open, settle } from '../lib/browser.mjs';
import { isLibrary } from '../lib/env.mjs';
import { MANY, baselineChart, draw, libraryChart, page, range, section } from '../lib/pages.mjs';
import { againstBaseline, m, ms, num } from '../lib/stats.mjs';
import { GROUP_NAMES, TRACE_CATEGORIES, mainThreadBreakdown } from '../lib/trace.mjs';

/**
 * Rows 2c, 3 and 6 on one page load: 50 charts, two in view.
 * At settle after load: charts drawn. Then scrolls one viewport at a time to the bottom
 * (waiting for charts near the viewport to draw), and at the end: the main-thread time of the
 * whole visit and the layout shifts of load and lazy drawing.
 */
async function manyCharts({ browser, origin }, variant) {
  const s = await open(browser, origin, null);
  try {
    await s.page.tracing.start({ categories: TRACE_CATEGORIES });
    await s.page.goto(`${origin}/__bench/many-${variant}.html`, { waitUntil: 'load' });
    await settle(s.page);
    const loaded = await s.page.evaluate(() => ({ drawn: window.__bench.renders }));
    await s.page.evaluate(async () => {
      const frames = (n) => new Promise((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));
      const charts = () => [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')];
      const h = innerHeight;
      for (let y = h; ; y += h) {
        scrollTo(0, y);
        await frames(2);
        // Library: wait for the charts now near the viewport to draw (the observer has fired).
        const near = charts().filter((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > -h && box.top < 2 * h;
        });
        await Promise.all(near.map((el) => el.rendered));
        if (y >= document.documentElement.scrollHeight - h) break;
      }
      scrollTo(0, 0);
      await frames(2);
    });
    await settle(s.page);
    const end = await s.page.evaluate(() => {
      performance.mark('bench-end');
      return {
        drawn: window.__bench.renders,
        charts: document.querySelectorAll('foi-bar-chart, foi-donut-chart, canvas[data-chart]').length,
        shifts: window.__bench.shifts.slice(),
        errors: window.__bench.errors.slice(),
      };
    });
    // One more frame so the mark is in the trace before it stops.
    await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const trace = await s.page.tracing.stop();
    const { 'bench-end': atEnd } = mainThreadBreakdown(trace, ['bench-end']);
    const sum = (list, f) => list.reduce((a, x) => a + f(x), 0);
    return {
      atEnd,
      drawnBeforeScroll: loaded.drawn,
      drawnAtEnd: end.drawn,
      charts: end.charts,
      cls: sum(end.shifts, (x) => x.value),
      shifts: end.shifts,
      problems: [...s.problems, ...end.errors],
    };
  } finally {
    await s.close();
  }
}

export const many = {
  page: (variant) => {
    const body = (chart) => range(MANY).map((i) => section(i, chart(i))).join('\n') + '<div class="spacer"></div>';
    return isLibrary(variant)
      ? page({ title: `${MANY} charts`, variant, body: body(libraryChart) })
      : page({ title: `${MANY} charts`, variant, body: body(baselineChart), script: draw(range(MANY)) });
  },
  measure: manyCharts,
};

export default [
  {
    id: 2,
    tasks: { many },
    report: (R) => [
      {
        label: `2c. ${MANY} charts, 2 in view: charts drawn before scrolling`,
        cell: (v) => num(m(R[v].many, (x) => x.drawnBeforeScroll)),
        goal: '≤ 4',
        ok: () => m(R.library.many, (x) => x.drawnBeforeScroll) <= 4,
      },
    ],
  },
  {
    id: 3,
    tasks: { many },
    report: (R) => {
      const f = (x) => x.atEnd.total;
      const all = R.library.many.every((x) => x.drawnAtEnd >= MANY);
      return [
        { ...againstBaseline(R, 'many', `3. After scrolling through all ${MANY}: main-thread time, load to all drawn${all ? '' : ' (⚠ not all drawn)'}`, f), ok: (r) => all && r <= 1.1 },
      ];
    },
    // Where the main-thread time of row 3 goes (from the trace, medians).
    notes: (R, { variants }) => [
      `Main thread on the ${MANY}-chart page, from a Chrome trace (medians; self time by kind of work):`,
      '',
      `| main thread | ${variants.join(' | ')} |`,
      `| --- |${variants.map(() => ' ---: |').join('')}`,
      ...[['all tasks', 'total'], ...GROUP_NAMES.map((g) => [g, g])].map(
        ([label, key]) => `| load + scroll to the end: ${label} | ${variants.map((v) => ms(m(R[v].many, (x) => x.atEnd[key]))).join(' | ')} |`,
      ),
    ],
  },
];
