import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/**
 * Tables whose structure decides what a chart should draw: totals and subtotals inside the
 * rows, a total column beside its parts, figures of unlike kinds, long-format files and
 * figures with decimals. The files are test/fixtures/structure/, served at data/structure/.
 */
const meta = {
  title: 'Table structure',
  component: 'foi-bar-chart',
  parameters: {
    docs: {
      description: {
        component:
          'Official tables keep totals and subtotals inside their rows, a Total column beside its parts, and sometimes one row per ' +
          'category and period. The chart draws one level, never a total beside its parts, says which column it drew, and offers ' +
          'the attribute that works when it has to stop (docs/data.md).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (name: string, text: string, render: () => TemplateResult): Story => ({ name, render, parameters: { docs: { description: { story: text } } } });
const file = (name: string) => `data/structure/${name}`;

export const Subtotals = story(
  'Upper-case subtotals and a TOTAL row',
  'CRIMINALIDAD CONVENCIONAL and CIBERCRIMINALIDAD are the sums of the rows under them, and TOTAL INFRACCIONES PENALES of all: the 13 offence types are drawn, the rest named in a note.',
  () => html`<foi-bar-chart eager heading="Criminal offences, 2024" unit="offence|offences" src=${file('crimes-upper.csv')}></foi-bar-chart>`,
);

export const OutlineNumbering = story(
  'Outline numbering, with an "of which" item',
  '`5.` is the sum of `5.1` and `5.2`, so they are drawn; `7.1` alone is only part of `7.`, so `7.` is drawn and `7.1` named.',
  () => html`<foi-bar-chart eager heading="Criminal offences, 2024" unit="offence|offences" src=${file('crimes-outline.csv')}></foi-bar-chart>`,
);

export const TopLevel = story(
  'level="top"',
  'The top groups instead of the finest rows.',
  () => html`<foi-bar-chart eager level="top" heading="Criminal offences by group, 2024" unit="offence|offences" src=${file('crimes-outline.csv')}></foi-bar-chart>`,
);

export const GroupRows = story(
  'A pasted table with <th> group rows',
  'North and South are headings over their cities, not categories with no figure.',
  () => html`<foi-bar-chart eager heading="Cases by city" unit="case|cases">
    <table>
      <thead><tr><th>Region</th><th>Cases</th></tr></thead>
      <tbody><tr><th colspan="2">North</th></tr><tr><td>Leeds</td><td>40</td></tr><tr><td>York</td><td>20</td></tr></tbody>
      <tbody><tr><th colspan="2">South</th></tr><tr><td>Kent</td><td>30</td></tr><tr><td>Surrey</td><td>10</td></tr></tbody>
    </table>
  </foi-bar-chart>`,
);

export const TotalColumn = story(
  'A Total column is not a series',
  '“Total” is the sum of “Públicos” and “Privados”: the column chart draws the two parts and says why Total is left out.',
  () => html`<foi-column-chart eager heading="Hospital beds by region" unit="bed|beds" src=${file('hospital-beds.csv')}></foi-column-chart>`,
);

export const ColumnShown = story(
  'Which column is drawn',
  'With only `src`, a bar chart draws the whole of each row and says, under the chart, which of the three columns it drew.',
  () => html`<foi-bar-chart eager heading="Hospital beds by region" unit="bed|beds" src=${file('hospital-beds.csv')}></foi-bar-chart>`,
);

export const MixedKinds = story(
  'Figures of unlike kinds stop, with what to write',
  'Sample sizes, percentages and 95% bounds can’t share an axis: the message lists the columns by kind and the value-columns to write.',
  () => html`<foi-column-chart eager heading="Seroprevalence by round" src=${file('seroprevalence.csv')}></foi-column-chart>`,
);

export const LongFileRefused = story(
  'A long file: the refusal offers filter and series-column',
  'One row per offence and period: the labels repeat because “Periodos” changes, and the message says both ways out.',
  () => html`<foi-bar-chart eager heading="Offences" src=${file('crimes-long.csv')}></foi-bar-chart>`,
);

export const LongFileFiltered = story(
  'filter keeps one period',
  '`filter="Periodos=enero-diciembre 2024"` keeps that period’s rows.',
  () => html`<foi-bar-chart eager heading="Offences, 2024" filter="Periodos=enero-diciembre 2024" unit="offence|offences" src=${file('crimes-long.csv')}></foi-bar-chart>`,
);

export const LongFilePivoted = story(
  'series-column draws one line per region',
  '`label-column="AÑO" value-column="POB" series-column="CCAA"`: a line per region, years in their order.',
  () => html`<foi-line-chart eager heading="Population by region" unit="person|people" label-column="AÑO" value-column="POB" series-column="CCAA" src=${file('population-long.csv')}></foi-line-chart>`,
);

export const Decimals = story(
  'Decimals as written',
  '0.574 and 0.571 stay apart in the bars, the parts, the table and the CSV; `decimals` would fix the number shown.',
  () => html`<foi-bar-chart eager heading="Rate by county" sort="none" src=${file('rates-3dp.csv')}></foi-bar-chart>`,
);
