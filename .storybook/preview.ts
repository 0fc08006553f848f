import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

// Defines every foi-charts element (and upgrades `data-foi-chart` placeholders).
import '../src/all.js';
// The Custom Elements Manifest (`npm run analyze`, run before `storybook dev` and `build`): the
// docs pages' tables of attributes, properties, events, parts, slots and CSS custom properties,
// and the controls' descriptions, come from the same file the package ships.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    a11y: {
      // Any axe violation fails the story's accessibility test (DESIGN.md: "axe-core finds no
      // violations in any element, state or story").
      test: 'error',
    },
    controls: { sort: 'none', expanded: true },
    docs: { toc: true },
    options: {
      storySort: {
        order: ['Introduction', 'Docs', 'Accessibility', 'Elements', 'Data input', 'States', 'Options'],
      },
    },
  },
  decorators: [
    // An article column: roughly the width a chart gets in a news page. Stories that need
    // another width (the 320 px one) add their own container inside this one.
    (story) => html`<div style="max-width: 44rem; margin: 0 auto; font-family: system-ui, sans-serif;">${story()}</div>`,
  ],
};

export default preview;
