import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineMain } from '@storybook/web-components-vite/node';

const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json's `sideEffects` lists only the built `dist/` files, so a bundler treats every
 * `src/` module as side-effect free and drops `import '../src/all.js'` (which defines the tags)
 * from the production build: `storybook build` then renders undefined, empty elements, while
 * `storybook dev` (no tree-shaking) works. Mark `src/` modules as having side effects.
 */
const srcHasSideEffects: Plugin = {
  name: 'foi-charts:src-has-side-effects',
  transform(code, id) {
    if (!id.split('?')[0]!.startsWith(SRC_DIR)) return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // stories/assets/ is served at /data/, so `src="data/platforms.csv"` resolves against
  // the preview iframe, both in `storybook dev` and in the static build.
  // The real-world files the tests read are served at /data/real/ for the "Real data" stories.
  staticDirs: [
    { from: '../stories/assets', to: '/data' },
    { from: '../test/fixtures/real', to: '/data/real' },
    { from: '../test/fixtures/structure', to: '/data/structure' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // Lit's decorators need TypeScript's legacy semantics: experimentalDecorators, and
    // useDefineForClassFields: false, or class fields shadow Lit's reactive accessors and
    // attribute changes stop updating the chart. Vite reads both from tsconfig.json, but only
    // for files that tsconfig's `include` covers (src/**), so they are also stated here for
    // every file. Vite 8 transforms TypeScript with Oxc; Vite 7 and older with esbuild.
    config = { ...config, plugins: [...(config.plugins ?? []), srcHasSideEffects] };
    const { version } = await import('vite');
    if (Number(version.split('.')[0]) >= 8) {
      const oxc = (config as { oxc?: Record<string, unknown> }).oxc ?? {};
      return {
        ...config,
        oxc: {
          ...oxc,
          decorator: { legacy: true },
          typescript: { removeClassFieldsWithoutInitializer: true },
          assumptions: { setPublicClassFields: true },
        },
      } as typeof config;
    }
    return {
      ...config,
      esbuild: {
        ...(config.esbuild || {}),
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
    };
  },
});
