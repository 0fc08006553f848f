import type { ChartModel } from '../core/model.js';
import type { ParseResult } from '../core/types.js';

export type ChartState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The state a chart is in, and the message it shows, from what its data gave.
 * `result` null: still loading. `drawError`: the drawing code failed to load, or threw while drawing.
 */
export function chartState(
  result: ParseResult | null,
  model: ChartModel | null,
  drawError: string | null,
): { state: ChartState; message: string } {
  if (result === null) return { state: 'loading', message: 'Loading data…' };
  if (!result.ok) return { state: 'error', message: result.error };
  const rows = model?.rows ?? [];
  if (rows.length === 0 || rows.every((row) => row.value === 0)) return { state: 'empty', message: 'No data to show.' };
  if (drawError) return { state: 'error', message: drawError };
  return { state: 'ready', message: '' };
}
