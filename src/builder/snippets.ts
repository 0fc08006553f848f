/**
 * What the builder gives to copy, as text: the tag with its data inline (a child `<table>` or
 * `values`), the tag with `src`, the CMS placeholder, and the script tags with their integrity
 * hashes. Every value is escaped: what a file or a user typed is text in the HTML, never markup.
 * The preview is built from the same `ChartSpec`, so what is copied draws what was previewed.
 */
import { tagOf, choiceAttributes, readsSeries, type Choices } from './choices.js';
import type { Portable } from './portable.js';

export type DataForm = 'table' | 'values';

export interface SpecTable {
  caption: string;
  names: string[] | null;
  rows: string[][];
  labelAt: number;
}

/** One chart tag: its name, its attributes in order, and its child table if any. */
export interface ChartSpec {
  tag: string;
  attributes: [string, string][];
  table: SpecTable | null;
}

/** The tag with the data inside it, as a table or as `values`. */
export function inlineSpec(form: DataForm, data: Portable, choices: Choices): ChartSpec {
  const attributes = merge(choiceAttributes(choices), data.extra);
  if (form === 'values') {
    const values = data.valuesText ?? JSON.stringify(data.rows.map((row) => Object.fromEntries(data.names!.map((name, i) => [name, row[i] ?? '']))));
    return { tag: tagOf(choices.kind), attributes: [...attributes, ['values', values]], table: null };
  }
  return { tag: tagOf(choices.kind), attributes, table: { caption: choices.heading.trim(), names: data.names, rows: data.rows, labelAt: data.labelAt } };
}

/** The tag that reads the published file itself: the same choices, and `src`. */
export function srcSpec(url: string, choices: Choices): ChartSpec {
  return { tag: tagOf(choices.kind), attributes: [...choiceAttributes(choices), ['src', url.trim() || 'data.csv']], table: null };
}

/** The page's own attribute wins over one the data form adds. */
function merge(own: [string, string][], extra: [string, string][]): [string, string][] {
  const names = new Set(own.map(([name]) => name));
  const added = extra.filter(([name]) => !names.has(name));
  // The data form's reading settings go before the words that follow the columns (note, source …).
  const at = own.findIndex(([name]) => ['note', 'source', 'source-href', 'locale', 'theme', 'actions'].includes(name));
  return at < 0 ? [...own, ...added] : [...own.slice(0, at), ...added, ...own.slice(at)];
}

/** Text as HTML text: `&`, `<` and `>` escaped, and no-break spaces shown as `&nbsp;`. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

/** `name="value"`, escaped; single quotes around JSON, so that it stays readable. */
export function attribute(name: string, value: string): string {
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
  return `${name}=${quote}${escaped}${quote}`;
}

/** The chart's tag, one attribute a line, its table inside. */
export function tagHtml(spec: ChartSpec): string {
  return element(spec.tag, spec.attributes, spec.table);
}

/**
 * The placeholder a CMS that strips unknown tags keeps (stock WordPress for authors): a `<div>`
 * naming the tag, every attribute in its `data-` form, the table inside.
 */
export function placeholderHtml(spec: ChartSpec): string {
  return element('div', [['data-foi-chart', spec.tag], ...spec.attributes.map(([name, value]): [string, string] => [`data-${name}`, value])], spec.table);
}

function element(tag: string, attributes: [string, string][], table: SpecTable | null): string {
  const open = attributes.length ? `<${tag}\n${attributes.map(([n, v]) => `  ${attribute(n, v)}`).join('\n')}>` : `<${tag}>`;
  return table ? `${open}\n${tableHtml(table, '  ')}\n</${tag}>` : `${open}</${tag}>`;
}

/** The data as a page's table: the header in `<thead>`, each label a row header. */
export function tableHtml(table: SpecTable, indent = ''): string {
  const i1 = `${indent}  `;
  const i2 = `${i1}  `;
  const lines = [`${indent}<table>`];
  if (table.caption) lines.push(`${i1}<caption>${escapeText(table.caption)}</caption>`);
  if (table.names) lines.push(`${i1}<thead>`, `${i2}<tr>${table.names.map((n) => `<th scope="col">${escapeText(n)}</th>`).join('')}</tr>`, `${i1}</thead>`);
  lines.push(`${i1}<tbody>`);
  for (const row of table.rows) {
    const cells = row.map((cell, i) => (i === table.labelAt ? `<th scope="row">${escapeText(indented(cell))}</th>` : `<td>${escapeText(cell.trim())}</td>`));
    lines.push(`${i2}<tr>${cells.join('')}</tr>`);
  }
  lines.push(`${i1}</tbody>`, `${indent}</table>`);
  return lines.join('\n');
}

/**
 * A label's leading spaces, which spreadsheets use to indent a row under its group, as no-break
 * spaces: a page table keeps those (ordinary ones are collapsed), so the reader sees the same levels.
 */
export function indented(cell: string): string {
  let n = 0;
  for (const c of /^\s*/.exec(cell)![0]) n += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
  return `${n > 1 ? '\u00a0'.repeat(n) : ''}${cell.trim()}`;
}

/** The embed's files, as named beside `foi-charts.js` (src/base/chunks.embed.ts loads them). */
export const FILES = {
  css: 'foi-charts.css',
  embed: 'foi-charts.js',
  draw: 'foi-charts-draw.js',
  drawAll: 'foi-charts-draw-all.js',
  series: 'foi-charts-series.js',
  remote: 'foi-charts-remote.js',
  sound: 'foi-charts-sound.js',
  export: 'foi-charts-export.js',
} as const;

/** The chunks this chart loads: the drawing (with every kind, for series), the series reader, the loader, sound, the picture. */
export function chunksFor(choices: Choices, src: boolean): string[] {
  const series = readsSeries(choices);
  return [
    series ? FILES.drawAll : FILES.draw,
    ...(series ? [FILES.series] : []),
    ...(src ? [FILES.remote] : []),
    ...(choices.actions.includes('sound') ? [FILES.sound] : []),
    ...(choices.actions.includes('png') ? [FILES.export] : []),
  ];
}

/**
 * The stylesheet and script tags, with Subresource Integrity: the script's hash on it, each
 * chunk's in an import map (applied to `import()` by every current engine) and on a
 * `modulepreload` (which older Chromium and Firefox need), as the README's "Subresource
 * Integrity" explains. Without hashes (`integrity` null), the plain tags.
 */
export function scriptTags(base: string, chunks: string[], integrity: Record<string, string> | null): string {
  // As typed: an address on a CDN, or a path on the newsroom's own site ("/js/foi-charts/").
  const url = (file: string) => `${base.trim().replace(/\/?$/, '/')}${file}`;
  const sri = (file: string) => (integrity?.[file] ? ` ${attribute('integrity', integrity[file]!)}` : '');
  if (!integrity) {
    return [`<link rel="stylesheet" ${attribute('href', url(FILES.css))}>`, `<script ${attribute('src', url(FILES.embed))} defer></script>`].join('\n');
  }
  const map = { integrity: Object.fromEntries(chunks.filter((f) => integrity[f]).map((f) => [url(f), integrity[f]])) };
  return [
    `<link rel="stylesheet" crossorigin ${attribute('href', url(FILES.css))}${sri(FILES.css)}>`,
    // JSON in a script element: no "<" at all, so nothing typed can end or reopen it ("</script", "<!--").
    `<script type="importmap">\n${JSON.stringify(map, null, 2).replace(/</g, '\\u003c')}\n</script>`,
    ...chunks.filter((f) => integrity[f]).map((f) => `<link rel="modulepreload" crossorigin ${attribute('href', url(f))}${sri(f)}>`),
    `<script defer crossorigin ${attribute('src', url(FILES.embed))}${sri(FILES.embed)}></script>`,
  ].join('\n');
}
