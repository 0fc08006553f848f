import type { Format } from './format.js';
import type { ChartModel } from './model.js';
import { listNames } from './messages.js';
import type { DataExtras } from './types.js';
import type { Unit } from './units.js';

/** The most names a "no figure" note lists before it says how many more. */
const MAX_NAMED = 5;

/**
 * The notes the data itself calls for, shown in the figure under the page's own `note`: the
 * source's note and source lines, the total row used as the total, and the rows with no figure.
 */
export function dataNotes(extras: DataExtras, model: ChartModel | null, fmt: Format, unit: Unit): string[] {
  const notes = [...(extras.notes ?? [])];
  const row = extras.totalRow;
  if (row && model?.total === row.value) {
    notes.push(`“${row.label}” (${fmt.amount(row.value, unit)}) is the total: the shares are of it, and it is not drawn.`);
  } else if (row) {
    notes.push(`“${row.label}” (${fmt.amount(row.value, unit)}) is a total, so it is not drawn.`);
  }
  const missing = extras.missing ?? [];
  if (missing.length) {
    const names = missing.map((m) => m.label);
    const shown =
      names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more` : listNames(names);
    notes.push(`No figure for ${shown}.`);
  }
  return notes;
}

