import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { chartMeta, renderChart, type ChartArgs } from './shared.js';

/**
 * Files in the shapes real public spreadsheets come in, read by the rules in the README's
 * "What the library does with your data". The files are test/fixtures/real/, served at data/real/.
 */
const meta = {
  title: 'Real data',
  ...chartMeta('foi-bar-chart'),
  parameters: {
    docs: {
      description: {
        component:
          'Election exports in German and French conventions, total rows, area codes, missing-value markers, ' +
          'notes under the data and series by year, each read the way a person reads the file. Where a file could be ' +
          'read two ways, the chart says so and names the attribute that settles it.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

const story = (name: string, args: ChartArgs, text: string, tag: 'foi-bar-chart' | 'foi-donut-chart' = 'foi-bar-chart'): Story => ({
  name,
  args,
  render: (a) => renderChart(tag, a),
  parameters: { docs: { description: { story: text } } },
});

export const GermanExport = story(
  'German semicolon export (5.162 is five thousand)',
  { heading: 'Votes by party (Gemeinde)', unit: 'votes', src: 'data/real/de-gemeinde.csv' },
  'A semicolon-separated file writes decimal commas, so `5.162` is 5,162 and the donut names the right party as largest.',
  'foi-donut-chart',
);

export const TotalRow = story(
  'A total row becomes the total',
  { heading: 'Second votes, Bundestag 2021', unit: 'votes', src: 'data/real/de-bundestag.csv' },
  'The file’s “Insgesamt” row is not drawn: the shares are of it, and a note says so. The “Quelle:” line under the data is a note too.',
  'foi-donut-chart',
);

export const MissingFigures = story(
  'Missing figures and notes under the data',
  { heading: 'Council spending per resident', sort: 'none', src: 'data/real/council-finance.csv' },
  '`..`, `[c]`, `x`, `-`, `NA` and empty cells mean “no figure”: the rows are left out of the chart, listed as “no figure” in the table, and named in a note.',
);

export const AreaCodes = story(
  'Area codes are not labels',
  { heading: 'Population by ward', unit: 'people', src: 'data/real/ons-wards.csv' },
  'An ONS-style file starts with a code column (`E05000886`); the labels come from the ward names.',
);

export const SeriesByYear = story(
  'A series by year keeps its order',
  { heading: 'Population of England and Wales', unit: 'people', src: 'data/real/population-by-year.csv' },
  'Years keep their order, and the summary describes the change from first to last, with the highest and lowest year. No share of the years added together is shown.',
);

export const AmbiguousColumn = story(
  'A column that reads two ways stops',
  { heading: 'Values that could be read two ways', src: 'data/real/ambiguous.csv' },
  'With nothing on the page to settle `5.162`, the chart shows both readings and the attribute that settles it, rather than guess.',
);

export const DecimalSettles = story(
  'decimal="," settles it',
  { heading: 'The same file with decimal=","', decimal: ',', src: 'data/real/ambiguous.csv' },
  '`decimal=","` says the file writes decimal commas: `5.162` is 5,162.',
);

export const TableWithTotal: Story = {
  name: 'A pasted table with a total row',
  render: () => html`<foi-bar-chart eager unit="cases" heading="Platforms named (a pasted table)">
    <table>
      <thead><tr><th>Platform</th><th>Cases</th></tr></thead>
      <tbody>
        <tr><td>Total</td><td>544</td></tr>
        <tr><td>Facebook</td><td>261</td></tr>
        <tr><td>Snapchat</td><td>123</td></tr>
        <tr><td>Instagram</td><td>160</td></tr>
      </tbody>
    </table>
  </foi-bar-chart>`,
  parameters: { docs: { description: { story: 'A “Total” row at the top of a pasted table is the total, never the biggest bar.' } } },
};
