import type { ChartOptions } from 'chart.js';
import type { DrawKind } from './kind.js';
import { barDatasets, seriesBoxes } from './series-axes.js';
import { scaleTexts } from '../text.js';
import { inBands, tickFont, tickRoom } from '../plugins.js';

/**
 * Several series as horizontal bars, side by side in each category's band (`layout="grouped"`)
 * or stacked. Uses the bar kind's Chart.js pieces (registered by bar.ts), so a page of bars needs
 * no other chunk.
 */
export const barSeries: DrawKind = {
  type: 'bar',
  plugins: [],
  datasets: barDatasets,
  options(spec) {
    const font = tickFont(spec);
    const series = spec.series ?? [];
    // The value axis reaches the longest bar, or the tallest stack.
    const top = Math.max(0, ...(spec.stacked ? spec.labels.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)) : series.flatMap((s) => s.values.map((v) => v ?? 0))));
    return {
      indexAxis: 'y',
      layout: { padding: { right: Math.max(12, tickRoom(spec, top)) } },
      scales: {
        x: {
          stacked: spec.stacked,
          beginAtZero: true,
          grid: { color: spec.gridColor },
          border: { display: false },
          // Never rotated: the words over the canvas are level, and placed where the ticks are.
          ticks: { color: 'transparent', font, maxRotation: 0, callback: (v: number | string) => spec.formatTick(Number(v)) },
        },
        y: {
          stacked: spec.stacked,
          grid: { display: false },
          border: { color: spec.textColor },
          ticks: { color: 'transparent', font, autoSkip: false },
          afterFit: inBands(spec),
        },
      },
    } as ChartOptions;
  },
  partBoxes: (chart) =>
    seriesBoxes(chart, (p) => ({ x: Math.min(p.x!, p.base!), y: p.y! - (p.height ?? 0) / 2, width: Math.abs(p.x! - p.base!), height: p.height ?? 0 })),
  texts: (chart) => [...scaleTexts(chart, 'y', 'category'), ...scaleTexts(chart, 'x', 'tick')],
};
