/**
 * Reads a number the way a journalist types it into a spreadsheet or an attribute.
 *
 * Accepts `1,234`, `1 234` (also no-break and thin spaces, as French and Swiss style guides
 * use), `-3` and `−3` (the typographic minus, U+2212, which word processors insert), `+4`,
 * `1.5`, `.5`, `12%` (read as 12) and `1e3`. Rejects words, `NaN`, `Infinity`, values that
 * overflow to infinity, empty text, and groupings that are not thousands (`1,2,3`), because
 * a silently wrong number in a news chart is worse than an error.
 *
 * A comma is always a thousands separator, never a decimal point: `1,5` is rejected rather
 * than guessed, since it could mean 1.5 or 15.
 *
 * @returns the number, or `null` when the text is not a finite number.
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  let s = text.trim().replace(/\u2212/g, '-');
  // A trailing percent sign is a unit, not part of the number: "12%" is 12 (of 100).
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s === '') return null;
  const grouped = GROUPED.exec(s);
  if (grouped) {
    // Every group separator in one number must be the same character.
    const separators = s.match(/[, \u00a0\u202f]/g) ?? [];
    if (separators.some((c) => c !== separators[0])) return null;
    s = s.replace(/[, \u00a0\u202f]/g, '');
  } else if (!PLAIN.test(s)) {
    return null;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Digits in thousands groups: 1,234 or 12 345 678.9 (groups of 3 after the first). */
const GROUPED = /^[+-]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;
/** Plain decimal with an optional exponent: 12, -1.5, .5, 5., 1e3, 2.5E-4. */
// Written without overlapping repeats (not `\d+\.?\d*`) so a long run of digits can't make
// the regex backtrack for seconds.
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
