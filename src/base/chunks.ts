/**
 * The parts of the library a page may never need, loaded on first use: the Chart.js drawing
 * code (when a chart comes near the screen) and the CSV/JSON fetching code (when a chart has
 * `src`). Bundlers, and the ESM build, split each into its own chunk here; the classic embed
 * build swaps this module for chunks.embed.ts (see rollup.config.mjs).
 */
export type DrawModule = typeof import('../draw/index.js');
export type RemoteModule = typeof import('../core/fetch-data.js');

export const loadDraw = once(() => import('../draw/index.js'));
export const loadRemote = once(() => import('../core/fetch-data.js'));

/** One load per page; a failed one (offline, blocked) may be tried again later. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
