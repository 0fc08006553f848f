/**
 * Random data of several series a newsroom could type, for the property tests (model and
 * element). The reader's own rules (a "Total" row, "..", notes, text a spreadsheet would run as
 * a formula, an unlabelled sum row) are tested on their own; these values avoid them.
 */
import fc from 'fast-check';
import { figureKind, isTotalHeader } from '../../src/core/column-kinds.js';
import { isMissing, isNoteText, totalWordAt } from '../../src/core/markers.js';
import type { Series } from '../../src/core/series-types.js';
import { readsAsStructure, readsAsTotalColumn } from './reading-rules.js';

/** A label or series name of `min` to `max` characters that no reading rule treats specially. */
export const plainText = (min = 1, max = 16) =>
  fc
    .string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
    .map((s) => s.replace(/[;"\t\r\n]/g, '').trim())
    .filter((s) => s !== '' && !/^[=+@\-\t]/.test(s) && !isMissing(s) && !totalWordAt(s) && !isNoteText(s) && !/^\p{L}+\s*[:：]/u.test(s));

/** Labels, and series (names from `name`) with a value or a gap (`cell`) for each label. */
export function seriesData(o: { name: fc.Arbitrary<string>; cell: fc.Arbitrary<number | null>; maxLabels: number; maxSeries: number }) {
  return fc
    .record({
      labels: fc.uniqueArray(plainText(1, 16), { minLength: 1, maxLength: o.maxLabels }),
      names: fc.uniqueArray(o.name, { minLength: 1, maxLength: o.maxSeries, selector: (n) => n.toLowerCase() }),
    })
    // Names a reader takes for a total, a rate, a bound or a sample size are read by rules of their own.
    .filter(({ names }) => !names.some((n) => n.toLowerCase() === 'label' || isTotalHeader(n) || figureKind(n, false).kind !== 'count'))
    .chain(({ labels, names }) =>
      fc.tuple(...names.map(() => fc.array(o.cell, { minLength: labels.length, maxLength: labels.length }))).map((columns) => ({
        labels,
        series: names.map((name, k): Series => ({ name, values: columns[k]! })),
      })),
    )
    .filter((d) => !readsAsStructure(d.labels, d.series.map((s) => s.values)) && !readsAsTotalColumn(d.series.map((s) => s.name), d.series.map((s) => s.values)));
}
