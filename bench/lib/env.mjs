// What the bench's modules share: the repository root, the variants, and what is learnt once
// per run (the baseline bundles' pieces, the demo's chart count).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The variants a row measures: the library (this repository's dist/), the baseline (hand-written
 * Chart.js), and with `--against`, the library as another build made it ("before", served
 * under /before/, its dist/ from that build).
 */
export const env = {
  variants: ['library', 'baseline'],
  /** The Chart.js pieces in the baseline bundle (set once it is built). */
  baselinePieces: [],
  /** Row 12: the pieces the line kind registers, in the line baseline's bundle. */
  linePieces: [],
  /** How many chart elements demo/index.html has (set when the baseline article is written). */
  articleCharts: 0,
};

/** Whether a variant is a build of the library (not the hand-written baseline). */
export const isLibrary = (variant) => variant !== 'baseline';

/** Where a library variant's pages find dist/: "" (this repository) or "/before" (--against). */
export const prefix = (variant) => (variant === 'before' ? '/before' : '');
