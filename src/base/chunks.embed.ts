/**
 * The classic-script embed's loaders: `foi-charts.js` is not a module, so its chunks are found
 * beside it, from the script's own URL (which also works from a CDN on another origin, given
 * CORS, as module scripts need).
 */
import { once, type DrawModule, type ExportModule, type RemoteModule, type SeriesModule, type SoundModule } from './chunks.js';

const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');
const beside = (file: string) => new URL(file, base).href;

export type { DrawModule, ExportModule, RemoteModule, SeriesModule, SoundModule };
const loadDrawOnly = once(() => import(/* @vite-ignore */ beside('foi-charts-draw.js')) as Promise<DrawModule>);
/** Column and line charts: the drawing chunk with every kind (bar-only pages never fetch it). */
const loadDrawAll = once(() => import(/* @vite-ignore */ beside('foi-charts-draw-all.js')) as Promise<DrawModule>);
export const loadDraw = (series = false): Promise<DrawModule> => (series ? loadDrawAll() : loadDrawOnly());
export const loadRemote = once(() => import(/* @vite-ignore */ beside('foi-charts-remote.js')) as Promise<RemoteModule>);
export const loadSeries = once(() => import(/* @vite-ignore */ beside('foi-charts-series.js')) as Promise<SeriesModule>);
export const loadSound = once(() => import(/* @vite-ignore */ beside('foi-charts-sound.js')) as Promise<SoundModule>);
export const loadExport = once(() => import(/* @vite-ignore */ beside('foi-charts-export.js')) as Promise<ExportModule>);
