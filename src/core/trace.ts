/**
 * What the reader decided, and why, recorded as it reads when a caller asks (`trace` in the
 * options): the reading API (`foi-charts/read`) shows it, so that the rules an element applies
 * are the ones a journalist sees, from one reader. Reading without a trace records nothing.
 */
import type { ReadRow } from './cells.js';
import type { ColumnProfile } from './columns.js';
import type { DecimalStyle } from './parse-number.js';
import type { Structure } from './structure.js';

export interface ReadTrace {
  /** Lines above the header row, skipped; `note`: a source or note line kept as a note. */
  titles: { where: string; text: string; note: boolean }[];
  /** Where the header row is ("Row 3"), when the source has one. */
  header?: string;
  /** Every column's profile: its kind of figure, codes, years, totals. */
  columns?: ColumnProfile[];
  /** The label column, and the value columns read (0-based, in the grid's columns). */
  labelAt?: number;
  valueAts?: number[];
  /**
   * A long file turned wide by `series-column`: its label, value and series columns (in the
   * long file's columns, which `columns` profiles); `labelAt` and `valueAts` are then the wide grid's.
   */
  pivot?: { labelAt: number; valueAt: number; seriesAt: number };
  /** Each value column's decimal convention, and what settled it. */
  styles?: { at: number; style: DecimalStyle; why: string }[];
  /** Rows taken as notes (under the data, or a footer with no figure). */
  noteRows: { where: string; text: string }[];
  /** Rows a `filter` left out. */
  filteredOut: string[];
  /** The rows read, and their structure (roles, reasons, which are drawn). */
  rows?: ReadRow[];
  structure?: Structure;
}

/** A new, empty trace. */
export function newTrace(): ReadTrace {
  return { titles: [], noteRows: [], filteredOut: [] };
}
