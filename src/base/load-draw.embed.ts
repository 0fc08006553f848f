/**
 * The classic-script embed's loader: `foi-charts.js` is not a module, so the drawing chunk is
 * found next to it, from the script's own URL (which works from a CDN on another origin).
 */
import type { DrawModule } from './load-draw.js';

const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');

let loading: Promise<DrawModule> | undefined;

export function loadDraw(): Promise<DrawModule> {
  const url = new URL('foi-charts-draw.js', base).href;
  loading ??= import(/* @vite-ignore */ url) as Promise<DrawModule>;
  loading.catch(() => (loading = undefined));
  return loading;
}
