import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { chartIn, chartMeta, narrow, OUTCOME_VALUES, renderChart, SOURCE, type ChartArgs } from './shared.js';

/** Attributes that change how the figures are shown: format, order, emphasis, theme, locale, size. */
const meta = {
  title: 'Options',
  ...chartMeta('offence-platform-bar'),
  parameters: {
    docs: {
      description: {
        component:
          'The presentation attributes, mostly on `<offence-platform-bar>` (the story’s platforms). Every control is live.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const Highlight: Story = {
  args: { highlight: 'Facebook; Snapchat' },
  parameters: {
    docs: {
      description: {
        story: '`highlight="Facebook; Snapchat"`: those bars in the accent colour, the rest muted.',
      },
    },
  },
};

export const ValueFormatBoth: Story = {
  name: 'value-format: both',
  args: { 'value-format': 'both' },
  parameters: { docs: { description: { story: '“261 (50%)”: the count and its share of `total` (521).' } } },
};

export const ValueFormatPercent: Story = {
  name: 'value-format: percent',
  args: { 'value-format': 'percent' },
  parameters: { docs: { description: { story: 'Shares of `total` only.' } } },
};

export const SortAscending: Story = {
  name: 'sort: asc',
  args: { sort: 'asc' },
};

export const SortNone: Story = {
  name: 'sort: none',
  args: {
    sort: 'none',
    heading: 'Platforms in the order given',
    values: 'Twitter: 3; Facebook: 261; Skype: 39; Snapchat: 123; Instagram: 51',
    unit: 'cases',
    source: SOURCE,
  },
  // The generic element: a preset given other figures would keep the story's note and total.
  render: (args) => renderChart('foi-bar-chart', args),
  parameters: { docs: { description: { story: 'Bars keep the order the data gave.' } } },
};

export const DarkTheme: Story = {
  name: 'theme: dark',
  args: { theme: 'dark' },
  decorators: [
    (story) => html`<div style="background: #121212; color: #f0f0f0; padding: 1rem; border-radius: 4px;">${story()}</div>`,
  ],
  parameters: {
    docs: {
      description: {
        story:
          '`theme="dark"` on a dark page. `theme="auto"` follows the reader’s `prefers-color-scheme`. In forced colours (Windows High Contrast) every theme gives way to the system’s colours, with textures, dashes and shapes in the canvas and the legend alike: Storybook can’t emulate forced colours, so test/a11y/forced-colors.test.ts checks every kind in every theme in Chromium’s High Contrast Black and White.',
      },
    },
  },
};

export const DarkDonut: Story = {
  name: 'theme: dark (donut)',
  args: { theme: 'dark' },
  render: (args) => renderChart('case-outcome-donut', args),
  decorators: [
    (story) => html`<div style="background: #121212; color: #f0f0f0; padding: 1rem; border-radius: 4px;">${story()}</div>`,
  ],
};

export const Patterns: Story = {
  name: 'patterns',
  args: { patterns: true },
  render: (args) => renderChart('case-outcome-donut', args),
  parameters: {
    docs: {
      description: {
        story:
          'Textures on the parts so colour is never the only cue. Always on in forced-colors (Windows High Contrast) mode, drawn in system colours in the canvas and the legend (which Storybook can’t emulate: see test/a11y/forced-colors.test.ts).',
      },
    },
  },
};

export const PatternsBars: Story = {
  name: 'patterns (bars, highlight)',
  args: { patterns: true, highlight: 'Facebook' },
};

export const LocaleGerman: Story = {
  name: 'locale: de-DE',
  args: {
    locale: 'de-DE',
    'value-format': 'both',
    heading: 'Genannte Plattformen',
    values: 'Facebook: 1261; Snapchat: 1123; Instagram: 951',
    total: '5210',
    unit: 'Fälle',
    source: 'Beispieldaten',
  },
  render: (args) => renderChart('foi-bar-chart', args),
  parameters: {
    docs: {
      description: { story: 'Numbers formatted for German readers: “1.261 (24 %)”. Without `locale`, the nearest `lang` ancestor is used, else `en-GB`.' },
    },
  },
};

export const DonutActions: Story = {
  name: 'donut with actions="table csv png bars"',
  args: { actions: ['table', 'csv', 'png', 'bars'] },
  render: (args) => renderChart('case-outcome-donut', args),
  parameters: {
    docs: {
      description: {
        story:
          'All reader controls: Show table, Download CSV, Download image, and Show as bars (the same data as a bar chart).',
      },
    },
  },
};

export const Narrow320: Story = {
  name: 'Narrow container (320 px)',
  decorators: [narrow],
  parameters: {
    docs: {
      description: {
        story: 'A 320 CSS px container (a small phone, or 1280 px at 400% zoom): the chart reflows without horizontal scrolling.',
      },
    },
  },
};

export const TooltipNarrow: Story = {
  name: 'Tooltip of a focused bar (320 px)',
  decorators: [narrow],
  play: async ({ canvasElement }) => {
    const { el, root } = await chartIn(canvasElement, 'offence-platform-bar');
    root.querySelector<HTMLElement>('.part[data-index="1"]')!.focus();
    await el.updateComplete;
    await expect(root.querySelector('.tooltip')).toBeTruthy();
  },
  parameters: {
    docs: {
      description: {
        story:
          'The focused part’s tooltip (WCAG 1.4.13): beside its part, never over the part’s own label or value, inside the figure at its own width (it flips sides rather than squeeze or break a word). The pointer can move onto it and it stays; it goes when the pointer leaves both part and tooltip, or at Escape, which moves no focus.',
      },
    },
  },
};

export const Narrow320Donut: Story = {
  name: 'Narrow container (320 px, donut)',
  render: (args) => renderChart('case-outcome-donut', args),
  decorators: [narrow],
};

export const LongLabels: Story = {
  name: 'Long labels',
  args: {
    heading: 'What happened to the 521 cases',
    values: OUTCOME_VALUES,
    unit: 'cases',
    total: '521',
    'remainder-label': 'Other disposals, such as community resolution',
    source: SOURCE,
  },
  render: (args) => renderChart('foi-bar-chart', args),
  parameters: {
    docs: {
      description: {
        story:
          'Labels such as “Offender under the age of criminal responsibility” wrap (or move above their bars in narrow containers) rather than being cut off.',
      },
    },
  },
};

export const LongLabelsNarrow: Story = {
  name: 'Long labels, 320 px',
  args: LongLabels.args,
  render: LongLabels.render,
  decorators: [narrow],
};

export const Animated: Story = {
  name: 'animate',
  args: { animate: true },
  parameters: { docs: { description: { story: 'Opt-in animation; never when the reader prefers reduced motion.' } } },
};

export const HeadingLevelThree: Story = {
  name: 'heading-level="3"',
  args: { 'heading-level': '3', heading: 'Platforms named (an h3 under a section’s h2)' },
  parameters: { docs: { description: { story: 'The title is an `h3`: for a chart under an `h2` section of the article. Readers moving by heading find it there.' } } },
};

export const HeadingLevelNone: Story = {
  name: 'heading-level="none"',
  args: { 'heading-level': 'none', heading: 'Platforms named (a plain caption)' },
  parameters: { docs: { description: { story: 'A plain caption, for pages that title the chart with their own heading. A screen reader reads it once, as text; the figure has no name of its own.' } } },
};

export const UnitForms: Story = {
  name: 'unit="case|cases": 1 case, 2 cases',
  args: { heading: 'One case and more', unit: 'case|cases', values: 'Twitter: 1; Skype: 2; Facebook: 261' },
  parameters: { docs: { description: { story: 'Both forms of the unit: “1 case”, “2 cases”, chosen by the locale’s plural rules in the parts, table, tooltip, summary and CSV header.' } } },
};

export const TakeawayVisible: Story = {
  name: 'takeaway: visible (default)',
  args: { takeaway: 'visible' },
  parameters: {
    docs: {
      description: {
        story:
          'The takeaway, the sentence that says what the chart shows, under the subtitle in the figure’s own type: the one thing a reader with low vision or a cognitive disability most needs. A screen reader hears it once, after the subtitle. The story presets show it too.',
      },
    },
  },
};

export const TakeawayHidden: Story = {
  name: 'takeaway: hidden',
  args: { takeaway: 'hidden' },
  parameters: {
    docs: {
      description: {
        story:
          '`takeaway="hidden"`, for a page that says the same in its own text beside the chart: the sentence is out of sight but still read once by a screen reader, in the same place.',
      },
    },
  },
};

export const CustomSummaryAndWording: Story = {
  name: 'Own wording: heading, subtitle, note, source, summary',
  args: {
    heading: 'Facebook was named in half of the cases',
    subtitle: 'Platforms named in 521 child sexual offence reports, 2014–2017',
    note: 'One case can name more than one platform.',
    source: 'Lancashire Police (FOI)',
    'source-href': 'https://www.lancashire.police.uk/',
    summary: 'Facebook was named in 261 of the 521 cases, twice as many as Snapchat.',
  },
};
