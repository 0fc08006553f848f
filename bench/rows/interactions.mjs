// Row 15: every interaction answers within 100 ms on a phone at 4× CPU: an arrow key between
// parts, hovering a part, "Show table", "Show as bars", and the phone turned on its side.
import { open, settle } from '../lib/browser.mjs';
import { isLibrary } from '../lib/env.mjs';
import { CPU_SLOWDOWN, PHONE_VIEWPORT, baselineChart, draw, libraryChart, page, range } from '../lib/pages.mjs';
import { m, ms } from '../lib/stats.mjs';

/** Charts on the page: a bar (0) and a donut offering "Show as bars" (1) in view, then more below. */
const CHARTS = 8;
const PHONE_CSS = `
  main { width: auto; max-width: 640px; padding: 0 12px; }
  section { height: auto; padding: 0; }
  .base-bar, .base-donut { margin-bottom: 16px; }
`;
const body = (chart) =>
  range(CHARTS)
    .map((i) => `<section><p>Paragraph ${i + 1} of the article, which a reader on a phone scrolls past.</p>${chart(i)}</section>`)
    .join('\n');

const interactionsPage = {
  page: (variant) =>
    isLibrary(variant)
      ? page({ title: 'Interactions', variant, style: PHONE_CSS, body: body((i) => libraryChart(i, { actions: i === 1 ? 'table csv bars' : null })) })
      : page({ title: 'Interactions', variant, style: PHONE_CSS, body: body(baselineChart), script: draw(range(CHARTS)) }),
  measure: interactions,
  /** `--profile interactions`: a CPU profile of the interactions, after the page has settled. */
  profile: async (ctx, variant) => (await interactions(ctx, variant, { profile: true })).cpuProfile,
};

/**
 * In the page: resolves once `ready()` holds, with the time from the first `type` event (its
 * timeStamp: when the input happened) to the paint of the frame after `ready()` was seen. Checked
 * at each animation frame, so it is an upper bound, within one frame of the response's paint.
 */
function watch(type, ready) {
  return new Promise((resolve) => {
    let start = null;
    const on = (e) => (start ??= e.timeStamp);
    addEventListener(type, on, { capture: true });
    const check = () => {
      if (start != null && ready()) {
        removeEventListener(type, on, { capture: true });
        window.__afterPaint((t) => resolve({ start, painted: t - start }));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * In the page: as `watch`, for a response made of several changes (charts redrawn one by one at
 * a new width, where some keep theirs): `state()` is read at each animation frame, and the time
 * is to the paint after the last frame it changed in, once it has held for 10 frames.
 */
function watchSettled(type, state) {
  return new Promise((resolve) => {
    let start = null;
    let last = state();
    let changedAt = null;
    let still = 0;
    const on = (e) => (start ??= e.timeStamp);
    addEventListener(type, on, { capture: true });
    const check = () => {
      const now = state();
      if (now !== last) {
        last = now;
        still = 0;
        window.__afterPaint((t) => (changedAt = t));
      } else if (start != null && changedAt != null && ++still >= 10) {
        removeEventListener(type, on, { capture: true });
        resolve({ start, painted: changedAt - start });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * The interactions, in one fresh page at the phone's size with the CPU slowed 4×. Each is timed
 * two ways: the Event Timing API's duration (input to the next paint after its handlers, as INP
 * counts it; reported only from 16 ms, in steps of 8 ms) and the time from the input to the paint
 * after the visible response (the tooltip, the focused part, the table, the bars, every drawn
 * chart at its new width).
 */
async function interactions({ browser, origin }, variant, { profile = false } = {}) {
  const s = await open(browser, origin, null, { viewport: PHONE_VIEWPORT });
  const { page: p } = s;
  try {
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await p.evaluateOnNewDocument(() => {
      window.__events = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
        }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      } catch {}
      window.__watch = null;
    });
    await p.goto(`${origin}/__bench/interactions-${variant}.html`, { waitUntil: 'load' });
    const library = isLibrary(variant);
    await p.waitForFunction(
      (library) =>
        library
          ? [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].slice(0, 2).every((el) => el.chart)
          : window.__bench.renders > 0,
      { timeout: 60_000 },
      library,
    );
    await settle(p);
    await p.evaluate(`window.__watchFn = ${watch.toString()}; window.__watchSettledFn = ${watchSettled.toString()}`);
    if (profile) {
      // --profile interactions: the interactions alone, not the load.
      await s.cdp.send('Profiler.enable');
      await s.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await s.cdp.send('Profiler.start');
    }
    const results = {};
    /** Starts watching in the page, does `act`, and returns both timings. */
    const time = async (name, type, ready, act, how = '__watchFn') => {
      // (A statement, not an expression: evaluate would wait for the promise.)
      await p.evaluate(`window.__pending = window.${how}(${JSON.stringify(type)}, ${ready}); undefined`);
      await act();
      if (process.env.BENCH_DEBUG) process.stderr.write(`interactions ${variant}: ${name}\n`);
      const { start, painted } = await p.evaluate(() => window.__pending);
      // Event Timing entries arrive after the paint; wait a little for them.
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const events = await p.evaluate((start) => window.__events.filter((e) => e.start >= start - 1 && e.start < start + 500), start);
      results[name] = { painted, eventTiming: events.length ? Math.max(...events.map((e) => e.duration)) : null, events: events.map((e) => e.name) };
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    };

    // Hover: the pointer comes onto the third bar from outside the chart.
    await p.mouse.move(2, 2);
    const bar = await p.evaluate((library) => {
      const canvas = library ? document.querySelector('foi-bar-chart').shadowRoot.querySelector('canvas') : document.querySelector('canvas');
      const chart = library ? document.querySelector('foi-bar-chart').chart : window.__baseline.Chart.getChart(canvas);
      const el = chart.getDatasetMeta(0).data[2];
      const box = canvas.getBoundingClientRect();
      return { x: box.left + (el.x + el.base) / 2, y: box.top + el.y };
    }, library);
    await time(
      'hover',
      'pointermove',
      library
        ? "() => !!document.querySelector('foi-bar-chart').shadowRoot.querySelector('.tooltip')"
        : '() => window.__baseline.Chart.getChart(document.querySelector("canvas")).getActiveElements().length > 0',
      () => p.mouse.move(bar.x, bar.y),
    );
    await p.mouse.move(2, 2);

    if (library) {
      // An arrow key from the first bar to the second (focus put on the first by script: no input).
      await p.evaluate(() => document.querySelector('foi-bar-chart').shadowRoot.querySelector('.part[data-index="0"]').focus());
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      await time(
        'arrow',
        'keydown',
        `() => { const root = document.querySelector('foi-bar-chart').shadowRoot; return root.activeElement?.dataset.index === '1' && !!root.querySelector('.tooltip'); }`,
        () => p.keyboard.press('ArrowRight'),
      );
      // "Show table" on the bar chart.
      const table = await p.evaluateHandle(() =>
        [...document.querySelector('foi-bar-chart').shadowRoot.querySelectorAll('.actions button')].find((b) => /Show table/.test(b.textContent)),
      );
      await time(
        'table',
        'click',
        `() => document.querySelector('foi-bar-chart').shadowRoot.querySelector('.table-wrap')?.dataset.visible === 'true'`,
        () => table.click(),
      );
      // "Show as bars" on the donut.
      const bars = await p.evaluateHandle(() =>
        [...document.querySelector('foi-donut-chart').shadowRoot.querySelectorAll('.actions button')].find((b) => /Show as bars/.test(b.textContent)),
      );
      await time('bars', 'click', `() => document.querySelector('foi-donut-chart').chart?.config.type === 'bar'`, () => bars.click());
    }

    // The phone turned on its side: the charts drawn so far are drawn again at their new widths
    // (a donut at its size limit keeps its size). Charts that come near the screen only now are
    // drawn too, but are left out: the baseline has drawn every chart already.
    await p.evaluate(() => {
      window.__drawn = window.__baseline
        ? [...document.querySelectorAll('canvas')].map((c) => window.__baseline.Chart.getChart(c)).filter(Boolean)
        : [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].filter((el) => el.chart);
    });
    await time(
      'rotate',
      'resize',
      `() => window.__drawn.map((x) => { const chart = x.chart === undefined ? x : x.chart; return chart ? chart.width + 'x' + chart.height : '-'; }).join()`,
      () => p.setViewport({ width: PHONE_VIEWPORT.height, height: PHONE_VIEWPORT.width, deviceScaleFactor: PHONE_VIEWPORT.deviceScaleFactor, isLandscape: true }),
      '__watchSettledFn',
    );
    const errors = await p.evaluate(() => window.__bench.errors.slice());
    const cpuProfile = profile ? (await s.cdp.send('Profiler.stop')).profile : undefined;
    return { ...results, cpuProfile, problems: [...s.problems, ...errors] };
  } finally {
    await s.close();
  }
}

const INTERACTIONS = [
  ['arrow', 'an arrow key from one bar to the next (keydown)'],
  ['hover', 'the pointer onto a bar (pointer entering the canvas)'],
  ['table', '"Show table" (click)'],
  ['bars', '"Show as bars" on a donut (click)'],
  ['rotate', `the phone turned on its side (${PHONE_VIEWPORT.width} × ${PHONE_VIEWPORT.height} → ${PHONE_VIEWPORT.height} × ${PHONE_VIEWPORT.width}; no Event Timing: from the \`resize\` event)`],
];

export default [
  {
    id: 15,
    tasks: { interactions: interactionsPage },
    report: (R) =>
      INTERACTIONS.map(([key, what]) => {
        const cell = (v) => {
          const list = (R[v].interactions ?? []).map((x) => x[key]).filter(Boolean);
          if (!list.length) return '–';
          const reported = list.filter((x) => x.eventTiming != null);
          const timing =
            key === 'rotate' ? '' : reported.length ? `Event Timing ${ms(m(reported, (x) => x.eventTiming))} (in ${reported.length} of ${list.length} runs; the others under 16 ms); ` : 'Event Timing under 16 ms in every run; ';
          return `${timing}to the response painted ${ms(m(list, (x) => x.painted))}`;
        };
        const worst = () => {
          const list = (R.library.interactions ?? []).map((x) => x[key]).filter(Boolean);
          return Math.max(m(list, (x) => x.eventTiming ?? 0), m(list, (x) => x.painted));
        };
        return {
          label: `15. Interaction on a phone at CPU ${CPU_SLOWDOWN}×: ${what}, median of runs`,
          cell,
          goal: '≤ 100 ms',
          ok: () => worst() <= 100,
        };
      }),
  },
];
