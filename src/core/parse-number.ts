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

/** A column's convention, or the message that says why none could be chosen. */
export type StyleChoice = { ok: true; style: DecimalStyle } | { ok: false; error: string };

/** A cell as a message names it: where it is, and its text. */
export interface NamedCell {
  text: string;
  /** "Row 4" (CSV), "Entry 2" (values), "Table row 3". */
  where: string;
}

/**
 * Decides one column's convention from all its cells together, never cell by cell.
 *
 * Cells that read only one way (`1.234,5`, `11.901.558` → comma; `1,234,567`, `5.5` → dot)
 * decide it; a column with both kinds is refused. When every cell reads both ways alike
 * (`261`, `1 234`) any convention gives the same numbers. When some cell reads both ways with
 * different values (`5.162`, `1,234`), the file or page decides (`context`); with nothing to
 * go by, `1,234` is a thousand as English writes it, and `5.162` is refused with both readings
 * and the `decimal` attribute that settles it.
 */
export function chooseStyle(cells: readonly NamedCell[], context: StyleContext, column: string | null): StyleChoice {
  const inColumn = column ? ` in the column ${column}` : '';
  const theColumn = column ? `The column ${column} writes` : 'These values write';
  if (context.forced && context.style) return { ok: true, style: context.style };
  let dotOnly: NamedCell | null = null;
  let commaOnly: NamedCell | null = null;
  let dotGroup: NamedCell | null = null; // "5.162": 5.162 or 5162
  let commaGroup: NamedCell | null = null; // "1,234": 1234 or 1.234
  for (const cell of cells) {
    const dot = readNumber(cell.text, 'dot');
    const comma = readNumber(cell.text, 'comma');
    if (dot && !comma) dotOnly ??= cell;
    else if (comma && !dot) commaOnly ??= cell;
    else if (dot && comma && dot.value !== comma.value) {
      if (/\.\d{3}(?!\d)/.test(cell.text)) dotGroup ??= cell;
      else commaGroup ??= cell;
    }
  }
  if (dotOnly && commaOnly) {
    return {
      ok: false,
      error:
        `${theColumn} numbers two ways: ${dotOnly.where} has "${dotOnly.text.trim()}" (decimal point) ` +
        `and ${lower(commaOnly.where)} has "${commaOnly.text.trim()}" (decimal comma). Write every number the same way.`,
    };
  }
  if (dotOnly) return { ok: true, style: 'dot' };
  if (commaOnly) return { ok: true, style: 'comma' };
  if (context.style) return { ok: true, style: context.style };
  const unsettled = dotGroup;
  if (!unsettled) return { ok: true, style: 'dot' };
  const text = unsettled.text.trim();
  const asDot = readNumber(text, 'dot')!.value;
  const asComma = readNumber(text, 'comma')!.value;
  return {
    ok: false,
    error:
      `${unsettled.where}: "${text}"${inColumn} could be ${plain(asDot)} (with a decimal point) ` +
      `or ${plain(asComma)} (with "." between thousands). Set decimal="." or decimal="," on the chart to say which.`,
  };
}

/** Digits as a reader can't misread them: no grouping, "." for decimals. */
function plain(n: number): string {
  return String(n);
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The convention a locale writes numbers in, from `Intl` itself: `de-DE` → comma, `en-GB` →
 * dot. `null` for a tag `Intl` can't read.
 */
export function localeStyle(locale: string | null | undefined): DecimalStyle | null {
  if (!locale) return null;
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? 'comma' : 'dot';
  } catch {
    return null;
  }
}

/** Reads the `decimal` attribute: `","` → comma, `"."` → dot, anything else → null. */
export function parseDecimal(text: string | null | undefined): DecimalStyle | null {
  const t = (text ?? '').trim();
  if (t === ',' || t === '","' || t.toLowerCase() === 'comma') return 'comma';
  if (t === '.' || t === '"."' || t.toLowerCase() === 'dot' || t.toLowerCase() === 'point') return 'dot';
  return null;
}
