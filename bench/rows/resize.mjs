// Row 5: a resize storm, 200 container widths in 2 s; redraws per chart per frame.
import { open, settle } from '../lib/browser.mjs';
import { isLibrary } from '../lib/env.mjs';
import { baselineChart, draw, libraryChart, page } from '../lib/pages.mjs';
import { m, num } from '../lib/stats.mjs';

const STORM_STEPS = 200;
const STORM_MS = 2000;

/** Row 5: the container's width changed 200 times in 2 s; redraws per chart per frame. */
async function resizeStorm({ browser, origin }, variant) {
  const s = await open(browser, origin, `/__bench/resize-${variant}.html`);
  try {
    if (isLibrary(variant)) {
      await s.page.waitForFunction(
        () => [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].every((el) => el.chart),
        { timeout: 30_000 },
      );
    }
    await settle(s.page);
    const result = await s.page.evaluate(
      async (steps, ms) => {
        const canvases = [...document.querySelectorAll('canvas')];
        const charts = window.__baseline
          ? canvases.map((c) => window.__baseline.Chart.getChart(c))
          : [...document.querySelectorAll('foi-bar-chart, foi-donut-chart')].map((el) => el.chart);
        const Chart = charts[0].constructor;
        const draws = new Map(); // chart -> Map(frame time -> draws)
        let resizes = 0;
        let recording = true;
        const { draw, resize } = Chart.prototype;
        Chart.prototype.draw = function (...args) {
          if (recording) {
            const frame = document.timeline.currentTime;
            const perFrame = draws.get(this) ?? new Map();
            draws.set(this, perFrame);
            perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
          }
          return draw.apply(this, args);
        };
        Chart.prototype.resize = function (...args) {
          if (recording) resizes++;
          return resize.apply(this, args);
        };
        const box = document.getElementById('box');
        const frames = new Set();
        const loop = (t) => {
          frames.add(t);
          if (recording) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        const errorsBefore = window.__bench.errors.length;
        await new Promise((done) => {
          let i = 0;
          const timer = setInterval(() => {
            // Widths jump about 200–940 px (the donut, at most 220 px wide, shrinks below 220).
            box.style.width = `${200 + ((i * 97) % 741)}px`;
            if (++i >= steps) {
              clearInterval(timer);
              done();
            }
          }, ms / steps);
        });
        // Let the last resize land.
        await new Promise((r) => setTimeout(r, 300));
        recording = false;
        Chart.prototype.draw = draw;
        Chart.prototype.resize = resize;
        const perChart = charts.map((chart) => {
          const perFrame = draws.get(chart) ?? new Map();
          return { draws: [...perFrame.values()].reduce((a, b) => a + b, 0), maxPerFrame: Math.max(0, ...perFrame.values()) };
        });
        return {
          frames: frames.size,
          redraws: perChart.reduce((a, c) => a + c.draws, 0),
          maxRedrawsPerFrame: Math.max(...perChart.map((c) => c.maxPerFrame)),
          perChart,
          resizes,
          widths: charts.map((c) => c.width),
          errors: window.__bench.errors.slice(errorsBefore),
        };
      },
      STORM_STEPS,
      STORM_MS,
    );
    return { ...result, problems: [...s.problems, ...result.errors] };
  } finally {
    await s.close();
  }
}

export default [
  {
    id: 5,
    tasks: {
      resize: {
        page: (variant) =>
          isLibrary(variant)
            ? page({ title: 'Resize storm', variant, body: `<div id="box">${libraryChart(0, { eager: true })}${libraryChart(1, { eager: true })}</div>` })
            : page({ title: 'Resize storm', variant, body: `<div id="box">${baselineChart(0)}${baselineChart(1)}</div>`, script: draw([0, 1]) }),
        measure: resizeStorm,
        warm: false,
      },
    },
    report: (R) => {
      const cell = (list) =>
        `${num(m(list, (x) => x.redraws))} redraws / ${num(m(list, (x) => x.frames))} frames; ` +
        `worst ${Math.max(...list.map((x) => x.maxRedrawsPerFrame))} in a frame; ${list.reduce((a, x) => a + x.problems.length, 0)} errors`;
      const L = R.library.resize;
      return [
        {
          label: `5. Resize storm: container width changed ${STORM_STEPS} times in ${STORM_MS / 1000} s (a bar and a donut)`,
          cell: (v) => cell(R[v].resize),
          goal: '≤ 1 redraw per chart per frame; no error',
          ok: () => Math.max(...L.map((x) => x.maxRedrawsPerFrame)) <= 1 && L.reduce((a, x) => a + x.problems.length, 0) === 0,
        },
      ];
    },
  },
];
