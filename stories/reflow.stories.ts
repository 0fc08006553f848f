import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { chartIn, chartMeta, narrow, renderChart, SOURCE, type ChartArgs } from './shared.js';

/**
 * What a reader who sees the chart differently gets: a phone or 400% zoom (320 CSS px), larger
 * text, the WCAG 1.4.12 text spacing, and the donut's bar view. Every word of the chart is HTML
 * laid over the canvas, measured with the reader's spacing, so none is lost, cut or drawn over
 * another (docs/accessibility.md, 1.4.10 and 1.4.12).
 */
const meta = {
  title: 'Reflow, zoom and text spacing',
  ...chartMeta('foi-line-chart'),
  parameters: {
    docs: {
      description: {
        component:
          'Every word of a chart (category labels, value labels, axis numbers) is HTML laid over the canvas, and every measurement that ' +
          'places it counts the reader’s letter, word and line spacing. So at 320 CSS px, at 400% zoom, with larger text or with ' +
          'the WCAG 1.4.12 text spacing, labels wrap instead of being dropped or cut; when the periods under a column or line chart ' +
          'truly can’t all fit, the chart writes the first, every k-th and the last, and its structure sentence says which.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

/** The text spacing WCAG 1.4.12 asks a page to take, as the bookmarklets apply it: on every element. */
const SPACING = '.spaced, .spaced * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';

/** The narrow column with the 1.4.12 spacing, applied from the page's stylesheet and inherited into the chart. */
const spaced = (story: () => unknown) =>
  html`<style>
      ${SPACING}
    </style>
    <div class="spaced">${narrow(story)}</div>`;

const TWELVE = Array.from({ length: 12 }, (_, i) => `${2006 + i}/${String(7 + i).padStart(2, '0')}: ${40 + ((i * 7) % 11)}`).join('; ');

const categoryWords = (root: ShadowRoot) =>
  Array.from(root.querySelectorAll('.words .word.category'), (w) => Array.from(w.querySelectorAll('span'), (s) => s.textContent).join(' '));

export const DonutShownAsBars: Story = {
  name: 'A donut shown as bars',
  render: (args) => renderChart('case-outcome-donut', args),
  parameters: {
    docs: {
      description: {
        story:
          '“Show as bars” (offered by a donut of more than six parts) draws the same parts as a bar chart with all its words: ' +
          'category labels, value labels and the axis. The button then says what it will do next, “Show as donut”, is ' +
          '`aria-pressed="true"`, and has a thicker border, so the change is not shown by colour alone. (The story presses it.)',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { el, root } = await chartIn(canvasElement, 'case-outcome-donut');
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent!.includes('Show as bars'))!;
    button.click();
    await el.rendered;
    await waitFor(() => expect(categoryWords(root)).toHaveLength(9));
    await expect(button.textContent!.trim()).toBe('Show as donut');
    await expect(button.getAttribute('aria-pressed')).toBe('true');
  },
};

export const DonutShownAsBarsNarrow: Story = {
  ...DonutShownAsBars,
  name: 'A donut shown as bars, 320 px',
  decorators: [narrow],
  parameters: { docs: { description: { story: 'The bar view at 320 px: each label above its bar, the value after the bar’s end.' } } },
};

export const TwelvePeriodsNarrow: Story = {
  name: 'Twelve periods at 320 px',
  args: { heading: 'Cases by year', values: TWELVE, unit: 'case|cases', source: 'Example figures' },
  decorators: [narrow],
  parameters: {
    docs: {
      description: {
        story:
          'Twelve periods do not fit under a 320 px line chart. The chart writes the first period, every k-th after it and the ' +
          'last (as many as fit: every third in DejaVu Sans), never one over another, and its structure sentence says so: “… The ' +
          'labels under the axis name every third period from the first, and the last.” Every period is still in the parts, the ' +
          'tooltip and the table.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await chartIn(canvasElement, 'foi-line-chart');
    await waitFor(() => expect(categoryWords(root).at(-1)).toBe('2017/18'));
    await expect(categoryWords(root)[0]).toBe('2006/07');
    await expect(root.querySelector('.parts')!.getAttribute('aria-label')).toContain('The labels under the axis name');
  },
};

export const TextSpacingBars: Story = {
  name: 'Text spacing (WCAG 1.4.12), bars, 320 px',
  render: (args) => renderChart('offence-type-bar', args),
  decorators: [spaced],
  parameters: {
    docs: {
      description: {
        story:
          'Line height 1.5, letter spacing 0.12em and word spacing 0.16em on every element of the page, as the text-spacing ' +
          'bookmarklets apply them. The chart’s words inherit the spacing into the shadow root; the layout measures with it, so ' +
          '“Sexual activity with a child” wraps above its bar instead of losing letters at the edge.',
      },
    },
  },
};

export const TextSpacingColumns: Story = {
  name: 'Text spacing (WCAG 1.4.12), grouped columns, 320 px',
  args: {
    heading: 'Reports by region',
    values: 'Year: North, South, East; 2019: 10, 20, 30; 2020: 12, 5, 28; 2021: 15, 24, 25; 2022: 18, 26, 22',
    unit: 'report|reports',
    subtitle: 'Example figures',
  },
  render: (args) => renderChart('foi-column-chart', args),
  decorators: [spaced],
};

export const LargeText: Story = {
  name: 'Text at 200%, with text spacing, 320 px',
  args: { heading: 'Cases by year', values: '2014/15 and 2015/16: 273; 2016/17: 248', unit: 'case|cases', source: SOURCE },
  render: (args) => renderChart('foi-column-chart', args),
  decorators: [(story) => html`<div style="font-size: 200%">${spaced(story)}</div>`],
  parameters: {
    docs: {
      description: {
        story:
          'Twice the text size and the 1.4.12 spacing in 320 px: the plot grows with the text, and “2014/15 and 2015/16” wraps ' +
          '(after a slash where a word is still too long) under its column, beside “2016/17”.',
      },
    },
  },
};
