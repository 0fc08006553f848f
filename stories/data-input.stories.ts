import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { chartArgTypes, PLATFORM_VALUES, PLATFORMS, renderChart, SOURCE, type ChartArgs } from './shared.js';

/**
 * Every way a page can give a chart its data. Where more than one is given, the first of these
 * wins: the `data` property, `values`, `src`, a child `<table>`, a preset's default.
 */
const meta = {
  title: 'Data input',
  component: 'foi-bar-chart',
  argTypes: chartArgTypes,
  args: { eager: true, unit: 'cases', source: SOURCE },
  render: (args) => renderChart('foi-bar-chart', args),
  parameters: {
    docs: {
      description: {
        component:
          'The same platform figures given each way a page can give data. Where a page gives more than one, ' +
          'the first of these wins: the `data` property, `values`, `src`, a child `<table>`, the preset’s default.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const ValuesList: Story = {
  name: 'values: list form',
  args: {
    heading: 'Platforms named (values, list form)',
    values: PLATFORM_VALUES,
  },
  parameters: {
    docs: {
      description: {
        story:
          '`values="Facebook: 261; Snapchat: 123; …"`: entries split on `;` or new lines, label and value split at the last `:` or `=`.',
      },
    },
  },
};

export const ValuesJson: Story = {
  name: 'values: JSON form',
  args: {
    heading: 'Platforms named (values, JSON)',
    values: JSON.stringify(PLATFORMS.slice(0, 5)),
  },
  parameters: {
    docs: {
      description: {
        story:
          '`values=\'[{"label":"Facebook","value":261}, …]\'`. `[["Facebook",261]]` and `{"Facebook":261}` are read too.',
      },
    },
  },
};

export const ValuesJsonObject: Story = {
  name: 'values: JSON object form',
  args: {
    heading: 'Platforms named (values, JSON object)',
    values: '{"Facebook": 261, "Snapchat": 123, "Instagram": 51}',
  },
};

export const ChildTable: Story = {
  name: 'child <table> with <caption>',
  args: { source: SOURCE, unit: 'cases' },
  render: (args) =>
    renderChart(
      'foi-bar-chart',
      args,
      html`<table>
        <caption>Platforms named in child sexual offence reports (from the page’s table)</caption>
        <thead>
          <tr><th scope="col">Platform</th><th scope="col">Cases</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">Facebook</th><td>261</td></tr>
          <tr><th scope="row">Snapchat</th><td>123</td></tr>
          <tr><th scope="row">Instagram</th><td>51</td></tr>
          <tr><th scope="row">ooVoo</th><td>47</td></tr>
          <tr><th scope="row">Skype</th><td>39</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'The progressive-enhancement path: a plain `<table>` inside the tag (first column labels, second column numbers). ' +
          'Without JavaScript the reader sees the table; with it, the chart, and the `<caption>` becomes the heading ' +
          'when no `heading` is set. The table stays in the accessibility tree.',
      },
      source: {
        code: `<foi-bar-chart unit="cases" source="${SOURCE}">
  <table>
    <caption>Platforms named in child sexual offence reports</caption>
    <thead><tr><th scope="col">Platform</th><th scope="col">Cases</th></tr></thead>
    <tbody>
      <tr><th scope="row">Facebook</th><td>261</td></tr>
      …
    </tbody>
  </table>
</foi-bar-chart>`,
      },
    },
  },
};

export const DataProperty: Story = {
  name: 'data property (.data)',
  args: {
    heading: 'Platforms named (data property)',
    data: PLATFORMS,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Set from script: `el.data = [{label: "Facebook", value: 261}, …]`, here with Lit’s `.data=${[…]}`. ' +
          'Wins over every attribute.',
      },
    },
  },
};

export const SrcCsv: Story = {
  name: 'src: CSV file',
  args: {
    heading: 'Platforms named (CSV file)',
    src: 'data/platforms.csv',
  },
  parameters: {
    docs: {
      description: {
        story:
          '`src="data/platforms.csv"` (the file is `stories/assets/platforms.csv`, served by `staticDirs`). ' +
          'The header row names the columns; the first text column gives the labels, the first numeric column the values ' +
          '(or pick them with `label-column` / `value-column`).',
      },
    },
  },
};

export const CmsDataAttributes: Story = {
  name: 'data-values (CMS data- form)',
  args: {
    heading: 'Platforms named (data- attributes)',
    values: 'Facebook: 261; Snapchat: 123; Instagram: 51; ooVoo: 47',
  },
  render: (args) => renderChart('foi-bar-chart', args, undefined, 'data-'),
  parameters: {
    docs: {
      description: {
        story:
          'For CMSs that keep only `data-*` attributes: every attribute is also read in its `data-` form — here ' +
          '`data-values`, `data-heading`, `data-unit`, `data-source` and `data-eager`. The plain attribute wins when both are set.',
      },
    },
  },
};

export const CmsPlaceholder: Story = {
  name: 'data-foi-chart placeholder (CMS)',
  render: () => html`<div
    data-foi-chart="offence-platform-bar"
    data-values="Facebook: 261; Snapchat: 123; Instagram: 51"
    data-heading="Top three platforms (upgraded placeholder)"
    data-eager
  ></div>`,
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Some CMSs (stock WordPress for authors and contributors) strip unknown tags. The script upgrades ' +
          '`<div data-foi-chart="offence-platform-bar" data-values="…">` into the element it names, keeping its `data-*` ' +
          'settings and children. Controls are off here: the placeholder is replaced, so later attribute changes would not reach it.',
      },
    },
  },
};
