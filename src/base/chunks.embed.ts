/**
 * The classic-script embed's loaders: `foi-charts.js` is not a module, so its chunks are found
 * beside it, from the script's own URL (which also works from a CDN on another origin, given
 * CORS, as module scripts need).
 */
import { once, type DrawModule, type RemoteModule } from './chunks.js';

const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');
const beside = (file: string) => new URL(file, base).href;

export type { DrawModule, RemoteModule };
export const loadDraw = once(() => import(/* @vite-ignore */ beside('foi-charts-draw.js')) as Promise<DrawModule>);
export const loadRemote = once(() => import(/* @vite-ignore */ beside('foi-charts-remote.js')) as Promise<RemoteModule>);
