/**
 * The parts of the library a page may never need, loaded on first use: the Chart.js drawing
 * code (when a chart comes near the screen), the CSV/JSON fetching code (when a chart has
 * `src`), the series code and the column and line drawing (when such a chart is on the page),
 * the sound engine ("Play as sound"), and the saved picture ("Download image", `getImage()`).
 * Bundlers, and the ESM build, split each into its own chunk here; the classic embed build swaps
 * this module for chunks.embed.ts (see rollup.config.mjs).
 */
export type DrawModule = typeof import('../draw/index.js');
export type RemoteModule = typeof import('../core/fetch-data.js');

export type SeriesModule = typeof import('../series/index.js');
export type SoundModule = typeof import('../sound/index.js');
export type ExportModule = typeof import('../draw/export/index.js');

const loadDrawOnly = once(() => import('../draw/index.js'));
export const loadRemote = once(() => import('../core/fetch-data.js'));
export const loadSeries = once(() => import('../series/index.js'));
const loadSeriesKinds = once(() => import('../draw/series-kinds.js').then((kinds) => kinds.registerSeriesKinds()));
export const loadSound = once(() => import('../sound/index.js'));
export const loadExport = once(() => import('../draw/export/index.js'));

/** One load per page; a failed one (offline, blocked) may be tried again later. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

/** The drawing chunk; with `series`, also the column and line kinds (their own chunk here). */
export const loadDraw = (series = false): Promise<DrawModule> =>
  series ? Promise.all([loadDrawOnly(), loadSeriesKinds()]).then(([draw]) => draw) : loadDrawOnly();
