/**
 * How long a screen reader takes to say something, so that "Play as sound" moves focus on only
 * once a part's name has been said: a new focus cuts the name being said short, and at a tone
 * every 0.3 s a reader heard one syllable of each. An estimate, on the slow side: screen readers'
 * default rates are near 180 words a minute, about 15 characters a second; a number is said as
 * words ("261", "two hundred and sixty-one"), so a digit counts as 4 characters; each sentence
 * ends with a short pause. Readers who listen faster choose double speed (`rate` 2).
 */

/** Characters a second at a screen reader's default rate. */
export const CHARACTERS_PER_SECOND = 15;
/** Characters a digit is worth, said as words. */
const PER_DIGIT = 4;
/** The pause after a sentence, in seconds. */
const PAUSE = 0.25;

/** Seconds a screen reader needs to say `text` at `rate` times its default speed. */
export function speakingTime(text: string, rate = 1): number {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return 0;
  const digits = (flat.match(/\d/g) ?? []).length;
  const sentences = Math.max(1, (flat.match(/[.!?](?=\s|$)/g) ?? []).length);
  return ((flat.length + digits * (PER_DIGIT - 1)) / CHARACTERS_PER_SECOND + sentences * PAUSE) / rate;
}
