import { createFormat, FALLBACK_LOCALE } from '../core/format.js';
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
    takeawayVisible: pick(el.takeaway, preset.takeaway).toLowerCase() !== 'hidden',
  };
}
