/**
 * Whether generated data would be read differently on purpose by the structure rules: rows that
 * nest (subtotals, "of which" items, headings), a total row with or without the word, or a total
 * column. Property tests leave such data out; each rule has tests of its own.
 */
import { profileColumns } from '../../src/core/columns.js';
import { isPeriodSeries } from '../../src/core/markers.js';
import { readStructure } from '../../src/core/structure.js';

export function readsAsStructure(labels: readonly string[], columns: readonly (readonly (number | null)[])[]): boolean {
  const rows = labels.map((label, i) => ({ label: label.trim(), values: columns.map((c) => c[i] ?? null) }));
  const structure = readStructure(rows, { periods: isPeriodSeries(rows.map((r) => r.label)) });
  return structure.nested || structure.total >= 0 || structure.drawn.length !== rows.length;
}

/** Whether the column rules would take one of the named columns as the total of others. */
export function readsAsTotalColumn(names: readonly string[], columns: readonly (readonly (number | null)[])[]): boolean {
  const length = columns[0]?.length ?? 0;
  const rows = Array.from({ length }, (_, i) => ['x', ...columns.map((c) => c[i] ?? null)]);
  return profileColumns(['Label', ...names], rows).some((p) => p.total);
}
