/**
 * The builder's choices: every decision the reader made that the user can change, and every
 * text, as plain data. One function turns them into the reading API's options and one into the
 * tag's attributes, so the reading shown, the preview and the copied tag agree.
 */
import type { ReadKind, ReadOptions } from '../read/index.js';

export type Level = '' | 'leaves' | 'top' | 'all';
export type Theme = '' | 'light' | 'dark' | 'auto';
export const ACTIONS = ['table', 'csv', 'png', 'bars', 'sound'] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface Choices {
  kind: ReadKind;
  /** Empty: chosen by the rules. */
  labelColumn: string;
  valueColumn: string;
  /** Column and line charts: the series, in the file's order; none: chosen by the rules. */
  valueColumns: string[];
  seriesColumn: string;
  filter: string;
  level: Level;
  decimal: '' | ',' | '.';
  total: string;
  /** The unit's two forms: "case" and "cases" make `unit="case|cases"`. */
  unitOne: string;
  unitMany: string;
  heading: string;
  subtitle: string;
  note: string;
  source: string;
  sourceHref: string;
  remainderLabel: string;
  /** `parts="overlap"`: one case may be counted in several parts. */
  overlap: boolean;
  locale: string;
  theme: Theme;
  actions: ActionName[];
}

/** The choices that belong to one table: new data starts them again. */
export const DATA_CHOICES = {
  labelColumn: '',
  valueColumn: '',
  valueColumns: [],
  seriesColumn: '',
  filter: '',
  level: '',
  decimal: '',
  total: '',
  remainderLabel: '',
  overlap: false,
} satisfies Partial<Choices>;

export const DEFAULT_CHOICES: Choices = {
  kind: 'bar',
  ...DATA_CHOICES,
  unitOne: '',
  unitMany: '',
  heading: '',
  subtitle: '',
  note: '',
  source: '',
  sourceHref: '',
  locale: '',
  theme: '',
  actions: ['table', 'csv'],
};

export const KINDS: { kind: ReadKind; tag: string; name: string; what: string }[] = [
  { kind: 'bar', tag: 'foi-bar-chart', name: 'Bars', what: 'categories compared, largest first' },
  { kind: 'donut', tag: 'foi-donut-chart', name: 'Donut', what: 'parts of one whole' },
  { kind: 'column', tag: 'foi-column-chart', name: 'Columns', what: 'periods in their order; one or more series' },
  { kind: 'line', tag: 'foi-line-chart', name: 'Lines', what: 'one or more series over time' },
];

export const tagOf = (kind: ReadKind): string => KINDS.find((k) => k.kind === kind)!.tag;

/** Whether the chart reads several series: column and line charts, or a long file split by a column. */
export const readsSeries = (c: Choices): boolean => c.kind === 'column' || c.kind === 'line' || (c.kind === 'bar' && !!c.seriesColumn);

/** The unit attribute's text: `case|cases`, or one form alone. */
export function unitText(c: Choices): string {
  const one = c.unitOne.trim();
  const many = c.unitMany.trim();
  return one && many ? `${one}|${many}` : many || one;
}

/** The reading API's options for these choices: the same reader, with the same settings as the tag. */
export function readOptions(c: Choices): ReadOptions {
  const several = readsSeries(c);
  return {
    kind: c.kind,
    labelColumn: c.labelColumn || null,
    // A long file split into series still takes its figures from one value column.
    valueColumn: !several || c.seriesColumn ? c.valueColumn || null : null,
    valueColumns: several && !c.seriesColumn && c.valueColumns.length ? c.valueColumns : null,
    seriesColumn: c.kind !== 'donut' ? c.seriesColumn || null : null,
    filter: c.filter.trim() || null,
    level: c.level || null,
    decimal: c.decimal || null,
    locale: c.locale.trim() || null,
    total: c.total.trim() || null,
    remainderLabel: c.remainderLabel.trim() || null,
    unit: unitText(c) || null,
  };
}

/**
 * The attributes these choices set, in the order a reader of the tag looks for them: the words
 * first, then how the data is read, then how it looks. Only what differs from the element's
 * defaults; the tag's data (`values`, `src` or a child table) is added by the caller.
 */
export function choiceAttributes(c: Choices): [string, string][] {
  const o = readOptions(c);
  const list: [string, string | null | undefined][] = [
    ['heading', c.heading.trim()],
    ['subtitle', c.subtitle.trim()],
    ['unit', o.unit],
    ['total', o.total as string | null],
    ['remainder-label', o.remainderLabel],
    ['parts', c.overlap ? 'overlap' : null],
    ['label-column', o.labelColumn],
    ['value-column', o.valueColumn],
    ['value-columns', Array.isArray(o.valueColumns) ? o.valueColumns.join(',') : null],
    ['series-column', o.seriesColumn],
    ['filter', o.filter],
    ['level', o.level],
    ['decimal', o.decimal],
    ['note', c.note.trim()],
    ['source', c.source.trim()],
    ['source-href', c.sourceHref.trim()],
    ['locale', o.locale],
    ['theme', c.theme],
  ];
  const set = list.filter((entry): entry is [string, string] => !!entry[1]);
  // Always written, even empty (no controls): the element's default differs by chart.
  return [...set, ['actions', c.actions.join(' ')]];
}
