/**
 * Small helpers for the error messages parsers give: each names the bad entry and quotes it,
 * briefly, so a reader can find it in their own text.
 */

/** How many characters of an entry an error message quotes. */
export const QUOTE_LENGTH = 40;

/**
 * Quotes text for a message, cut to `max` characters with an ellipsis so that a pasted
 * paragraph doesn't swamp the message. Whitespace runs (including new lines) become one space.
 */
export function quote(text: string, max = QUOTE_LENGTH): string {
  return `"${excerpt(text, max)}"`;
}

/** Text cut for a message as {@link quote} does, without the quotation marks (for JSON). */
export function excerpt(text: string, max = QUOTE_LENGTH): string {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Lower-cases the first letter, to join two entry names: "Entry 2 and entry 5". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** English plural of a noun: category → categories, part → parts, box → boxes. */
export function plural(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
