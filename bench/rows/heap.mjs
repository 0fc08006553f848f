// Row 4: the JS heap after 500 charts are created, drawn and removed.
import { open, settle } from '../lib/browser.mjs';
import { page } from '../lib/pages.mjs';
import { m, num } from '../lib/stats.mjs';

const HEAP_CYCLES = 500;

/** Row 4: JS heap after 500 create/draw/remove cycles against before, each after GC. */
async function heap({ browser, origin }, variant) {
  const s = await open(browser, origin, `/__bench/heap-${variant}.html`);
  try {
    await settle(s.page);
    const gc = async () => {
      for (let i = 0; i < 3; i++) await s.cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await s.cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    await s.cdp.send('HeapProfiler.enable');
    const cycles = (n) =>
      s.page.evaluate(async (n) => {
        const host = document.getElementById('host');
        const DATA = (i) => {
          const labels = ['Facebook', 'Snapchat', 'Instagram', 'WhatsApp', 'Twitter', 'Other apps'];
          const kind = i % 2 ? 'donut' : 'bar';
          return { kind, rows: labels.map((label, j) => ({ label, value: 5 + ((i * 37 + j * 53) % 250) })) };
        };
        window.__cycle ??= 0;
        for (let k = 0; k < n; k++) {
          const i = window.__cycle++;
          const data = DATA(i);
          if (window.__baseline) {
            const { Chart, config } = window.__baseline;
            const box = document.createElement('div');
            box.style.height = '260px';
            const canvas = document.createElement('canvas');
            box.append(canvas);
            host.append(box);
            const chart = new Chart(canvas, config(data));
            chart.destroy();
            box.remove();
          } else {
            const el = document.createElement(data.kind === 'bar' ? 'foi-bar-chart' : 'foi-donut-chart');
            el.setAttribute('values', data.rows.map((r) => `${r.label}: ${r.value}`).join('; '));
            el.setAttribute('heading', `Cycle ${i}`);
            el.setAttribute('eager', '');
            host.append(el);
            await el.rendered;
            if (!el.chart) throw new Error(`cycle ${i}: no chart (state ${el.getAttribute('state')})`);
            el.remove();
          }
          // Let timers, observers and frames run now and then, as they would on a real page.
          if (k % 25 === 24) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }, n);
    // Warm up: the drawing chunk, Lit's template cache, Chart.js's caches and the JIT's code
    // exist before "before", so what grows after is what the cycles leave behind.
    await cycles(50);
    const before = await gc();
    await cycles(HEAP_CYCLES);
    const after = await gc();
    return { before, after, growth: after / before - 1, problems: s.problems };
  } finally {
    await s.close();
  }
}

export default [
  {
    id: 4,
    tasks: {
      heap: { page: (variant) => page({ title: 'Heap', variant, body: '<div id="host"></div>' }), measure: heap, warm: false },
    },
    report: (R) => {
      const g = (x) => x.growth * 100;
      const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
      const cell = (list) => `${m(list, g) >= 0 ? '+' : ''}${num(m(list, g), 1)}% (${mb(m(list, (x) => x.before))} → ${mb(m(list, (x) => x.after))})`;
      return [
        {
          label: `4. JS heap after ${HEAP_CYCLES} create/remove cycles, against before (both after GC)`,
          cell: (v) => cell(R[v].heap),
          goal: 'within 10%',
          ok: () => Math.abs(m(R.library.heap, g)) <= 10,
        },
      ];
    },
  },
];
