/**
 * The shapes of several series over one set of labels (column and line charts), as the series
 * readers (series.ts, series-parse.ts) return them and the summary and export read them.
 */
import type { GridOptions } from './grid.js';
import type { DataExtras } from './types.js';

/** One series: its name (a column header, or '' for the one series of unnamed data) and a value per label. */
export interface Series {
  name: string;
  /** One per label, in the labels' order; `null` where the source has no figure (a gap). */
  values: (number | null)[];
}

/** A cell that said "no figure" (`..`, `NA`, empty …): a gap in its series. */
export interface MissingPoint {
  label: string;
  series: string;
  /** Where the source has it: "Row 12", "Entry 3". */
  where: string;
  labelIndex: number;
  seriesIndex: number;
}

/** A total row (labelled so, a `<tfoot>` row, or the sum of the others): never a label. */
export interface SeriesTotalRow {
  label: string;
  /** One per series. */
  values: (number | null)[];
  where: string;
}

/** Several series over shared labels, with what the source said around them. */
export interface SeriesData extends Pick<DataExtras, 'leftOut' | 'level' | 'leftOutColumns' | 'valueChoice'> {
  labels: string[];
  series: Series[];
  /** Every label is a period (2019, 2019/20, Q1 2020 …): the order is time's. */
  periods: boolean;
  /** Note and source lines found above or under the data. */
  notes?: string[];
  /** The gaps, in the source's order. */
  missing?: MissingPoint[];
  totalRow?: SeriesTotalRow;
  /** Some value cells were written with `%`. */
  percentCells?: boolean;
  /** The header of the label column, e.g. "Year". */
  labelHeader?: string;
  /** The most decimals the source writes in any series (up to 4). */
  decimals?: number;
}

/** What every series reader returns; never thrown. `error` names the row or column and quotes the cell. */
export type SeriesResult = ({ ok: true } & SeriesData) | { ok: false; error: string };

/** How to read several series: {@link GridOptions} and the columns that are series. */
export interface SeriesOptions extends GridOptions {
  /**
   * The `value-columns` attribute: header names, comma-separated (or a list), trimmed and
   * compared case-insensitively. Default: every number column after the labels that is not
   * codes, years, row numbers or a constant.
   */
  valueColumns?: string | readonly string[] | null;
  /**
   * The `series-column` attribute: long-format data, one series per distinct value of this
   * column (labels from the label column, figures from the value column).
   */
  seriesColumn?: string | null;
}
