/**
 * The noun a chart counts in, in both its forms, so that no figure reads "1 cases".
 *
 * `unit="case|cases"` gives the singular and the plural; the form is chosen for each number by
 * the chart locale's plural rules (`Intl.PluralRules`: in English, `1` is singular, `0`, `1.5`
 * and `2` are plural). A unit given in one form is used for every number, except that in
 * English a plain plural ending in "s" (`cases`, `votes`, `reports`) drops it for one.
 */
export interface Unit {
  /** The form for one ("case"); equal to `other` when only one form is known. */
  one: string;
  /** The form for every other count ("cases"): also the noun in headers and sentences. */
  other: string;
}

export const NO_UNIT: Unit = { one: '', other: '' };

/** Reads `unit` text: "case|cases", or one form. */
export function parseUnit(text: string | null | undefined, locale: string): Unit {
  const raw = (text ?? '').trim();
  if (!raw) return NO_UNIT;
  const bar = raw.indexOf('|');
  if (bar >= 0) {
    const one = raw.slice(0, bar).trim();
    const other = raw.slice(bar + 1).trim();
    return { one: one || other, other: other || one };
  }
  return { one: /^en\b/i.test(locale) ? englishSingular(raw) : raw, other: raw };
}

/** "cases" → "case"; words that are not plain -s plurals ("people", "series", "£m") stay as they are. */
function englishSingular(word: string): string {
  if (/\s/.test(word) || !/^[a-z]+s$/i.test(word) || /(ss|us|is|ies|news|series|species)$/i.test(word)) return word;
  return word.slice(0, -1);
}

const rules = new Map<string, Intl.PluralRules>();

/** The unit's form for `n` in `locale` ("1 case", "2 cases"); empty when there is no unit. */
export function unitFor(unit: Unit, n: number, locale: string): string {
  if (!unit.other) return '';
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n) === 'one' ? unit.one : unit.other;
}
