// Row 14: two charts in view, a bar and a donut: when both are painted, against hand-written
// Chart.js drawing the same two.
import { open, settle } from '../lib/browser.mjs';
import { isLibrary } from '../lib/env.mjs';
import { baselineChart, draw, flow, libraryChart, page } from '../lib/pages.mjs';
import { againstBaseline } from '../lib/stats.mjs';

/** From navigation start to the paint of the frame after the second chart was drawn. */
async function bothPainted({ browser, origin }, variant) {
  const s = await open(browser, origin, `/__bench/two-${variant}.html`);
  try {
    await s.page.waitForFunction(() => window.__bench.painted[2] != null, { timeout: 30_000 });
    const value = await s.page.evaluate(() => window.__bench.painted[2]);
    await settle(s.page);
    const errors = await s.page.evaluate(() => window.__bench.errors.slice());
    return { value, problems: [...s.problems, ...errors] };
  } finally {
    await s.close();
  }
}

/** A bar and a donut in a short article's flow, both in view. */
export const two = {
  page: (variant) =>
    isLibrary(variant)
      ? page({ title: 'Two charts', variant, body: flow(libraryChart(0) + libraryChart(1)) })
      : page({ title: 'Two charts', variant, body: flow(baselineChart(0) + baselineChart(1)), script: draw([0, 1]) }),
  measure: bothPainted,
};

export default [
  {
    id: 14,
    tasks: { two },
    report: (R) => {
      return [againstBaseline(R, 'two', '14. Two charts in view (a bar and a donut): navigation to the paint after both are drawn', (x) => x.value)];
    },
  },
];
