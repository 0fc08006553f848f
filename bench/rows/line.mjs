// Row 12: a line chart of 3 series × 20 points against hand-written Chart.js with only the line
// kind's pieces: time to first chart, and what a line-only and a bar-only page download.
import { isLibrary } from '../lib/env.mjs';
import { fileList } from '../lib/downloads.mjs';
import { LINE_POINTS, LINE_SERIES, baselineLine, baselineLineCode, drawData, flow, lineData, libraryLine, page } from '../lib/pages.mjs';
import { againstBaseline, bytes, ratio } from '../lib/stats.mjs';
import { firstChart } from './first-chart.mjs';
import { once, pageBytes, sizes } from './sizes.mjs';

/** One line chart in a short article's flow; the baseline imports a bundle with only the line kind's Chart.js pieces. */
const line = {
  page: (variant) =>
    isLibrary(variant)
      ? page({ title: 'One line chart', variant, body: flow(libraryLine()) })
      : page({
          title: 'One line chart',
          variant,
          body: flow(baselineLine()),
          bundle: 'baseline-line-chart.js',
          code: baselineLineCode(),
          script: drawData({ line: lineData() }),
        }),
  measure: firstChart('line'),
};

export default [
  {
    id: 12,
    tasks: { line },
    once: { sizes, pageBytes },
    report: (R) => {
      const f = (x) => x.value;
      const pages = (v) => once(R, v, 'pageBytes');
      const lineBundle = once(R, 'baseline', 'sizes').lineBundle;
      const marked = (d) => fileList(d, (file) => (file.line ? ' (line code)' : ''));
      const lineCode = (d) => {
        const files = d.files.filter((file) => file.line);
        return files.length ? `line code fetched (${files.map((file) => `\`${file.file.replace(/^dist\//, '')}\``).join(', ')})` : 'no line code fetched';
      };
      return [
        againstBaseline(R, 'line', `12. Line chart of ${LINE_SERIES.length} series × ${LINE_POINTS} points: time to first chart drawn, one chart on the page (from navigation start)`, f),
        {
          label: `12. gzip -9, JS a line-only page fetched from \`dist/\`: ${marked(pages('library').line)}`,
          cell: (v) => (v === 'baseline' ? `${bytes(lineBundle)} (its Chart.js bundle)` : bytes(pages(v).line.bytes)),
          ratio: (v) => ratio(pages(v).line.bytes, lineBundle),
          goal: 'reported',
          ok: () => null,
        },
        {
          label: `12. gzip -9, JS a bar-only page (row 1's) fetched from \`dist/\`: ${marked(pages('library').one)}; ${lineCode(pages('library').one)}`,
          cell: (v) => (v === 'baseline' ? '–' : bytes(pages(v).one.bytes)),
          goal: 'reported',
          ok: () => null,
        },
      ];
    },
  },
];
