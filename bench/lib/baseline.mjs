// The baseline's bundles: Chart.js with exactly the pieces foi-charts registers, minified alike.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { bundleChartJs, registeredPieces } from '../../scripts/size.mjs';
import { root } from './env.mjs';

export async function bundleBaseline(tmp) {
  // Chart.js with exactly the pieces foi-charts registers (src/draw/kinds/), minified alike.
  const pieces = registeredPieces();
  writeFileSync(join(tmp, 'baseline-chart.js'), await bundleChartJs({ pieces, tmp }));
  return pieces;
}

/**
 * The Chart.js pieces the line kind registers: every `Chart.register(…)` in the modules under
 * src/draw/ that define a kind of Chart.js type 'line' (today src/draw/kinds/line.ts) and in the
 * src/ modules they import (followed transitively), i.e. what loading the line kind registers.
 * Found by what the files say, not by their names, so a move or split of the line kind keeps
 * the row working.
 */
function lineKindPieces() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(dir, entry.name));
    }
  };
  walk(join(root, 'src/draw'));
  const queue = files.filter((file) => /\btype:\s*'line'/.test(readFileSync(file, 'utf8')));
  const seen = new Set();
  const names = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, args] of code.matchAll(/Chart\.register\(([^)]*)\)/g)) {
      for (const name of args.split(',').map((s) => s.trim())) if (/^[A-Z]\w*$/.test(name)) names.add(name);
    }
    // Static relative imports (not `import type`): the TS sources name the compiled .js file.
    for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      if (target.startsWith(join(root, 'src') + sep)) queue.push(target);
    }
  }
  if (!names.size) throw new Error("bench: no Chart.register(…) reached from a module of src/draw/ with type: 'line'; update lineKindPieces()");
  return [...names];
}

/** Row 12's baseline bundle: Chart.js with only the line kind's pieces, minified alike. */
export async function bundleLineBaseline(tmp) {
  const pieces = lineKindPieces();
  writeFileSync(join(tmp, 'baseline-line-chart.js'), await bundleChartJs({ pieces, tmp }));
  return pieces;
}

