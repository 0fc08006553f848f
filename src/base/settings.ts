import { createFormat, FALLBACK_LOCALE, type Decimals, type Format } from '../core/format.js';
import { parseTotal, type TotalSetting } from '../core/model.js';
import type { Datum } from '../core/types.js';
import { parseUnit, type Unit } from '../core/units.js';
import type { TakeawayDisplay } from './attributes.js';
import type { ChartProperties } from './chart-properties.js';

/** What a preset supplies: the story's data and wording. Any attribute the page sets wins. */
export interface Preset {
  heading?: string;
  subtitle?: string;
  source?: string;
  sourceHref?: string;
  note?: string;
  total?: number;
  unit?: string;
  remainderLabel?: string;
  /** What one category is, for the summary: "platform" gives "8 platforms". */
  categoryNoun?: string;
  /** `overlap`: one case may be counted in several parts (`parts`). */
  parts?: 'overlap';
  /** Whether the takeaway shows under the subtitle (`takeaway`; default `visible`). */
  takeaway?: TakeawayDisplay;
  data?: Datum[];
}

/** The attributes in use, each resolved against the preset. */
export interface Settings {
  heading: string;
  subtitle: string;
  source: string;
  sourceHref: string;
  note: string;
  /** The noun for values in both forms, parsed for the chart's locale. */
  unit: Unit;
  total: TotalSetting;
  remainderLabel: string | null;
  locale: string;
  /** The page (or preset) says one thing may be counted in several parts (`parts="overlap"`). */
  overlapping: boolean;
  /** The takeaway shows under the subtitle (else it is for screen readers only). */
  takeawayVisible: boolean;
}

/** The language the page gives the element: its `locale` attribute, else the nearest `lang`. */
export function pageLanguage(el: ChartProperties): string | null {
  return el.locale?.trim() || el.closest('[lang]')?.getAttribute('lang') || null;
}

/**
 * The attributes merged with the preset's defaults: an attribute with text wins, else the
 * preset's value. A data table's caption stands in for a missing heading.
 */
export function resolveSettings(el: ChartProperties, preset: Preset, tableCaption: string): Settings {
  const pick = (own: string | null, fallback?: string) => {
    const text = own?.trim();
    return text ? text : (fallback ?? '');
  };
  const locale = pageLanguage(el) || FALLBACK_LOCALE;
  return {
    heading: pick(el.heading, preset.heading) || tableCaption,
    subtitle: pick(el.subtitle, preset.subtitle),
    source: pick(el.source, preset.source),
    sourceHref: pick(el.sourceHref, preset.sourceHref),
    note: pick(el.note, preset.note),
    // Forms chosen by the locale actually used (createFormat falls back from an invalid one).
    unit: parseUnit(pick(el.unit, preset.unit), createFormat(locale).locale),
    total: parseTotal(el.total) ?? preset.total ?? null,
    remainderLabel: pick(el.remainderLabel, preset.remainderLabel) || null,
    locale,
    overlapping: (pick(el.parts, preset.parts) || '').toLowerCase() === 'overlap',
    takeawayVisible: pick(el.takeaway, preset.takeaway).toLowerCase() !== 'hidden',
  };
}

/**
 * The formatter for a figure: the chart's locale, and its decimals — the `decimals` attribute
 * (`0`–`4`, every number shown with exactly that many), else as many as the source writes
 * (`written`, up to 4; readers leave it out for whole numbers), else up to two.
 */
export function figureFormat(el: ChartProperties, settings: Settings, written: number | undefined): Format {
  const fixed = Number(typeof el.decimals === 'string' ? el.decimals.trim() || NaN : el.decimals ?? NaN);
  const decimals: Decimals | undefined =
    Number.isInteger(fixed) && fixed >= 0 && fixed <= 4 ? { max: fixed, min: fixed } : written !== undefined ? { max: written } : undefined;
  return createFormat(settings.locale, decimals);
}
