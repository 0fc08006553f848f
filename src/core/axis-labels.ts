import { wrapLabel } from './wrap.js';

/** Which labels along the bottom of a chart are written, and in which lines. */
export interface AxisLabelPlan {
  /** Each label's lines, or null where it is left out. */
  lines: (string[] | null)[];
  /**
   * 1: every label is written. k > 1: the first, every k-th after it and the last; a k-th that
   * would sit nearer than k to the last is left out for it.
   */
  step: number;
}

/**
 * Lays out the labels under a column or line chart in `length` CSS px so none is drawn over
 * another. Each label wraps at spaces to the room between its neighbours; when even then some
 * word can't fit, labels are thinned by one rule a reader can be told (`axisLabelsNote`): the
 * first, every k-th after it, and always the last, with the smallest k that fits. Only when
 * not even the first and last fit whole are words broken inside.
 *
 * `offset`: each label is centred in its own slot (columns), not on the ends of the axis (lines).
 * `measure` gives a text's width as HTML (spacing included); `gap` is the least room between two
 * labels.
 */
export function planAxisLabels(o: {
  labels: string[];
  length: number;
  offset: boolean;
  measure: (text: string) => number;
  gap?: number;
  /** Room beside each end of the axis that a label may reach into (the value axis, a margin). */
  beyond?: [number, number];
}): AxisLabelPlan {
  const { labels, offset, measure } = o;
  const n = labels.length;
  const gap = o.gap ?? 8;
  if (n === 0) return { lines: [], step: 1 };
  const longestWord = labels.map((label) => Math.max(0, ...label.split(/\s+/).map(measure)));
  const whole = labels.map(measure);
  let length = o.length;
  let plan: { shown: number[]; rooms: number[]; step: number; fits: boolean } | null = null;
  // A label at an end that reaches past the plot and the room beside it makes the plot narrower
  // by as much: plan again for what is left (twice is enough, it only shrinks a little).
  for (let pass = 0; pass < 3; pass++) {
    const slot = length / (offset ? n : Math.max(1, n - 1));
    const centre = (i: number) => (offset ? (i + 0.5) * slot : n === 1 ? length / 2 : i * slot);
    plan = null;
    for (let step = 1; step < Math.max(2, n); step++) {
      const shown = shownFor(n, step);
      const rooms = shown.map((i, j) => {
        const before = j > 0 ? centre(i) - centre(shown[j - 1]!) : Infinity;
        const after = j < shown.length - 1 ? centre(shown[j + 1]!) - centre(i) : Infinity;
        const room = Math.min(before, after);
        return (room === Infinity ? length : room) - gap;
      });
      plan = { shown, rooms, step, fits: shown.every((i, j) => longestWord[i]! <= rooms[j]!) };
      if (plan.fits) break;
    }
    const first = plan!.shown[0]!;
    const last = plan!.shown[plan!.shown.length - 1]!;
    const width = (j: number, i: number) => Math.min(whole[i]!, plan!.rooms[j]!);
    const [left, right] = o.beyond ?? [0, 0];
    const over =
      Math.max(0, width(0, first) / 2 - centre(first) - left) + Math.max(0, width(plan!.shown.length - 1, last) / 2 - (length - centre(last)) - right);
    if (over < 1 || pass === 2) break;
    length = o.length - over;
  }
  const { shown, rooms, step } = plan!;
  const lines: (string[] | null)[] = labels.map(() => null);
  shown.forEach((i, j) => {
    const room = Math.max(1, rooms[j]!);
    // Wrapped only where the whole label is too wide. When the plan fits, every word does, so
    // wrapLabel breaks at spaces only; a word is broken only when nothing else fits.
    lines[i] = whole[i]! <= room ? [labels[i]!] : wrapLabel(labels[i]!, room, measure);
  });
  // Only the first and the last, whatever k found room: say so.
  return { lines, step: shown.length === 2 && labels.length > 2 ? labels.length - 1 : step };
}

/** The labels written at step `step`: the first, every step-th after it, and the last. */
function shownFor(n: number, step: number): number[] {
  const shown: number[] = [];
  for (let i = 0; i < n - 1; i += step) if (n - 1 - i >= step) shown.push(i);
  shown.push(n - 1);
  return shown;
}

const ORDINALS = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The sentence that tells a reader which labels under the axis are written when not all are
 * (`plan.step` > 1), for the chart's structure sentence; '' when every label is written.
 * `noun` names one label ("period"), `nouns` several.
 */
export function axisLabelsNote(step: number, count: number, noun: string, nouns: string): string {
  if (step <= 1 || count < 3) return '';
  if (step >= count - 1) return `The labels under the axis name only the first and the last ${nouns}.`;
  const every = ORDINALS[step] ? `every ${ORDINALS[step]} ${noun}` : `one ${noun} in ${step}`;
  return `The labels under the axis name ${every} from the first${(count - 1) % step === 0 ? ' to the last' : ', and the last'}.`;
}
