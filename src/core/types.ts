/** One category of a chart: a label and its value. */
export interface Datum {
  label: string;
  value: number;
}

/** A row of the source whose value cell said "no figure" (`..`, `NA`, empty …). */
export interface MissingFigure {
  label: string;
  /** Where the source has it: "Row 12", "Entry 3". */
  where: string;
  /** How many charted rows come before it in the source's order. */
  index: number;
}

/** What a source says besides its rows, for the figure's notes, total and headers. */
export interface DataExtras {
  /** Note and source lines found above or under the data. */
  notes?: string[];
  /** Rows with no figure: left out of the chart, listed in the table and a note. */
  missing?: MissingFigure[];
  /** A total row (labelled so, or the sum of the others): the total, never a category. */
  totalRow?: { label: string; value: number; where: string };
  /** Some value cells were written with `%`: the values are percentages, not counts. */
  percentCells?: boolean;
  /** The header of the label column, e.g. "Platform". */
  labelHeader?: string;
  /** The header of the value column, e.g. "Cases". */
  valueHeader?: string;
  /** Rows of the table's structure left out of the chart: totals, subtotals, "of which" items. */
  leftOut?: LeftOutRow[];
  /** The level drawn, when the page chose one other than the finest (`level`). */
  level?: 'top' | 'all';
  /** The most decimals the source writes in the figures drawn (up to 4). */
  decimals?: number;
  /**
   * The column drawn when several number columns could be the value and the page named none:
   * the figure says which (`columns` lists them all, in the table's order).
   */
  valueChoice?: { drawn: string; columns: string[] };
  /** Number columns left out of the series by the rules (a total column), and why. */
  leftOutColumns?: { name: string; why: string }[];
}

/** A row of a table's structure that the chart leaves out, and why. */
export interface LeftOutRow {
  label: string;
  /** Its figure (one series), or null (several series, or none). */
  value: number | null;
  role: 'total' | 'subtotal' | 'of-which';
  /** Subtotals: whether the rows it sums are above it (a footer) rather than under it. */
  above?: boolean;
  /** "of which" items: the row they are part of. */
  parent?: string;
  where: string;
}

/**
 * What every parser returns: data (with what the source said around it), or an error a reader
 * can act on. Parsers never throw; `error` is a complete sentence naming the bad entry.
 */
export type ParseResult = ({ ok: true; data: Datum[] } & DataExtras) | { ok: false; error: string };

/** A row as the figure shows it: the datum plus its share of the total. */
export interface Row extends Datum {
  /** value / total (0 when total is 0); `null` where shares mean nothing (bars without `total`). */
  share: number | null;
  /** True for the remainder row derived from `total − sum`. */
  derived: boolean;
  /** Position in the input order, before sorting. */
  index: number;
}

export type ChartKind = 'bar' | 'donut';
/** Kinds that draw one or more series over shared labels. */
export type SeriesChartKind = 'column' | 'line';
export type AnyChartKind = ChartKind | SeriesChartKind;
export type SortOrder = 'desc' | 'asc' | 'none';
export type ValueFormat = 'number' | 'percent' | 'both';
