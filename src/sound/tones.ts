/**
 * A chart's series as a list of tones: pitch from value, left to right in time and in stereo.
 * Pure and deterministic, so the maths is tested without any audio; `player.ts` plays the list.
 */

/** One series to play: its values in label order; `null` is a missing value (a gap). */
export interface ToneSeries {
  readonly values: readonly (number | null)[];
}

/** One tone of a {@link toneSchedule}. */
export interface Tone {
  /** The point's index in its series (its label's index). */
  index: number;
  /** Which series the point belongs to. */
  seriesIndex: number;
  /** When the tone starts, in seconds from the start of playing. */
  start: number;
  /** How long it sounds, in seconds (a little less than a step, so neighbours stay apart). */
  duration: number;
  /** Its pitch, in Hz. */
  frequency: number;
  /** Its place in stereo, from -1 (left) to 1 (right). */
  pan: number;
}

/** Options for {@link toneSchedule}; every one has a default. */
export interface ToneOptions {
  /** The pitch of the smallest value, in Hz (default 220, the A below middle C). */
  low?: number;
  /** The pitch of the largest value, in Hz (default 880, two octaves up). */
  high?: number;
  /** Time from one point to the next, in seconds (default 0.3). */
  step?: number;
  /** The longest the whole schedule should take, in seconds (default 10): many points get a shorter step. */
  maxDuration?: number;
  /** The shortest step, in seconds (default 0.08): below it tones blur into a buzz, so long data plays longer instead. */
  minStep?: number;
  /** How far the first and last labels are panned, 0..1 (default 0.8). */
  spread?: number;
  /**
   * The least time from a tone to the next, in seconds, by its point and its place among the
   * tones (`order`, 0 for the first): the time a screen reader needs to say the point's name, so
   * that moving on never cuts it short. Default: none, a step.
   */
  hold?: (index: number, seriesIndex: number, order: number) => number;
  /** Silence before the first tone, in seconds (default 0): the time to say that playing began. */
  lead?: number;
}

export const TONE_DEFAULTS: Readonly<Required<Omit<ToneOptions, 'hold'>>> = {
  low: 220,
  high: 880,
  step: 0.3,
  maxDuration: 10,
  minStep: 0.08,
  // Not 1: a tone hard in one ear is lost to a listener who hears with the other ear only, and
  // is harsh on headphones. At 0.8 the far side still gets about a sixth of the level.
  spread: 0.8,
  lead: 0,
};

/** Part of a step that a tone sounds: the rest is silence, so repeated equal values are heard as separate notes. */
const TONE_SHARE = 0.8;

/**
 * The tones for some series, played series by series (not at once: two melodies together can't
 * be told apart), each point in label order, with one step of silence between series.
 *
 * - Pitch: the value's place between the smallest and largest value of all series (one scale, so
 *   equal values sound equal in every series), on a musical scale: equal differences in value are
 *   equal intervals (frequency grows exponentially), as the ear hears pitch. Negative values are
 *   just low. If all values are equal, every tone is the middle pitch (√(low·high), 440 Hz).
 * - Time: a fixed step, shortened so that the whole takes at most `maxDuration`, but never
 *   below `minStep`; a point whose name takes longer to say (`hold`) keeps the next tone waiting
 *   for it. A missing value (`null`, or not a finite number) is a gap: no tone, but its step of
 *   time still passes, so the rhythm shows where data is missing.
 * - Stereo: from left to right over the labels, the same place for the same label in every series.
 */
export function toneSchedule(series: readonly ToneSeries[], options: ToneOptions = {}): Tone[] {
  const { low, high, step: wantedStep, maxDuration, minStep, spread, lead } = { ...TONE_DEFAULTS, ...options };
  const finite = series.flatMap((s) => s.values.filter(isValue));
  if (!finite.length) return [];
  // reduce, not Math.min(...values): spreading a long series overflows the call stack.
  const min = finite.reduce((a, b) => Math.min(a, b));
  const max = finite.reduce((a, b) => Math.max(a, b));
  const labels = series.reduce((n, s) => Math.max(n, s.values.length), 0);

  // Every point takes one step, gaps included, plus one step of silence between series.
  const slots = series.reduce((n, s) => n + s.values.length, 0) + series.length - 1;
  const step = Math.max(minStep, Math.min(wantedStep, maxDuration / slots));

  const tones: Tone[] = [];
  // A tone starts after the steps before it, plus whatever names held the tones before it longer.
  let slot = 0;
  let waited = lead;
  series.forEach((s, seriesIndex) => {
    s.values.forEach((value, index) => {
      if (isValue(value)) {
        const place = max === min ? 0.5 : (value - min) / (max - min);
        tones.push({
          index,
          seriesIndex,
          start: slot * step + waited,
          duration: step * TONE_SHARE,
          frequency: low * (high / low) ** place,
          pan: labels < 2 ? 0 : spread * ((2 * index) / (labels - 1) - 1),
        });
        waited += Math.max(0, (options.hold?.(index, seriesIndex, tones.length - 1) ?? 0) - step);
      }
      slot++;
    });
    slot++;
  });
  return tones;
}

/** When the last tone of a schedule has finished, in seconds (0 for none). */
export function scheduleLength(tones: readonly Tone[]): number {
  return tones.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
}

function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
