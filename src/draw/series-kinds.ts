/**
 * The column and line kinds, a chunk of their own beside the drawing chunk: a page of bars and
 * donuts never downloads LineController, PointElement and the rest.
 *
 * Registering is a call, not a side effect of loading: package.json's `sideEffects` does not
 * name this chunk, so a bundler that reads it (Vite) drops the body of a chunk that is imported
 * only for its side effects.
 */
import { registerKind } from './chart.js';
import { column } from './kinds/column.js';
import { line } from './kinds/line.js';

export function registerSeriesKinds(): void {
  registerKind('column', column);
  registerKind('line', line);
}
