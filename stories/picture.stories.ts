import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { baseArgs, chartIn, chartMeta, renderChart, SOURCE, type ChartArgs, type ChartTag } from './shared.js';

/**
 * "Download image" (`actions="png"`, or `getImage()` from script) and print: the figure as one
 * picture that carries its title and source, and a printed page that shows each chart sharp,
 * captioned and without buttons.
 */
const meta = {
  title: 'Pictures and print',
  ...chartMeta('offence-platform-bar'),
  args: { ...baseArgs, actions: ['table', 'csv', 'png'] },
  parameters: {
    docs: {
      description: {
        component:
          '“Download image” saves one PNG of the whole figure: heading, subtitle, the chart with its words, legend, notes and ' +
          'source line, at twice `png-width` (default: the figure’s width) on the theme’s background, in the page’s fonts. ' +
          'After saving, the figure offers the picture’s alt text (the takeaway and the structure sentence) with a ' +
          '“Copy alt text” button, for the alt field of wherever it is posted; `getImageAlt()` gives the same text to script. ' +
          'Printing the page (Ctrl+P, ⌘P) prints each chart as a sharp image with its captions, without the buttons, kept ' +
          'on one page where it fits; `print-table` prints the table under it.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

/** The chart, then the picture it saves, shown as an image with its alt text. */
function withPicture(tag: ChartTag, args: ChartArgs) {
  return html`${renderChart(tag, args)}
    <figure style="margin: 1.5rem 0 0; max-width: 100%;">
      <figcaption style="font: 0.875rem system-ui, sans-serif; margin: 0 0 0.5rem;">The saved picture (<code>getImage()</code>), its alt text from <code>getImageAlt()</code>:</figcaption>
      <img class="saved-picture" style="max-width: 100%; border: 1px solid #767676;" alt="" />
    </figure>`;
}

/** Shows the saved picture under the chart, and checks it is twice the width asked for. */
async function showPicture(canvasElement: HTMLElement, tag: ChartTag, width: number | null) {
  const { el } = await chartIn(canvasElement, tag);
  const blob = await el.getImage();
  await expect(blob).not.toBeNull();
  const img = canvasElement.querySelector<HTMLImageElement>('img.saved-picture')!;
  img.alt = el.getImageAlt();
  img.src = URL.createObjectURL(blob!);
  await img.decode();
  await expect(img.naturalWidth).toBe(2 * (width ?? el.getBoundingClientRect().width));
}

export const DownloadImage: Story = {
  name: 'Download image (bars)',
  args: { subtitle: 'Cases by platform named, April 2014 to March 2017' },
  render: (args) => withPicture('offence-platform-bar', args),
  parameters: {
    docs: {
      description: {
        story:
          '`actions="table csv png"`. The picture under the chart is what “Download image” saves, made by `getImage()`: ' +
          'the words over the canvas (labels, values, ticks) are drawn in where the figure shows them, and the heading, ' +
          'subtitle, notes and source wrap to its width.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await showPicture(canvasElement, 'offence-platform-bar', null);
    // `getImage()` alone saves nothing, so no alt text is offered yet: "Download image" offers it once it has saved.
    const el = canvasElement.querySelector('offence-platform-bar')!;
    const status = el.shadowRoot!.querySelector('[part~="image-alt"] [role="status"]')!;
    await expect(status.textContent).toBe('');
  },
};

export const SocialPicture: Story = {
  name: 'png-width="1200" (donut with its legend)',
  args: { actions: ['table', 'png'], 'png-width': '1200' },
  render: (args) => withPicture('case-outcome-donut', args),
  parameters: {
    docs: {
      description: {
        story:
          '`png-width="1200"` saves a picture 1200 CSS px wide (2400 px), for social media, whatever the figure’s width: ' +
          'the chart is laid out for that width, the legend’s swatches and words flow in rows under the donut.',
      },
    },
  },
  play: async ({ canvasElement }) => showPicture(canvasElement, 'case-outcome-donut', 1200),
};

export const LinePicture: Story = {
  name: 'Download image (lines)',
  args: {
    actions: ['png'],
    heading: 'Cases naming each platform, by year',
    subtitle: 'Example figures, not from the disclosure',
    values: 'Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, 41',
    unit: 'case|cases',
    source: SOURCE,
  },
  render: (args) => withPicture('foi-line-chart', args),
  parameters: {
    docs: {
      description: { story: 'A line chart’s picture: the series legend keeps each line’s dash, so the picture never relies on colour alone.' },
    },
  },
  play: async ({ canvasElement }) => showPicture(canvasElement, 'foi-line-chart', null),
};

export const PrintTable: Story = {
  name: 'print-table',
  args: { 'print-table': true },
  parameters: {
    docs: {
      description: {
        story:
          '`print-table`: on paper, the table prints under the chart (on screen it stays behind “Show table”). Print this ' +
          'page, or open the print preview, to see it: the chart is a sharp image in the canvas’s place, with its heading, ' +
          'notes and source, and no buttons.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { el } = await chartIn(canvasElement, 'offence-platform-bar');
    // Before printing the chart is drawn into its print image, as a browser's print does.
    dispatchEvent(new Event('beforeprint'));
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img.print-image')!;
    await waitFor(() => expect(img.src).toMatch(/^data:image\/png/));
    dispatchEvent(new Event('afterprint'));
    await expect(img.hasAttribute('src')).toBe(false);
  },
};
