/**
 * Random data of several series a newsroom could type, for the property tests (model and
 * element). The reader's own rules (a "Total" row, "..", notes, text a spreadsheet would run as
 * a formula, an unlabelled sum row) are tested on their own; these values avoid them.
 */
import fc from 'fast-check';
import { isMissing, isNoteText, isPeriodSeries, isTotalLabel } from '../../src/core/markers.js';
import type { Series } from '../../src/core/series-types.js';

/** A label or series name of `min` to `max` characters that no reading rule treats specially. */
export const plainText = (min = 1, max = 16) =>
  fc
    .string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
    .map((s) => s.replace(/[;"\t\r\n]/g, '').trim())
    .filter((s) => s !== '' && !/^[=+@\-\t]/.test(s) && !isMissing(s) && !isTotalLabel(s) && !isNoteText(s) && !/^\p{L}+\s*[:：]/u.test(s));

/** Labels, and series (names from `name`) with a value or a gap (`cell`) for each label. */
export function seriesData(o: { name: fc.Arbitrary<string>; cell: fc.Arbitrary<number | null>; maxLabels: number; maxSeries: number }) {
  return fc
    .record({
      labels: fc.uniqueArray(plainText(1, 16), { minLength: 1, maxLength: o.maxLabels }),
      names: fc.uniqueArray(o.name, { minLength: 1, maxLength: o.maxSeries, selector: (n) => n.toLowerCase() }),
    })
    .filter(({ names }) => !names.some((n) => n.toLowerCase() === 'label'))
    .chain(({ labels, names }) =>
      fc.tuple(...names.map(() => fc.array(o.cell, { minLength: labels.length, maxLength: labels.length }))).map((columns) => ({
        labels,
        series: names.map((name, k): Series => ({ name, values: columns[k]! })),
      })),
    )
    .filter((d) => !sumRow(d.labels, d.series));
}

/** Whether the reader would take a first or last row as an unlabelled total (the rule has tests of its own). */
function sumRow(labels: string[], series: Series[]): boolean {
  if (labels.length < 4 || isPeriodSeries(labels) || series.some((s) => s.values.some((v) => v !== null && v < 0))) return false;
  return [0, labels.length - 1].some((at) =>
    series.every((s) => {
      const value = s.values[at];
      if (value === null || value === undefined || value <= 0) return false;
      const rest = s.values.reduce<number>((sum, v, i) => (i === at || v === null ? sum : sum + v), 0);
      return Math.abs(rest - value) <= 1e-9 * value;
    }),
  );
}
