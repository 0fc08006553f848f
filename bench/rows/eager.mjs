// Row 13: fifty charts all drawn at load (`eager`), against hand-written Chart.js drawing the
// same fifty: many charts must be cheap, not only the ones in view.
import { open, settle } from '../lib/browser.mjs';
import { isLibrary } from '../lib/env.mjs';
import { MANY, baselineChart, draw, libraryChart, page, range, section } from '../lib/pages.mjs';
import { againstBaseline, ms, num } from '../lib/stats.mjs';
import { GROUP_NAMES, TRACE_CATEGORIES, mainThreadBreakdown } from '../lib/trace.mjs';

/** From navigation start to the paint of the frame after the fiftieth chart was drawn. */
async function allDrawn({ browser, origin }, variant, { trace = false } = {}) {
  const s = await open(browser, origin, null);
  try {
    if (trace) await s.page.tracing.start({ categories: TRACE_CATEGORIES });
    await s.page.goto(`${origin}/__bench/eager-${variant}.html`, { waitUntil: 'load' });
    await s.page.waitForFunction((n) => window.__bench.painted[n] != null, { timeout: 60_000 }, MANY);
    const value = await s.page.evaluate((n) => {
      performance.mark('bench-end');
      return window.__bench.painted[n];
    }, MANY);
    let breakdown = null;
    if (trace) {
      await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      breakdown = mainThreadBreakdown(await s.page.tracing.stop(), ['bench-end'])['bench-end'];
    }
    await settle(s.page);
    const { errors, renders } = await s.page.evaluate(() => ({ errors: window.__bench.errors.slice(), renders: window.__bench.renders }));
    return { value, breakdown, renders, problems: [...s.problems, ...errors] };
  } finally {
    await s.close();
  }
}

const eager = {
  page: (variant) => {
    const body = (chart) => range(MANY).map((i) => section(i, chart(i))).join('\n') + '<div class="spacer"></div>';
    return isLibrary(variant)
      ? page({ title: `${MANY} charts, eager`, variant, body: body((i) => libraryChart(i, { eager: true })) })
      : page({ title: `${MANY} charts, eager`, variant, body: body(baselineChart), script: draw(range(MANY)) });
  },
  measure: allDrawn,
};

/** Where the main thread's time goes until then: one traced load of each variant per run of the script. */
const eagerTrace = { measure: (ctx, variant) => allDrawn(ctx, variant, { trace: true }) };

export default [
  {
    id: 13,
    tasks: { eager },
    once: { eagerTrace },
    report: (R) => {
      return [againstBaseline(R, 'eager', `13. ${MANY} charts, all drawn at load (\`eager\`): navigation to the paint after the last is drawn`, (x) => x.value, '1.5')];
    },
    notes: (R, { variants }) => {
      const b = (v) => R[v].eagerTrace?.[0]?.breakdown;
      if (!variants.every(b)) return [];
      return [
        `Row 13, main thread until the last chart is painted, from one traced load of each (self time by kind of work; the trace slows both):`,
        '',
        `| main thread | ${variants.join(' | ')} |`,
        `| --- |${variants.map(() => ' ---: |').join('')}`,
        ...[['all tasks', 'total'], ...GROUP_NAMES.map((g) => [g, g])].map(([label, key]) => `| ${label} | ${variants.map((v) => ms(b(v)[key])).join(' | ')} |`),
        `| layouts (count) | ${variants.map((v) => num(b(v).layouts)).join(' | ')} |`,
        `| style recalculations (count) | ${variants.map((v) => num(b(v).styles)).join(' | ')} |`,
      ];
    },
  },
];
