/**
 * The "Download CSV" action: the chart's rows as a file a spreadsheet opens cleanly.
 */

/** Column headers of the exported file; the share column only when `share` is given. */
export interface CsvHeaders {
  label: string;
  value: string;
  share?: string;
}

/**
 * Writes rows as RFC 4180 CSV (a `null` value is a row with no figure: an empty cell): CRLF line ends, fields quoted when they hold `"`, `,`, a line
 * break, or leading/trailing spaces (which spreadsheets would otherwise trim). Numbers are
 * written plain (`1234.5`, no grouping) so every spreadsheet reads them in any locale; the
 * share is a percentage number with at most 2 decimals (`50`, `0.19`).
 *
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `@`, a tab, a
 * carriage return or `-`: labels are text, so "-2+3" is neutralised too) is prefixed with `'`, the OWASP guard
 * against CSV injection: labels come from pages and files we don't control.
 */
export function toCsv(
  rows: readonly { label: string; value: number | null; share?: number | null }[],
  headers: CsvHeaders,
): string {
  const withShare = headers.share !== undefined;
  const lines = [[headers.label, headers.value, ...(withShare ? [headers.share as string] : [])].map(textField)];
  for (const row of rows) {
    // A row with no figure keeps its place with an empty cell, which reads back as "no figure".
    const fields = [textField(row.label), row.value === null ? '' : String(row.value)];
    if (withShare) fields.push(row.value === null || row.share == null ? '' : percentNumber(row.share));
    lines.push(fields);
  }
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name for the download from the chart's heading: "Platforms named in reports" →
 * `platforms-named-in-reports.csv`. ASCII only (accents dropped: "Café" → "cafe") so every
 * system can save it; at most 60 characters; `chart-data.csv` when nothing is left.
 */
export function csvFileName(heading: string | null | undefined, extension = 'csv'): string {
  const slug = (heading ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const max = 60 - extension.length - 1;
  let cut = slug.length > max ? slug.slice(0, max) : slug;
  // Cut at a word boundary when one is near, rather than mid-word.
  if (slug.length > max && slug[max] !== '-' && cut.lastIndexOf('-') > max / 2) {
    cut = cut.slice(0, cut.lastIndexOf('-'));
  }
  cut = cut.replace(/-+$/, '');
  return `${cut || 'chart-data'}.${extension}`;
}

/** A text field as {@link toCsv} writes it: formula-guarded, quoted when RFC 4180 needs it. */
export function textField(text: string): string {
  let s = String(text);
  if (/^[=+@\t\r-]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A share as a plain percentage: 0.5 → "50", 0.0019 → "0.19"; never "-0". */
function percentNumber(share: number): string {
  const pct = Math.round(share * 10000) / 100;
  return String(pct === 0 ? 0 : pct);
}
