import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { chartArgTypes, chartIn, renderChart, SOURCE, type ChartArgs } from './shared.js';

/**
 * `<foi-column-chart>` and `<foi-line-chart>`: one or more series over labels kept in their
 * order, from every data path. Each story's description ends with what a screen-reader user
 * meets, in order, as rendered in Chromium from the built elements.
 *
 * Only the first story's figures are the disclosure's (the years); the series by platform are
 * example figures, and say so in their subtitle.
 */
const meta = {
  title: 'Column and line charts',
  component: 'foi-column-chart',
  argTypes: chartArgTypes,
  args: { eager: true, unit: 'case|cases' },
  render: (args) => renderChart('foi-column-chart', args),
  parameters: {
    docs: {
      description: {
        component:
          '`<foi-column-chart>` (vertical bars, periods in their order; `layout="grouped"` or `"stacked"`) and ' +
          '`<foi-line-chart>` (each series with its own point shape and dash) read one or more series from typed `values`, ' +
          'a child `<table>` with several number columns, the `data` property (`{labels, series: [{name, values}]}`) or a ' +
          'CSV/JSON `src` (`value-columns` picks the series). A missing figure is a gap, never a zero. The chart is one tab ' +
          'stop: left and right arrows move along the labels, up and down between series; each point is spoken once ' +
          '(“Facebook, 2015/16: 12 cases. 1 of 3.”). At most 12 series and 500 labels.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

/** Example figures (not the disclosure's): two platforms over three years. */
const EXAMPLE = 'Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, 41';
const EXAMPLE_SUBTITLE = 'Example figures, not from the disclosure';
const BY_YEAR = 'Cases naming each platform, by year';

/** The parts of the example's Facebook and Snapchat series, each as it is spoken. */
const EXAMPLE_POINTS = [
  '- “Facebook, 2015/16: 12 cases. 1 of 3.”',
  '- “Facebook, 2016/17: 48 cases. 2 of 3.”',
  '- “Facebook, 2017/18: 60 cases. 3 of 3.”',
  '- “Snapchat, 2015/16: 20 cases. 1 of 3.”',
  '- “Snapchat, 2016/17: 30 cases. 2 of 3.”',
  '- “Snapchat, 2017/18: 41 cases. 3 of 3.”',
];

/** What a reader meets in the example's two series drawn as `chart`, as rendered in Chromium. */
const exampleTranscript = (chart: string, buttons = '“Show table”, “Download CSV”'): string[] => [
  'Heading, level 2: “Cases naming each platform, by year”',
  'Subtitle: “Example figures, not from the disclosure”',
  'Takeaway: “From 2015/16 to 2017/18, Facebook rose from 12 to 60 cases: up 48, 400%. Snapchat rose from 20 to 41 cases: up 21, 105%. In 2016/17, Facebook overtook Snapchat: 48 cases to 30.”',
  `The chart, one tab stop: a group named “${chart} of 2 series over 3 periods, 2015/16 to 2017/18. Values from 12 to 60 cases. Left and right arrows move along the labels; up and down, between series.”`,
  ...EXAMPLE_POINTS,
  `Buttons: ${buttons}`,
];


/**
 * A story's docs text: what it shows, then the reading transcript, as rendered: a numbered list,
 * where a line starting with `- ` (each point of the chart's group) is a sub-item.
 */
function describe(text: string, transcript: string[]): string {
  let n = 0;
  const lines = transcript.map((line) => (line.startsWith('- ') ? `   ${line}` : `${++n}. ${line}`));
  return `${text}\n\nWhat a screen-reader user meets, in order (the table is hidden until “Show table”; the legend and the drawn words are for eyes only):\n\n${lines.join('\n')}`;
}

const partNames = (root: ShadowRoot) => Array.from(root.querySelectorAll('.part')).map((p) => p.getAttribute('aria-label'));

export const ColumnOneSeries: Story = {
  name: '<foi-column-chart>: the disclosure’s years',
  args: {
    heading: 'Reports by year',
    subtitle: 'Child sexual offences naming a social media platform',
    values: '2014/15 and 2015/16: 273; 2016/17: 248',
    note: 'The first column covers two years: the disclosure gives 2014/15 and 2015/16 together.',
    summary:
      'Almost half of the 521 cases, 248, were recorded in 2016/17, the last of the three years; the two years before it had 273 between them.',
    source: SOURCE,
  },
  parameters: {
    docs: {
      description: {
        story: describe(
          'One series, the only yearly figures in the disclosure: the two years to March 2016 together, then 2016/17. ' +
            'Periods keep their order. The generated takeaway would compare the two columns as a fall of 9%, but the first ' +
            'covers two years, so `summary` says what the figures mean and the `note` says why.',
          [
            'Heading, level 2: “Reports by year”',
            'Subtitle: “Child sexual offences naming a social media platform”',
            'Takeaway: “Almost half of the 521 cases, 248, were recorded in 2016/17, the last of the three years; the two years before it had 273 between them.”',
            'The chart, one tab stop: a group named “Column chart of 1 series over 2 periods, 2014/15 and 2015/16 to 2016/17. Values from 248 to 273 cases. Arrow keys move along the labels.”',
            '- “2014/15 and 2015/16: 273 cases. 1 of 2.”',
            '- “2016/17: 248 cases. 2 of 2.”',
            'Note: “The first column covers two years: the disclosure gives 2014/15 and 2015/16 together.”',
            'Source line: “Source: Lancashire Police, Freedom of Information disclosure”',
            'Buttons: “Show table”, “Download CSV”',
          ],
        ),
      },
    },
  },
};

export const ColumnGrouped: Story = {
  name: '<foi-column-chart>: grouped (values)',
  args: { heading: BY_YEAR, subtitle: EXAMPLE_SUBTITLE, values: EXAMPLE, layout: 'grouped' },
  parameters: {
    docs: {
      description: {
        story: describe(
          'Typed `values` with a header line naming the series: `Year: Facebook, Snapchat; 2015/16: 12, 20; …`. ' +
            '`layout="grouped"` (the default) puts each label’s columns side by side.',
          exampleTranscript('Column chart'),
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { el, root } = await chartIn(canvasElement, 'foi-column-chart');
    await expect(el.getAttribute('state')).toBe('ready');
    await expect(partNames(root)[0]).toBe('Facebook, 2015/16: 12 cases. 1 of 3.');
  },
};

export const ColumnStacked: Story = {
  name: '<foi-column-chart>: stacked',
  args: { heading: BY_YEAR, subtitle: EXAMPLE_SUBTITLE, values: EXAMPLE, layout: 'stacked' },
  parameters: {
    docs: {
      description: {
        story: describe(
          'The same data with `layout="stacked"`: each label’s series stacked in one column. The parts, the table and ' +
            'the takeaway are the same as grouped; only the drawing changes.',
          exampleTranscript('Stacked column chart'),
        ),
      },
    },
  },
};

export const LineValues: Story = {
  name: '<foi-line-chart> (values)',
  args: { heading: BY_YEAR, subtitle: EXAMPLE_SUBTITLE, values: EXAMPLE },
  render: (args) => renderChart('foi-line-chart', args),
  parameters: {
    docs: {
      description: {
        story: describe(
          'The same typed `values` as lines: each series has its own point shape (circle, square …) and dash, ' +
            'so colour is never the only cue; the legend shows both.',
          exampleTranscript('Line chart'),
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { el, root } = await chartIn(canvasElement, 'foi-line-chart');
    await expect(el.getAttribute('state')).toBe('ready');
    await expect(partNames(root)).toHaveLength(6);
  },
};

export const LineChildTable: Story = {
  name: '<foi-line-chart>: child <table>',
  args: { subtitle: EXAMPLE_SUBTITLE },
  render: (args) =>
    renderChart(
      'foi-line-chart',
      args,
      html`<table>
        <caption>Cases naming each platform, by year (from the page’s table)</caption>
        <thead>
          <tr><th scope="col">Year</th><th scope="col">Facebook</th><th scope="col">Snapchat</th><th scope="col">Instagram</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">2015/16</th><td>12</td><td>20</td><td>5</td></tr>
          <tr><th scope="row">2016/17</th><td>48</td><td>30</td><td>22</td></tr>
          <tr><th scope="row">2017/18</th><td>60</td><td>41</td><td>40</td></tr>
        </tbody>
      </table>`,
    ),
  parameters: {
    docs: {
      description: {
        story: describe(
          'A child `<table>` with several number columns: the first column gives the labels, each further number ' +
            'column is a series named by its header, and the `<caption>` is the heading. Without JavaScript the reader ' +
            'sees the table.',
          [
            'Heading, level 2: “Cases naming each platform, by year (from the page’s table)”',
            'Subtitle: “Example figures, not from the disclosure”',
            'Takeaway: “From 2015/16 to 2017/18, Facebook rose from 12 to 60 cases: up 48, 400%. Snapchat rose from 20 to 41 cases: up 21, 105%. Instagram rose from 5 to 40 cases: up 35, 700%. In 2016/17, Facebook overtook Snapchat: 48 cases to 30.”',
            'The chart, one tab stop: a group named “Line chart of 3 series over 3 periods, 2015/16 to 2017/18. Values from 5 to 60 cases. Left and right arrows move along the labels; up and down, between series.”',
            ...EXAMPLE_POINTS,
            '- “Instagram, 2015/16: 5 cases. 1 of 3.”',
            '- “Instagram, 2016/17: 22 cases. 2 of 3.”',
            '- “Instagram, 2017/18: 40 cases. 3 of 3.”',
            'Buttons: “Show table”, “Download CSV”',
          ],
        ),
      },
      source: {
        code: `<foi-line-chart unit="case|cases">
  <table>
    <caption>Cases naming each platform, by year</caption>
    <thead><tr><th scope="col">Year</th><th scope="col">Facebook</th><th scope="col">Snapchat</th><th scope="col">Instagram</th></tr></thead>
    <tbody>
      <tr><th scope="row">2015/16</th><td>12</td><td>20</td><td>5</td></tr>
      …
    </tbody>
  </table>
</foi-line-chart>`,
      },
    },
  },
};

export const ColumnDataProperty: Story = {
  name: '<foi-column-chart>: data property',
  args: {
    heading: 'Cases naming each platform, by quarter',
    subtitle: EXAMPLE_SUBTITLE,
    data: {
      labels: ['Q1 2017', 'Q2 2017', 'Q3 2017'],
      series: [
        { name: 'Facebook', values: [14, 18, 15] },
        { name: 'Snapchat', values: [7, null, 11] },
      ],
    },
  },
  parameters: {
    docs: {
      description: {
        story: describe(
          'Set from script: `el.data = {labels: ["Q1 2017", …], series: [{name: "Facebook", values: [14, 18, 15]}, …]}`, ' +
            'here with Lit’s `.data=${…}`. `null` is a gap (Snapchat in Q2). Wins over every attribute.',
          [
            'Heading, level 2: “Cases naming each platform, by quarter”',
            'Subtitle: “Example figures, not from the disclosure”',
            'Takeaway: “From Q1 2017 to Q3 2017, Facebook rose from 14 to 15 cases: up 1, 7%. For Facebook, the highest was Q2 2017, with 18 cases; the lowest Q1 2017, with 14. Snapchat rose from 7 to 11 cases: up 4, 57%.”',
            'The chart, one tab stop: a group named “Column chart of 2 series over 3 periods, Q1 2017 to Q3 2017. Values from 7 to 18 cases. No figure for Snapchat in Q2 2017. Left and right arrows move along the labels; up and down, between series.”',
            '- “Facebook, Q1 2017: 14 cases. 1 of 3.”',
            '- “Facebook, Q2 2017: 18 cases. 2 of 3.”',
            '- “Facebook, Q3 2017: 15 cases. 3 of 3.”',
            '- “Snapchat, Q1 2017: 7 cases. 1 of 3.”',
            '- “Snapchat, Q2 2017: no figure. 2 of 3.”',
            '- “Snapchat, Q3 2017: 11 cases. 3 of 3.”',
            'Buttons: “Show table”, “Download CSV”',
          ],
        ),
      },
    },
  },
};

export const LineCsvSrc: Story = {
  name: '<foi-line-chart>: CSV src with value-columns',
  args: {
    heading: 'Cases naming each platform, by year (CSV file)',
    subtitle: EXAMPLE_SUBTITLE,
    src: 'data/platforms-by-year.csv',
    'value-columns': 'Facebook, Snapchat, Instagram',
  },
  render: (args) => renderChart('foi-line-chart', args),
  parameters: {
    docs: {
      description: {
        story: describe(
          '`src="data/platforms-by-year.csv"` (the file is `stories/assets/platforms-by-year.csv`) has columns ' +
            '`Year, Facebook, Snapchat, Instagram, Total`. `value-columns="Facebook, Snapchat, Instagram"` picks the series ' +
            'by header, in that order, and leaves the Total column out. The file’s `..` is a gap.',
          [
            'Heading, level 2: “Cases naming each platform, by year (CSV file)”',
            'Subtitle: “Example figures, not from the disclosure”',
            'Takeaway: “From 2015/16 to 2017/18, Facebook rose from 12 to 60 cases: up 48, 400%. Snapchat rose from 20 to 41 cases: up 21, 105%. Instagram rose from 5 to 40 cases: up 35, 700%. In 2016/17, Facebook overtook Snapchat: 48 cases to 30.”',
            'The chart, one tab stop: a group named “Line chart of 3 series over 3 periods, 2015/16 to 2017/18. Values from 5 to 60 cases. No figure for Instagram in 2016/17. Left and right arrows move along the labels; up and down, between series.”',
            ...EXAMPLE_POINTS,
            '- “Instagram, 2015/16: 5 cases. 1 of 3.”',
            '- “Instagram, 2016/17: no figure. 2 of 3.”',
            '- “Instagram, 2017/18: 40 cases. 3 of 3.”',
            'Buttons: “Show table”, “Download CSV”',
          ],
        ),
      },
    },
  },
};

export const Gaps: Story = {
  name: 'Gaps: missing figures',
  args: {
    heading: BY_YEAR,
    subtitle: EXAMPLE_SUBTITLE,
    values: 'Year: Facebook, Snapchat; 2013/14: 6, ..; 2014/15: 9, ..; 2015/16: 12, 20; 2016/17: .., 30; 2017/18: 60, 41',
  },
  render: (args) => renderChart('foi-line-chart', args),
  parameters: {
    docs: {
      description: {
        story: describe(
          '`..` (or `NA`, `x`, `-`, an empty cell, JSON `null`) is “no figure”: a gap in its line, never a zero. ' +
            'The label keeps its place for the other series, the table says “no figure”, and a point there is spoken ' +
            'as “no figure”.',
          [
            'Heading, level 2: “Cases naming each platform, by year”',
            'Subtitle: “Example figures, not from the disclosure”',
            'Takeaway: “From 2013/14 to 2017/18, Facebook rose from 6 to 60 cases: up 54, 900%. Snapchat rose from 20 in 2015/16 to 41 cases in 2017/18: up 21, 105%. In 2017/18, Facebook overtook Snapchat: 60 cases to 41.”',
            'The chart, one tab stop: a group named “Line chart of 2 series over 5 periods, 2013/14 to 2017/18. Values from 6 to 60 cases. No figure for Facebook in 2016/17, Snapchat in 2013/14 and Snapchat in 2014/15. Left and right arrows move along the labels; up and down, between series.”',
            '- “Facebook, 2013/14: 6 cases. 1 of 5.”',
            '- “Facebook, 2014/15: 9 cases. 2 of 5.”',
            '- “Facebook, 2015/16: 12 cases. 3 of 5.”',
            '- “Facebook, 2016/17: no figure. 4 of 5.”',
            '- “Facebook, 2017/18: 60 cases. 5 of 5.”',
            '- “Snapchat, 2013/14: no figure. 1 of 5.”',
            '- “Snapchat, 2014/15: no figure. 2 of 5.”',
            '- “Snapchat, 2015/16: 20 cases. 3 of 5.”',
            '- “Snapchat, 2016/17: 30 cases. 4 of 5.”',
            '- “Snapchat, 2017/18: 41 cases. 5 of 5.”',
            'Buttons: “Show table”, “Download CSV”',
          ],
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await chartIn(canvasElement, 'foi-line-chart');
    await waitFor(() => expect(partNames(root)).toContain('Snapchat, 2013/14: no figure. 1 of 5.'));
  },
};

export const TooManySeries: Story = {
  name: 'Error: 13 series',
  args: { heading: 'Cases by area, 13 areas', src: 'data/thirteen-areas.csv' },
  parameters: {
    docs: {
      description: {
        story: describe(
          'A chart shows at most 12 series (and 500 labels). `src="data/thirteen-areas.csv"` (example figures) has 13 ' +
            'number columns, so the chart stops with a message inside the figure that says so and names `value-columns`, ' +
            'which picks up to 12: `state="error"`, never a blank box or an unreadable tangle.',
          [
            'Heading, level 2: “Cases by area, 13 areas”',
            'Message, where the chart would be: “This chart could not be drawn. Too many series: 13 (the most a chart can show is 12). Choose up to 12 with value-columns= (columns: Year, Area 1, Area 2, Area 3, Area 4, Area 5, Area 6, Area 7, Area 8, Area 9 and 4 more).”',
          ],
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { el } = await chartIn(canvasElement, 'foi-column-chart');
    await expect(el.getAttribute('state')).toBe('error');
  },
};

export const PlayAsSound: Story = {
  name: 'actions="table csv sound"',
  args: { heading: BY_YEAR, subtitle: EXAMPLE_SUBTITLE, values: EXAMPLE, actions: ['table', 'csv', 'sound'] },
  parameters: {
    docs: {
      description: {
        story: describe(
          '`sound` adds “Play as sound”: each series as tones (higher is more, first label left, last right), one ' +
            'series after another, and the point playing is focused and spoken as an arrow key would. Each point keeps ' +
            'focus until a screen reader has said its name, and the first waits for the button’s “pressed”; “Double ' +
            'speed” halves the pace for readers whose screen reader speaks fast. The same button stops it; Escape stops ' +
            'it and returns focus to the button; nothing plays by itself.',
          exampleTranscript('Column chart', '“Show table”, “Download CSV”, “Play as sound”'),
        ),
      },
    },
  },
};

/** Example figures (not the disclosure's): outcomes in two years, as grouped and stacked bars. */
const OUTCOMES = 'Outcome: 2016/17, 2017/18; Charged: 20, 31; No further action: 88, 95; Caution: 6, ..';

const barsStory = (layout: 'grouped' | 'stacked', what: string): Story => ({
  name: `<foi-bar-chart>: several series, ${layout}`,
  render: (args) => renderChart('foi-bar-chart', args),
  args: { heading: 'Outcomes by year', subtitle: EXAMPLE_SUBTITLE, values: OUTCOMES, layout },
  parameters: {
    docs: {
      description: {
        story:
          `\`<foi-bar-chart layout="${layout}">\` reads several series (so do two or more \`value-columns\`, or ` +
          `\`{labels, series}\` data): ${what} Each series has its own texture, so colour is never the only cue; the ` +
          'parts read “2016/17, Charged: 20 cases. 1 of 3.”, left and right along the categories, up and down between ' +
          'series; “Caution” in 2017/18 has no figure: a gap, not a zero. Without `layout`, a bar chart reads one series ' +
          'as it always has.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('foi-bar-chart') as HTMLElement & { rendered: Promise<void>; shadowRoot: ShadowRoot };
    await el.rendered;
    await waitFor(() => expect(partNames(el.shadowRoot)).toHaveLength(6));
  },
});

export const BarsGrouped = barsStory('grouped', 'a bar per series in each category’s band.');
export const BarsStacked = barsStory('stacked', 'each category’s series stacked in one bar.');
