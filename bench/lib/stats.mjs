// Medians and the cells of the report.

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The median of `f` over a list of runs. */
export const m = (list, f) => median((list ?? []).map(f));
export const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : '–');
export const num = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
export const bytes = (n) => `${n.toLocaleString('en-GB')} B`;
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
/** The median of the per-run ratios (each run's variants ran side by side). */
export const runRatio = (a, b, f) => median((a ?? []).map((x, i) => (b?.[i] ? ratio(f(x), f(b[i])) : NaN)));

/**
 * A report row of a time against the baseline's: the median of `f` over `task`'s runs in each
 * variant, and the median of the run-by-run ratios, met when at most `limit`.
 */
export const againstBaseline = (R, task, label, f, limit = '1.10') => ({
  label,
  cell: (v) => ms(m(R[v][task], f)),
  ratio: (v) => runRatio(R[v][task], R.baseline[task], f),
  goal: `ratio ≤ ${limit}`,
  ok: (r) => r <= Number(limit),
});
