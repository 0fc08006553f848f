import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import pkg from '../package.json';
import '../src/builder/index.js';
import type { FoiChartBuilder } from '../src/builder/index.js';

/**
 * The chart builder (`dist/builder/index.html`): paste a spreadsheet, see what is read and why,
 * change any choice, preview at phone and article widths, and copy the tag. In Storybook the
 * chart elements come from src/ (preview.ts) and there is no dist/integrity.json, so the
 * script tags are written without their hashes.
 */
const meta = {
  title: 'Builder',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The chart builder page’s element, `<foi-chart-builder>`: data in (paste, file, address, story), what was ' +
          'read (each column’s kind and use, each row’s role, with reasons), every choice as a control, the live ' +
          'preview at 680 and 375 px with its takeaway and what a screen reader says, and the tags to copy.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A story of the builder with `text` pasted into it, and what it shows. */
const pasted = (name: string, text: string, story: string): Story => ({
  name,
  render: () =>
    html`<foi-chart-builder
      version=${pkg.version}
      ${ref((el) => {
        if (el) void customElements.whenDefined('foi-chart-builder').then(() => (el as FoiChartBuilder).paste(text));
      })}
    ></foi-chart-builder>`,
  parameters: { docs: { description: { story } } },
});

export const Empty: Story = {
  render: () => html`<foi-chart-builder version=${pkg.version}></foi-chart-builder>`,
  parameters: { docs: { description: { story: 'Before any data: the four ways in, and nothing read yet.' } } },
};

export const PastedSpreadsheet = pasted(
  'A pasted spreadsheet with a total row',
  'Platform\tCases 2015\tCases 2016\tCases 2017\nFacebook\t80\t90\t91\nSnapchat\t40\t41\t42\nInstagram\t10\t20\t21\nTotal\t130\t151\t154',
  'Cells pasted from a sheet: the total row is marked as the total (not a bar), and the chart says which of the three number columns it drew.',
);

export const Refusal = pasted(
  'A refusal, with the setting that works',
  'Year,Party,Votes\n2019,Labour,100\n2019,Green,50\n2024,Labour,120\n2024,Green,70',
  'A long table whose labels repeat: the chart would stop, and the settings its message names (`filter`, `series-column`) are buttons.',
);

export const FromAStory: Story = {
  name: 'Started from a story',
  render: () => html`<foi-chart-builder version=${pkg.version}></foi-chart-builder>`,
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('foi-chart-builder')!;
    await customElements.whenDefined('foi-chart-builder');
    await builder.updateComplete;
    const select = builder.shadowRoot!.querySelector<HTMLSelectElement>('#preset')!;
    select.value = 'outcomes';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => expect(builder.previewChart?.getAttribute('state')).toBe('ready'));
  },
  parameters: { docs: { description: { story: 'The donut of case outcomes, with the story’s words, unit and total as choices.' } } },
};
