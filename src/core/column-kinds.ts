/**
 * What kind of figure a number column holds, read from its header and cells as a reader would:
 * counts and amounts, percentages and rates, the bounds of an interval, sample sizes — and
 * whether it is the row total of other columns. Figures of unlike kinds never share one axis, and
 * a total column is never drawn beside its own parts.
 */
import { totalWordAt } from './markers.js';

/** The kinds of figure a column can hold. */
export type FigureKind = 'count' | 'percent' | 'bound' | 'sample';

/** How a kind is named in a message, in the plural. */
export const KIND_NAMES: Record<FigureKind, string> = {
  count: 'counts and amounts',
  percent: 'percentages and rates',
  bound: 'interval bounds',
  sample: 'sample sizes',
};

// Headers, in the languages newsroom files come in. Letters on either side end a word, digits and
// "_" don't ("IC95inf", "n_R1"), so the patterns use letter boundaries rather than \b.
const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const BOUND_HEADER = new RegExp(
  `${B}(?:lower|upper|lo|hi|lcl|ucl|ci|ic|inf|sup|inferior|superior|bound|bounds|límite|limite|untere|obere|konfidenz\\w*|confidence|low|high)${E}|\\b(?:90|95|99) ?%`,
  'iu',
);
const SAMPLE_HEADER = new RegExp(`${B}(?:n|nobs|obs)${E}|${B}(?:sample|sample size|muestra|tamaño|respondents?|unweighted|stichprobe|échantillon|effectif|base)${E}`, 'iu');
const PERCENT_HEADER = new RegExp(
  `%|‰|${B}(?:per ?cent|percent\\w*|porcentaje|pourcentage|prozent|anteil|quote|rate|rates|tasa|taux|ratio|prosent|procent|odsetek|share|cuota)${E}|per (?:1|10|100|1,?000|10,?000|100,?000)${E}|por (?:100|1\\.?000|100\\.?000)`,
  'iu',
);

/** The kind a column's header and cells say it holds. `percentCells`: at least half its figures carry `%`. */
export function figureKind(header: string, percentCells: boolean): { kind: FigureKind; why: string } {
  const h = header.trim();
  if (BOUND_HEADER.test(h)) return { kind: 'bound', why: `its header, “${h}”, names the bound of an interval` };
  if (SAMPLE_HEADER.test(h)) return { kind: 'sample', why: `its header, “${h}”, names a sample size` };
  if (percentCells) return { kind: 'percent', why: 'its cells are written with %' };
  if (PERCENT_HEADER.test(h)) return { kind: 'percent', why: `its header, “${h}”, names a percentage or rate` };
  return { kind: 'count', why: 'figures with no sign of a percentage, bound or sample size' };
}

/** Whether a header names a total: "Total", "Alt", "I alt", "Gesamt", "Σύνολο", "Total 2024". */
export function isTotalHeader(header: string): boolean {
  const key = header.trim().toLowerCase();
  return ['alt', 'all', 'both sexes', 'persons', 'all persons', 'ambos sexos', 'beide geschlechter'].includes(key) || totalWordAt(header) !== null;
}

/**
 * Whether `column` is the row sum of `parts` (two or more columns): in every row where all are
 * given (at least three), within the rounding the file writes, or within 0.5% in at least 95% of
 * those rows.
 */
export function sumsColumns(column: readonly (number | null)[], parts: readonly (readonly (number | null)[])[], decimals: number): boolean {
  if (parts.length < 2) return false;
  let rows = 0;
  let exact = 0;
  let near = 0;
  for (let i = 0; i < column.length; i++) {
    const whole = column[i];
    const figures = parts.map((p) => p[i]);
    if (whole === null || whole === undefined || figures.some((f) => f === null || f === undefined)) continue;
    const sum = (figures as number[]).reduce((s, f) => s + f, 0);
    const diff = Math.abs(sum - whole);
    rows++;
    // Each part and the whole are rounded as written: half a unit of the last digit each.
    if (diff <= Math.max(1e-9 * Math.abs(whole), (parts.length + 1) * 0.5 * 10 ** -decimals)) exact++;
    if (diff <= 0.005 * Math.abs(whole)) near++;
  }
  return rows >= 3 && (exact === rows || near >= 0.95 * rows);
}
