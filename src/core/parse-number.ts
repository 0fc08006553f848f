/**
 * Numbers as people write them, in either of the two conventions newsroom files use:
 *
 * - `dot`: `.` is the decimal mark, `,` (or a space, or `'`) groups thousands: `1,234.5`.
 * - `comma`: `,` is the decimal mark, `.` (or a space) groups thousands: `1.234,5`, `47,70 %`.
 *
 * Spaces may be ordinary, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009), as
 * French and Swiss style guides use. `−` (U+2212, which word processors insert) and a leading
 * `+` are signs. A `%` or a currency sign (£ € $) before or after the number is dropped.
 * Groupings that are not thousands (`1,2,3`) are refused: a silently wrong number in a news
 * chart is worse than an error.
 */
import { lowerFirst } from './messages.js';

export type DecimalStyle = 'dot' | 'comma';

/** A number read from text, and whether the text marked it as a percentage. */
export interface NumberReading {
  value: number;
  percent: boolean;
}

const SPACES = /[\u00a0\u202f\u2009]/g;
// Sign, then an optional currency sign (or the other way round), the digits, then `%` or currency.
const AFFIXES = /^([+-]?)\s*([£€$])?\s*([+-]?)(.*?)\s*(%|[£€$])?$/su;

/** Plain decimal with an optional exponent: 12, 1.5, .5, 5., 1e3. No overlapping repeats, so no backtracking. */
const PLAIN_DOT = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PLAIN_COMMA = /^(?:\d+(?:,\d*)?|,\d+)$/;
/** Thousands groups (never after a leading 0): the separator is captured so every group uses the same one. */
const GROUPED_DOT = /^[1-9]\d{0,2}([, '\u2019])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
const GROUPED_COMMA = /^[1-9]\d{0,2}([. ])\d{3}(?:\1\d{3})*(?:,\d+)?$/;

/**
 * Reads one cell in one convention.
 *
 * @returns the number and whether it carried `%`, or `null` when the text is not a finite
 * number written that way.
 */
export function readNumber(text: string, style: DecimalStyle = 'dot'): NumberReading | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  const affixed = AFFIXES.exec(text.trim().replace(/\u2212/g, '-').replace(SPACES, ' '));
  if (!affixed) return null;
  const [, sign1, currency, sign2, body, suffix] = affixed;
  // One sign at most, and not both a leading currency sign and a trailing one.
  if ((sign1 && sign2) || (currency && suffix && suffix !== '%')) return null;
  let digits = body!;
  if (digits === '') return null;
  if (style === 'dot') {
    if (GROUPED_DOT.test(digits)) digits = digits.replace(/[, '\u2019]/g, '');
    else if (!PLAIN_DOT.test(digits)) return null;
  } else {
    if (GROUPED_COMMA.test(digits)) digits = digits.replace(/[. ]/g, '');
    else if (!PLAIN_COMMA.test(digits)) return null;
    digits = digits.replace(',', '.');
  }
  const value = Number(`${sign1 || sign2}${digits}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent: suffix === '%' };
}

/**
 * Reads a number in the `dot` convention (attributes such as `total`, and single values).
 *
 * @returns the number, or `null` when the text is not a finite number.
 */
export function parseNumber(text: string): number | null {
  return readNumber(text, 'dot')?.value ?? null;
}

/** What settles a column that reads both ways, and how to say so in a message. */
export interface StyleContext {
  /** The convention the file or page declares, or null when nothing does. */
  style: DecimalStyle | null;
  /** True when `style` comes from the `decimal` attribute: it then overrides the cells. */
  forced?: boolean;
}

/** A column's convention and what settled it, or the message that says why none could be chosen. */
export type StyleChoice = { ok: true; style: DecimalStyle; why: string } | { ok: false; error: string };

/** A cell as a message names it: where it is, and its text. */
export interface NamedCell {
  text: string;
  /** "Row 4" (CSV), "Entry 2" (values), "Table row 3". */
  where: string;
}

/**
 * Decides one column's convention from all its cells together, never cell by cell.
 *
 * 1. The `decimal` attribute decides outright.
 * 2. Cells that read only one way decide the column: `1.234,5`, `11.901.558` → comma;
 *    `1,234.5`, `1,234,567`, `2.5` → dot. Both kinds in one column are refused. A lone decimal
 *    comma (`1,5`, `47,70 %`) counts only where the file or page writes decimal commas: on an
 *    English page it is as likely a slip for `1,500`, so it is refused with the `decimal` attribute.
 * 3. Cells that read both ways (`5.162`, `1,234`) follow the file or page (`context`: a
 *    semicolon-separated file, the `locale` or nearest `lang`).
 * 4. With nothing to go by, `1,234` is a thousand, as English writes it; `5.162` (five
 *    thousand, or five point one six two?) is refused with both readings and the attribute.
 */
export function chooseStyle(cells: readonly NamedCell[], context: StyleContext, column: string | null): StyleChoice {
  if (context.forced && context.style) return { ok: true, style: context.style, why: 'the decimal attribute' };
  const inColumn = column ? ` in the column ${column}` : '';
  const theColumn = column ? `The column ${column} writes` : 'These values write';
  const first: Partial<Record<'strongDot' | 'strongComma' | 'weakDot' | 'weakComma' | 'dotGroup', NamedCell>> = {};
  for (const cell of cells) {
    const dot = readNumber(cell.text, 'dot');
    const comma = readNumber(cell.text, 'comma');
    let kind: keyof typeof first | null = null;
    // Strong: both marks, or a mark repeated as groups ("1,234,567", "11.901.558").
    if (dot && !comma) kind = /,/.test(cell.text) ? 'strongDot' : 'weakDot';
    else if (comma && !dot) kind = /\./.test(cell.text) ? 'strongComma' : 'weakComma';
    else if (dot && comma && dot.value !== comma.value && /\.\d{3}(?!\d)/.test(cell.text)) kind = 'dotGroup';
    if (kind) first[kind] ??= cell;
  }
  const twoWays = (a: NamedCell, b: NamedCell): StyleChoice => ({
    ok: false,
    error:
      `${theColumn} numbers two ways: ${a.where} has "${a.text.trim()}" (decimal point) ` +
      `and ${lowerFirst(b.where)} has "${b.text.trim()}" (decimal comma). Write every number the same way.`,
  });
  const dotOnly = first.strongDot ?? first.weakDot;
  const commaOnly = first.strongComma ?? first.weakComma;
  if (dotOnly && commaOnly) return twoWays(dotOnly, commaOnly);
  const only = (cell: NamedCell, mark: string) => `${cell.where} writes "${cell.text.trim()}", which reads only with a decimal ${mark}`;
  if (first.strongComma) return { ok: true, style: 'comma', why: only(first.strongComma, 'comma') };
  if (first.weakComma && context.style === 'comma') return { ok: true, style: 'comma', why: `${only(first.weakComma, 'comma')}, and the file or page writes decimal commas` };
  if (dotOnly) return { ok: true, style: 'dot', why: only(dotOnly, 'point') };
  if (first.weakComma) {
    const cell = first.weakComma;
    const text = cell.text.trim();
    return {
      ok: false,
      error:
        `${cell.where}: "${text}"${inColumn} has a decimal comma (${readNumber(text, 'comma')!.value}), ` +
        'but nothing on the page says numbers are written that way. Set decimal="," on the chart (or lang to its language) to read it so.',
    };
  }
  if (context.style) {
    return { ok: true, style: context.style, why: `its cells read either way, and the file or page writes decimal ${context.style === 'comma' ? 'commas' : 'points'}` };
  }
  if (!first.dotGroup) return { ok: true, style: 'dot', why: 'every cell reads the same either way' };
  const cell = first.dotGroup;
  const text = cell.text.trim();
  return {
    ok: false,
    error:
      `${cell.where}: "${text}"${inColumn} could be ${readNumber(text, 'dot')!.value} (with a decimal point) ` +
      `or ${readNumber(text, 'comma')!.value} (with "." between thousands). Set decimal="." or decimal="," on the chart to say which.`,
  };
}


/** Each locale's convention, asked of `Intl` once per page: building a formatter is slow. */
const styles = new Map<string, DecimalStyle | null>();

/**
 * The convention a locale writes numbers in, from `Intl` itself: `de-DE` → comma, `en-GB` →
 * dot. `null` for a tag `Intl` can't read.
 */
export function localeStyle(locale: string | null | undefined): DecimalStyle | null {
  if (!locale) return null;
  let style = styles.get(locale);
  if (style === undefined) {
    try {
      const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
      style = decimal === ',' ? 'comma' : 'dot';
    } catch {
      style = null;
    }
    styles.set(locale, style);
  }
  return style;
}

/** Reads the `decimal` attribute: `","` → comma, `"."` → dot, anything else → null. */
export function parseDecimal(text: string | null | undefined): DecimalStyle | null {
  const t = (text ?? '').trim();
  if (t === ',' || t === '","' || t.toLowerCase() === 'comma') return 'comma';
  if (t === '.' || t === '"."' || t.toLowerCase() === 'dot' || t.toLowerCase() === 'point') return 'dot';
  return null;
}

/**
 * What settles a file's decimal marks: the `decimal` attribute when it names one (it overrides
 * the cells), else the convention of the page's language.
 */
export function decimalContext(attribute: string | null | undefined, locale: string | null | undefined): StyleContext {
  const forced = parseDecimal(attribute);
  return forced ? { style: forced, forced: true } : { style: localeStyle(locale) };
}
