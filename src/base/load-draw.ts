/**
 * Loads the Chart.js half of the library on first use. Bundlers (and the ESM build) split it
 * into its own chunk here; the classic embed build swaps this module for one that resolves the
 * chunk against the embed script's own URL (see rollup.config.mjs).
 */
export type DrawModule = typeof import('../draw/index.js');

let loading: Promise<DrawModule> | undefined;

export function loadDraw(): Promise<DrawModule> {
  loading ??= import('../draw/index.js');
  // A failed load (offline, blocked by CSP) may succeed on a later try.
  loading.catch(() => (loading = undefined));
  return loading;
}
