import type { ValueFormat } from './types.js';
import { unitFor, type Unit } from './units.js';

/** Locale-aware number formatting for one chart: labels, table, summary and announcements. */
export interface Format {
  /** The locale actually used (the fallback when the requested one was invalid). */
  readonly locale: string;
  /** A value with its decimals (as the source writes them, by default) and the locale's grouping: "1,234", "1.234" (de-DE). */
  number(n: number): string;
  /** A share (0.5 = half) as a percentage: "50%", "0.2%", "<0.1%". */
  percent(share: number): string;
  /** A value with its unit in the right form: "1 case", "261 cases"; just the number with no unit. */
  amount(n: number, unit: Unit): string;
}

/** The locale used when none is given or the given one is not a valid language tag. */
export const FALLBACK_LOCALE = 'en-GB';

/** Below this share a one-decimal percentage would round to "0%", which would read as none. */
const TINY_SHARE = 0.0005;

const cache = new Map<string, Format>();

/** How many decimals numbers show: up to `max`, and at least `min` (trailing zeros kept). */
export interface Decimals {
  max: number;
  min?: number;
}

/** Numbers whose source gave no hint show up to two decimals. */
const DEFAULT_DECIMALS: Decimals = { max: 2 };

/**
 * Creates (or reuses) the formatter for a locale and a number of decimals: as the source writes
 * them (`{max: 3}` keeps 0.356 as 0.356), or fixed by the `decimals` attribute (`{max: 1, min: 1}`).
 * Formatters are cached because `Intl.NumberFormat` construction is comparatively slow and a
 * page may hold many charts. An invalid locale (Intl throws a RangeError) falls back to
 * {@link FALLBACK_LOCALE}.
 */
export function createFormat(locale: string, decimals: Decimals = DEFAULT_DECIMALS): Format {
  const requested = typeof locale === 'string' ? locale.trim() : '';
  const max = Math.max(0, Math.min(4, Math.round(decimals.max)));
  const min = Math.min(max, Math.max(0, Math.round(decimals.min ?? 0)));
  const key = `${requested}|${max}|${min}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const used = isValidLocale(requested) ? requested : FALLBACK_LOCALE;
  const plain = new Intl.NumberFormat(used, { maximumFractionDigits: max, minimumFractionDigits: min });
  const whole = new Intl.NumberFormat(used, { style: 'percent', maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(used, { style: 'percent', maximumFractionDigits: 1 });
  const format: Format = {
    locale: used,
    number: (n) => plain.format(noNegativeZero(n, 0.5 * 10 ** -max)),
    percent: (share) => {
      const size = Math.abs(share);
      if (share === 0) return whole.format(0); // also -0, which Intl would show as "-0%"
      if (!Number.isFinite(share)) return whole.format(share);
      // A nonzero share never reads as "0%": show it as less than the smallest step instead.
      if (size < TINY_SHARE) return share > 0 ? `<${tenths.format(0.001)}` : `>${tenths.format(-0.001)}`;
      // Small shares keep one decimal so that 0.2% and 0.8% stay distinguishable.
      if (size < 0.01) return tenths.format(share);
      return whole.format(share);
    },
    amount: (n, unit) => {
      const text = format.number(n);
      const noun = unitFor(unit, n, used);
      return noun ? `${text} ${noun}` : text;
    },
  };
  cache.set(key, format);
  return format;
}

/**
 * Builds a locale's formatters ahead of time. The page's first `Intl` formatter loads the locale
 * data (20 to 50 ms, native, in one piece); called in a task of its own before the first chart
 * renders, that time is not added to the first chart's render.
 */
export function prepareFormat(locale: string): void {
  createFormat(locale).percent(0.5);
}

/**
 * A row's value as the chart labels it, by the `value-format` attribute:
 * `number` → "261", `percent` → "50%", `both` → "261 (50%)". A row with no share (bars
 * without a whole) is always its number.
 */
export function formatValue(row: { value: number; share: number | null }, mode: ValueFormat, fmt: Format): string {
  if (row.share === null) return fmt.number(row.value);
  if (mode === 'percent') return fmt.percent(row.share);
  if (mode === 'both') return `${fmt.number(row.value)} (${fmt.percent(row.share)})`;
  return fmt.number(row.value);
}


function isValidLocale(locale: string): boolean {
  if (!locale) return false;
  try {
    new Intl.NumberFormat(locale);
    return true;
  } catch {
    return false;
  }
}

/** Values that round to zero are shown as "0", not "-0". */
function noNegativeZero(n: number, epsilon: number): number {
  return Math.abs(n) < epsilon ? 0 : n;
}
