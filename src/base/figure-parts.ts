import { FILL_NAMES, partFills } from '../core/fills.js';
import { formatValue } from '../core/format.js';
import type { AnyChartKind, ChartKind, SeriesChartKind, ValueFormat } from '../core/types.js';
import type { DrawInput } from '../draw/index.js';
import type { FoiFocusDetail } from '../events/index.js';
import type { ToneSeries } from '../sound/tones.js';
import type { Figure } from './data-intake.js';
import { partText } from './figure-text.js';
import { pointOf } from './series-templates.js';

/** How many parts the reader can move between: one per row, or one per point of every series. */
export const partCount = (f: Figure | null): number => f?.partTexts?.length ?? 0;

/** The tooltip of a part: what it is ("Facebook", "Snapchat, 2016/17") and its value. */
export function tipOf(f: Figure, index: number): { title: string; text: string } | null {
  const unit = f.settings.unit;
  if (!f.series) {
    const row = f.model?.rows[index];
    return row ? { title: row.label, text: partText(row, f.fmt, unit) } : null;
  }
  const { labelIndex, seriesIndex } = pointOf(f.series, index);
  const series = f.series.series[seriesIndex];
  const label = f.series.labels[labelIndex];
  if (!series || label === undefined) return null;
  const value = series.values[labelIndex] ?? null;
  return { title: series.name ? `${series.name}, ${label}` : label, text: value === null ? 'no figure' : f.fmt.amount(value, unit) };
}

/** A part's own words on the chart (its label; a bar's value too): its tooltip never covers them. */
export function partWords(f: Figure, index: number, valueFormat: ValueFormat): string[] {
  if (f.series) return [f.series.labels[pointOf(f.series, index).labelIndex] ?? ''];
  const row = f.model?.rows[index];
  return row ? [row.label, formatValue(row, valueFormat, f.fmt)] : [];
}

/** The `foi-focus` detail of a part. */
export function focusDetail(f: Figure, index: number): FoiFocusDetail {
  if (!f.series) {
    const row = f.model!.rows[index]!;
    return { index, label: row.label, value: row.value };
  }
  const { labelIndex, seriesIndex } = pointOf(f.series, index);
  const series = f.series.series[seriesIndex]!;
  return { index, label: f.series.labels[labelIndex]!, value: series.values[labelIndex] ?? null, series: series.name };
}

/** What "Play as sound" plays: every series, or the one series of rows. */
export function toneSeries(f: Figure | null): ToneSeries[] {
  return f?.series ? f.series.series : [{ values: f?.model?.rows.map((row) => row.value) ?? [] }];
}

/** What the drawing gets of the figure: its labels, values or series, each part's fill by name, the words. */
export function drawData(
  { model, series, fmt }: Figure,
  kind: AnyChartKind,
  highlight: string | null,
  valueFormat: ValueFormat,
): Pick<DrawInput, 'kind' | 'labels' | 'values' | 'series' | 'fills' | 'valueLabels' | 'formatTick'> {
  const rows = model?.rows ?? [];
  const names = FILL_NAMES.series;
  return {
    kind,
    labels: series?.labels ?? rows.map((row) => row.label),
    values: rows.map((row) => row.value),
    series: series?.series ?? null,
    fills: series ? series.series.map((_, i) => names[i % names.length]!) : partFills(rows, kind as ChartKind, highlight, FILL_NAMES),
    valueLabels: rows.map((row) => formatValue(row, valueFormat, fmt)),
    formatTick: (n) => fmt.number(n),
  };
}

/**
 * Whether parts carry textures: asked for (`patterns`, forced colours), or bars and columns of
 * several series, which colour alone would tell apart (lines have dashes and point shapes).
 */
export const texturesOn = (f: Figure, kind: AnyChartKind, asked: boolean): boolean =>
  asked || (kind !== 'line' && (f.series?.series.length ?? 0) > 1);

/** Column and line charts draw series over labels. */
export const isSeriesKind = (kind: AnyChartKind): kind is SeriesChartKind => kind === 'column' || kind === 'line';
