import { toCsv } from '../core/csv-export.js';
import type { Format } from '../core/format.js';
import type { MissingFigure, Row } from '../core/types.js';
import { capitalise } from '../core/messages.js';
import type { Unit } from '../core/units.js';
import type { Figure } from './data-intake.js';

/** "Facebook: 261 cases, 50%. 1 of 8." — a part's text, spoken on focus; without the position, the tooltip's. */
export function partText(row: Row, fmt: Format, unit: Unit, position?: { index: number; count: number }): string {
  const value = `${fmt.amount(row.value, unit)}${row.share === null ? '' : `, ${fmt.percent(row.share)}`}`;
  return position ? `${row.label}: ${value}. ${position.index + 1} of ${position.count}.` : value;
}

/** The label column's header, from the data (a CSV or table header), else "Category". */
export const labelHeader = (figure: Figure): string => figure.extras.labelHeader || 'Category';

/** The value column's header: the unit, else the source's own header, else "Value". */
export function valueHeader(figure: Figure): string {
  const unit = figure.settings.unit.other;
  return unit ? capitalise(unit) : figure.extras.valueHeader || 'Value';
}

/** The CSV "Download CSV" saves: a header row and exactly the rows shown, missing ones empty. */
export function figureCsv(figure: Figure): string {
  if (figure.csv) return figure.csv();
  const headers = { label: labelHeader(figure), value: valueHeader(figure) };
  const model = figure.model;
  if (!model) return toCsv([], headers);
  const rows = withMissing(model.rows, figure.extras.missing ?? [], true).map((row) =>
    'share' in row ? row : { label: row.label, value: null, share: null },
  );
  return toCsv(rows, { ...headers, share: model.total === null ? undefined : 'Share (%)' });
}

/**
 * The rows and the rows with no figure together: each missing one in its place in the source
 * when the chart keeps the source's order, else after the rest.
 */
export function withMissing(rows: Row[], missing: MissingFigure[], inOrder: boolean): (Row | MissingFigure)[] {
  if (!missing.length) return rows;
  if (!inOrder) return [...rows, ...missing];
  const out: (Row | MissingFigure)[] = [];
  let m = 0;
  for (const row of rows) {
    while (m < missing.length && (row.derived || missing[m]!.index <= row.index)) out.push(missing[m++]!);
    out.push(row);
  }
  return [...out, ...missing.slice(m)];
}
