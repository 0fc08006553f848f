/**
 * Each line series' dash pattern, in CSS px (dash, gap, …; empty: solid): the canvas draws the
 * lines with them and the HTML legend draws its swatches with the same, so a reader can match
 * them without colour.
 */
export const LINE_DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [12, 6], [2, 6], [6, 2, 2, 2]];
