import type { Format } from './format.js';
import type { ChartModel } from './model.js';
import { listNames } from './messages.js';
import type { DataExtras, LeftOutRow } from './types.js';
import type { Unit } from './units.js';

/** The most names a "no figure" note lists before it says how many more. */
const MAX_NAMED = 5;

/**
 * The notes the data itself calls for, shown in the figure under the page's own `note`: the
 * source's note and source lines, the column drawn when the page named none of several, the
 * total row used as the total, the totals, subtotals and "of which" items left out, and the rows
 * with no figure.
 */
export function dataNotes(extras: DataExtras, model: ChartModel | null, fmt: Format, unit: Unit): string[] {
  const notes = [...(extras.notes ?? [])];
  const choice = extras.valueChoice;
  if (choice) {
    notes.push(`Showing “${choice.drawn}”, one of ${choice.columns.length} number columns: ${choice.columns.join(', ')}. Choose with value-column.`);
  }
  for (const c of extras.leftOutColumns ?? []) notes.push(`“${c.name}” is ${c.why}, so it is not drawn as a series.`);
  const row = extras.totalRow;
  if (row && model?.total === row.value) {
    notes.push(`“${row.label}” (${fmt.amount(row.value, unit)}) is the total: the shares are of it, and it is not drawn.`);
  } else if (row) {
    notes.push(`“${row.label}” (${fmt.amount(row.value, unit)}) is a total, so it is not drawn.`);
  }
  notes.push(...structureNotes(extras.leftOut ?? [], extras.level, fmt, unit));
  const missing = extras.missing ?? [];
  if (missing.length) {
    const names = missing.map((m) => m.label);
    const shown =
      names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more` : listNames(names);
    notes.push(`No figure for ${shown}.`);
  }
  return notes;
}

/** What a table's structure leaves out, in a sentence per kind of row, and the level chosen. */
function structureNotes(rows: readonly LeftOutRow[], level: DataExtras['level'], fmt: Format, unit: Unit): string[] {
  const name = (r: LeftOutRow) => `“${r.label}”${r.value === null ? '' : ` (${fmt.amount(r.value, unit)})`}`;
  const names = (list: readonly LeftOutRow[]) =>
    list.length > MAX_NAMED ? `${list.slice(0, MAX_NAMED).map(name).join(', ')} and ${list.length - MAX_NAMED} more` : listNames(list.map(name));
  const are = (list: readonly unknown[]) => (list.length === 1 ? 'is' : 'are');
  const notes: string[] = [];
  const totals = rows.filter((r) => r.role === 'total');
  if (totals.length) notes.push(`${names(totals)} ${are(totals)} ${totals.length === 1 ? 'a total' : 'totals'}, so ${totals.length === 1 ? 'it is' : 'they are'} not drawn.`);
  for (const above of [false, true]) {
    const subtotals = rows.filter((r) => r.role === 'subtotal' && !!r.above === above);
    if (!subtotals.length) continue;
    const one = subtotals.length === 1;
    notes.push(
      `${names(subtotals)} ${are(subtotals)} ${one ? 'a subtotal' : 'subtotals'} of the rows ${above ? 'above' : 'under'} ${one ? 'it' : 'them'}, ` +
        `so ${one ? 'it is' : 'they are'} not drawn.`,
    );
  }
  const parents = [...new Set(rows.filter((r) => r.role === 'of-which').map((r) => r.parent ?? ''))];
  for (const parent of parents) {
    const items = rows.filter((r) => r.role === 'of-which' && (r.parent ?? '') === parent);
    const one = items.length === 1;
    notes.push(`${names(items)} ${are(items)} only part of “${parent}” (“of which”), so ${one ? 'it is' : 'they are'} not drawn: “${parent}” is.`);
  }
  if (level === 'top') notes.push('Only the top groups are drawn (level="top"): the rows under them are not.');
  if (level === 'all') notes.push('Every row is drawn as the table has it, totals and subtotals too (level="all"), so the chart shows no shares.');
  return notes;
}
