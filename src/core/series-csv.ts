/**
 * The "Download CSV" action for a chart of several series: the table a spreadsheet would have.
 */
import { textField } from './csv-export.js';
import type { SeriesData } from './series-types.js';

/**
 * Writes several series as RFC 4180 CSV, as {@link toCsv} writes one: a header row (the label
 * column's header, then each series' name), one row per label in the chart's order, one column
 * per series, numbers written plain (`1234.5`), a gap as an empty cell (which reads back as "no
 * figure"), CRLF line ends, and text a spreadsheet would run as a formula prefixed with `'`.
 * An unnamed series is headed `Value` (`Series 2` … when there are several), so that every
 * column has a header.
 *
 * @param labelHeader the label column's header, e.g. "Year"; default the data's own, else "Label"
 */
export function seriesToCsv(data: Pick<SeriesData, 'labels' | 'series' | 'labelHeader'>, labelHeader?: string): string {
  const names = data.series.map((s, k) => s.name || (data.series.length === 1 ? 'Value' : `Series ${k + 1}`));
  const lines = [[labelHeader || data.labelHeader || 'Label', ...names].map(textField)];
  data.labels.forEach((label, i) => {
    lines.push([textField(label), ...data.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? '' : String(s.values[i])))]);
  });
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
