// The virtual screen reader (@guidepup/virtual-screen-reader) depends on CommonJS packages that
// the test runner's browser can't import as they are: bundle it once into one ES module for the
// tests (test/.generated/, not committed). esbuild comes with Vite.
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entry = require.resolve('@guidepup/virtual-screen-reader').replace(/lib[\\/]cjs[\\/]index\.c?js$/, 'lib/esm/index.browser.js');
const outfile = 'test/.generated/virtual-screen-reader.js';
if (!existsSync(outfile) || statSync(outfile).mtimeMs < statSync(entry).mtimeMs) {
  await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile, logLevel: 'warning' });
}
