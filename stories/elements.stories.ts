import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { chartArgTypes, renderChart, type ChartArgs, type ChartTag } from './shared.js';

/**
 * The five elements with no attributes but `eager`: the generic charts show their "No data"
 * message; the presets show the Lancashire FOI story's figures, wording, note and source.
 */
const meta = {
  title: 'Elements',
  argTypes: chartArgTypes,
  args: { eager: true },
  parameters: {
    docs: {
      description: {
        component:
          'Each element with its defaults. The generic `<foi-bar-chart>` and `<foi-donut-chart>` have no ' +
          'default data, so they show their “No data” message (state `empty`); the three presets draw the ' +
          'disclosure’s figures. Every attribute can be changed from the controls; any attribute set wins ' +
          'over a preset’s default.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

const story = (tag: ChartTag, description: string): Story => ({
  name: `<${tag}>`,
  render: (args) => renderChart(tag, args),
  parameters: { docs: { description: { story: description } } },
});

export const FoiBarChart = story(
  'foi-bar-chart',
  'The generic bar chart with no data: a clear “No data to show.” message inside the figure, never a blank box.',
);
export const FoiDonutChart = story(
  'foi-donut-chart',
  'The generic donut with no data: the same “No data to show.” message.',
);
export const OffencePlatformBar = story(
  'offence-platform-bar',
  'Platforms named in the 521 cases. They overlap (one case can name several), so `total` is 521 and the shares add up to more than 100%.',
);
export const CaseOutcomeDonut = story(
  'case-outcome-donut',
  'What happened to the 521 cases, with the outcomes the report does not itemise derived as the remainder (“Other disposals…”).',
);
export const OffenceTypeBar = story(
  'offence-type-bar',
  'Offence types, with the 22 cases not itemised derived as the remainder.',
);

/**
 * Checks that Lit's reactive properties work under Storybook's Vite transform: the play
 * function changes attributes after the first draw, and the heading and the bar colours must
 * follow. If the transform used [[Define]] class fields, the fields would shadow Lit's
 * accessors and nothing would change.
 */
export const AttributeChangeUpdates: Story = {
  name: 'Attribute change updates the chart',
  render: (args) => html`<div data-testid="host">${renderChart('offence-platform-bar', args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'The play function sets `heading="Facebook was named in half the cases"` and `highlight="Facebook"` after the ' +
          'first draw; the heading text and the bar colours update (Facebook in the accent colour, the rest muted).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('offence-platform-bar') as HTMLElement & {
      rendered: Promise<void>;
      updateComplete: Promise<boolean>;
      chart: { data: { datasets: { backgroundColor: unknown }[] } } | null;
    };
    await el.rendered;
    const before = JSON.stringify(el.chart?.data.datasets[0]?.backgroundColor);
    el.setAttribute('heading', 'Facebook was named in half the cases');
    el.setAttribute('highlight', 'Facebook');
    await el.updateComplete;
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('.heading')?.textContent).toBe('Facebook was named in half the cases'),
    );
    await waitFor(() => expect(JSON.stringify(el.chart?.data.datasets[0]?.backgroundColor)).not.toBe(before));
  },
};
