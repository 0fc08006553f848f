/**
 * Data in: pasted text, a local file, a URL (loaded as `src` is loaded, with its limits), or a
 * story preset. Each gives the text the reading API reads and, for a URL, the address the `src`
 * form of the tag points at. Failures are sentences a journalist can act on.
 */
import { fetchShared, MAX_BYTES } from '../core/fetch-data.js';
import { capitalise } from '../core/messages.js';
import { safeFetchUrl } from '../core/url.js';
import { offenceTypes, outcomes, platforms } from '../presets/lancashire-foi-2017.js';
import type { Preset } from '../base/settings.js';
import type { Choices } from './choices.js';

export interface Source {
  /** The data as text: CSV, TSV, semicolon-separated, JSON or typed `values`. */
  text: string;
  origin: 'paste' | 'file' | 'url' | 'preset';
  /** The file's name, the URL as typed, or the story's name. */
  name: string;
  /** For a URL: the address the `src` form of the tag uses (absolute: the article is elsewhere). */
  url?: string;
}

export type Loaded = { ok: true; source: Source } | { ok: false; error: string };

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** A local file's text, refused with a reason when it is a workbook, too large or not text. */
export async function readFile(file: File): Promise<Loaded> {
  if (SPREADSHEET.test(file.name)) {
    return {
      ok: false,
      error: `“${file.name}” is a spreadsheet workbook, which a web page can’t read. In the spreadsheet, select the table and copy it, then paste it above; or save the sheet as CSV (File, then Save as or Download, then CSV) and open that.`,
    };
  }
  if (file.size > MAX_BYTES) return { ok: false, error: `“${file.name}” is larger than ${MAX_BYTES / 1_000_000} MB, too large for a chart.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
  if (text.includes('\u0000')) return { ok: false, error: `“${file.name}” is not a text file: open a CSV, TSV or JSON file.` };
  return { ok: true, source: { text, origin: 'file', name: file.name } };
}

/**
 * Loads a URL with the loader a chart's `src` uses (same limits, same messages), and explains
 * the failures a browser hides: a site that doesn't let other sites read its files (CORS).
 */
export async function readUrl(typed: string, base: string): Promise<Loaded> {
  const url = safeFetchUrl(typed.trim(), base);
  if (!url) return { ok: false, error: 'Give a web address that starts with https:// (or http://).' };
  const body = await fetchShared(url);
  if ('error' in body) return { ok: false, error: explain(body.error, url) };
  if (/^\s*<[!?a-z]/i.test(body.text)) {
    return { ok: false, error: `${url} is a web page, not a data file. ${sheetAdvice(url) || 'Give the address of the CSV or JSON file itself.'}` };
  }
  return { ok: true, source: { text: body.text, origin: 'url', name: typed.trim(), url } };
}

function explain(error: string, url: string): string {
  if (!/network request failed/.test(error)) return `${error} ${sheetAdvice(url)}`.trim();
  return (
    `The file at ${url} could not be read. If the address is right, the site that holds it does not let other ` +
    'web sites read its files (it sends no “Access-Control-Allow-Origin” header, the rule browsers call CORS), ' +
    'so a chart on your article could not read it either. Publish the file where any site may read it (a Google ' +
    'Sheet published to the web as CSV works, as does a file on your own site), or download it and open it here. ' +
    sheetAdvice(url)
  ).trim();
}

/** A Google Sheet's editing address is a page; its published CSV is data. */
function sheetAdvice(url: string): string {
  if (!/^https:\/\/docs\.google\.com\/spreadsheets\//.test(url) || /output=(csv|tsv)|\/export\?/.test(url)) return '';
  return 'For a Google Sheet, use File, then Share, then Publish to web, choose CSV, and give the address it shows.';
}

/** The stories a builder can start from: the preset elements' figures and words. */
export const PRESETS: { id: string; tag: string; kind: 'bar' | 'donut'; preset: Preset; column: string }[] = [
  { id: 'platforms', tag: 'offence-platform-bar', kind: 'bar', preset: platforms, column: 'Platform' },
  { id: 'outcomes', tag: 'case-outcome-donut', kind: 'donut', preset: outcomes, column: 'Outcome' },
  { id: 'offence-types', tag: 'offence-type-bar', kind: 'bar', preset: offenceTypes, column: 'Offence type' },
];

/** A story's figures as a pasted table, and its words as choices. */
export function readPreset(id: string): { source: Source; choices: Partial<Choices> } | null {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) return null;
  const { preset: p, column, kind } = found;
  const [one = '', many = ''] = (p.unit ?? '').split('|');
  const valueName = many ? capitalise(many) : 'Value';
  const text = [`${column}\t${valueName}`, ...(p.data ?? []).map((d) => `${d.label}\t${d.value}`)].join('\n');
  return {
    source: { text, origin: 'preset', name: p.heading ?? id },
    choices: {
      kind,
      heading: p.heading ?? '',
      subtitle: p.subtitle ?? '',
      note: p.note ?? '',
      source: p.source ?? '',
      sourceHref: p.sourceHref ?? '',
      total: p.total === undefined ? '' : String(p.total),
      remainderLabel: p.remainderLabel ?? '',
      overlap: p.parts === 'overlap',
      unitOne: one,
      unitMany: many,
    },
  };
}
