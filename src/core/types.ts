/** One category of a chart: a label and its value. */
export interface Datum {
  label: string;
  value: number;
}

/**
 * What every parser returns: data, or an error a reader can act on.
 * Parsers never throw; `error` is a complete sentence naming the bad entry.
 */
export type ParseResult = { ok: true; data: Datum[] } | { ok: false; error: string };

/** A row as the figure shows it: the datum plus its share of the total. */
export interface Row extends Datum {
  /** value / total (0 when total is 0). */
  share: number;
  /** True for the remainder row derived from `total − sum`. */
  derived: boolean;
  /** Position in the input order, before sorting. */
  index: number;
}

export type ChartKind = 'bar' | 'donut';
export type SortOrder = 'desc' | 'asc' | 'none';
export type ValueFormat = 'number' | 'percent' | 'both';
