/**
 * The column and line kinds, a chunk of their own beside the drawing chunk: a page of bars and
 * donuts never downloads LineController, PointElement and the rest. Loading it registers them.
 */
import { registerKind } from './chart.js';
import { column } from './kinds/column.js';
import { line } from './kinds/line.js';

registerKind('column', column);
registerKind('line', line);

