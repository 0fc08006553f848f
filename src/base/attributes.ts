/**
 * The values an attribute (or its property) accepts, as types: what TypeScript, React, Vue and
 * Svelte users are offered and held to. Anything else set from plain HTML still falls back to the
 * default at run time.
 */
import type { SortOrder, ValueFormat } from '../core/types.js';

export type { SortOrder, ValueFormat };

/** `theme`: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
export type Theme = 'light' | 'dark' | 'auto';

/** One reader control in `actions`. */
export type Action = 'table' | 'csv' | 'png' | 'bars' | 'sound';

/** `actions`: up to five of the controls, space-separated (`"table csv png"`), or `""` for none. */
export type ActionList =
  | ''
  | Action
  | `${Action} ${Action}`
  | `${Action} ${Action} ${Action}`
  | `${Action} ${Action} ${Action} ${Action}`
  | `${Action} ${Action} ${Action} ${Action} ${Action}`;

/** `png-width`: the saved picture's width in CSS px (240–4000); its pixels are twice that. */
export type PngWidth = number;

/** `layout`: several series on columns (or bars) side by side (`grouped`, default) or `stacked`. */
export type SeriesLayout = 'grouped' | 'stacked';

/** `total`: a number of things (the denominator for shares), or `sum`. */
export type Total = number | 'sum';

/** `takeaway`: the sentence that says what the chart shows, `visible` under the subtitle (default) or `hidden` (read by screen readers only). */
export type TakeawayDisplay = 'visible' | 'hidden';

/** `heading-level`: the heading element the title is (default 2), or `none` for a plain caption. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | 'none';

/** `level`: which rows of a table with totals and subtotals inside are drawn. */
export type Level = 'leaves' | 'top' | 'all';

/** `parts`: `overlap` when one thing may be counted in several parts. */
export type Parts = 'overlap';
