/**
 * Where the chart's words landed, as boxes (getBoundingClientRect), for screenshot-free checks
 * that every word is inside the chart's box and none is drawn over another.
 */
import { shadow } from './chart.js';

export interface WordBox {
  kind: string;
  text: string;
  box: DOMRect;
}

/** Every word laid over the canvas (category labels, value labels, ticks), with its lines joined by a space. */
export function chartWords(el: Element): WordBox[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('.words .word')).map((word) => ({
    kind: ['category', 'value', 'tick'].find((k) => word.classList.contains(k)) ?? '',
    text: Array.from(word.querySelectorAll('span'), (span) => span.textContent ?? '').join(' '),
    box: word.getBoundingClientRect(),
  }));
}

const where = (w: WordBox, origin: DOMRect) =>
  `"${w.text}" at ${Math.round(w.box.left - origin.left)}..${Math.round(w.box.right - origin.left)} × ${Math.round(w.box.top - origin.top)}..${Math.round(w.box.bottom - origin.top)}`;

/**
 * What is wrong with the words' geometry, one sentence per fault (empty: nothing): a word that
 * reaches outside the chart's box, or two words whose boxes overlap (by more than half a pixel).
 */
export function wordFaults(el: Element): string[] {
  const box = shadow(el).querySelector('.chart')!.getBoundingClientRect();
  const words = chartWords(el);
  const faults: string[] = [];
  const size = `${Math.round(box.width)} × ${Math.round(box.height)}`;
  for (const w of words) {
    const r = w.box;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
      faults.push(`outside the chart's ${size} box: ${where(w, box)}`);
    }
    if (r.width < 1 || r.height < 1) faults.push(`no size: ${where(w, box)}`);
  }
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!.box;
      const b = words[j]!.box;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        faults.push(`overlap: ${where(words[i]!, box)} and ${where(words[j]!, box)}`);
      }
    }
  }
  return faults;
}
