/**
 * Splits a label into lines no wider than `maxWidth`, breaking at spaces (and inside a word
 * only when one word alone is too wide). Long labels such as "Offender under the age of
 * criminal responsibility" must wrap, never be cut off or overlap their neighbours.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    // A single word wider than the space is broken after a slash or hyphen that fits
    // ("2014/" "15"), else by characters.
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
      const mark = Math.max(line.lastIndexOf('/', cut - 1), line.lastIndexOf('-', cut - 1));
      if (mark > 0) cut = mark + 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
