import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { chartArgTypes, OUTCOME_VALUES, PLATFORM_VALUES, renderChart, SOURCE, type ChartArgs } from './shared.js';

/**
 * The host attribute `state` goes `loading` → `ready` | `empty` | `error`. A reader never sees a
 * blank box: empty and error states say why inside the figure.
 */
const meta = {
  title: 'States',
  component: 'foi-bar-chart',
  argTypes: chartArgTypes,
  args: { eager: true, unit: 'cases', source: SOURCE },
  render: (args) => renderChart('foi-bar-chart', args),
  parameters: {
    docs: {
      description: {
        component:
          'Each state of the reflected `state` attribute: `loading`, `ready`, `empty` and `error`. Empty and error ' +
          'states show a message inside the figure; an error message says what was wrong, and a fallback table the page ' +
          'gave stays readable.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const Ready: Story = {
  args: { heading: 'Platforms named', values: PLATFORM_VALUES },
  parameters: { docs: { description: { story: '`state="ready"`: the data was read and the chart is drawn.' } } },
};

export const EmptyNoData: Story = {
  name: 'Empty: no data',
  args: { heading: 'A chart given no data' },
  parameters: {
    docs: { description: { story: '`state="empty"`: no `values`, `src`, table or `data` — “No data to show.”' } },
  },
};

export const EmptyAllZeros: Story = {
  name: 'Empty: all zeros',
  args: { heading: 'A chart whose values are all zero', values: 'Facebook: 0; Snapchat: 0; Instagram: 0' },
  parameters: { docs: { description: { story: '`state="empty"`: every value is 0, so there is nothing to draw.' } } },
};

export const EmptyDonutAllZeros: Story = {
  name: 'Empty: donut, all zeros',
  args: { heading: 'A donut whose parts are all zero', values: 'Closed: 0; Caution: 0' },
  render: (args) => renderChart('foi-donut-chart', args),
};

export const ErrorBadValue: Story = {
  name: 'Error: value that is not a number',
  args: { heading: 'Platforms named', values: 'Facebook: lots; Snapchat: 123' },
  parameters: {
    docs: {
      description: {
        story: '`values="Facebook: lots; Snapchat: 123"`: `state="error"`, and the message names the entry that could not be read.',
      },
    },
  },
};

export const ErrorNegativeInDonut: Story = {
  name: 'Error: negative part in a donut',
  args: { heading: 'What happened to the cases', values: 'Closed: 171; Caution: 21; Reopened: -5' },
  render: (args) => renderChart('foi-donut-chart', args),
  parameters: {
    docs: {
      description: {
        story:
          'A donut shows parts of a whole, so a negative value is an error whose message names it. (Bars may be ' +
          'negative: they are drawn left of zero.)',
      },
    },
  },
};

export const NegativeBarsAreFine: Story = {
  name: 'Ready: negative bars (not an error)',
  args: { heading: 'Change in cases on the year before', values: 'Facebook: 12; Snapchat: -8; Instagram: 5; Skype: -3', unit: '' },
};

export const ErrorMissingFile: Story = {
  name: 'Error: src file not found',
  args: { heading: 'Platforms named', src: 'data/stories-never.csv' },
  parameters: {
    docs: {
      description: {
        story:
          '`src` pointing at a file that does not exist: the element shows `loading` while the request is in flight, ' +
          'then `error` with “The data file could not be loaded: not found (…)”.',
      },
    },
  },
};

export const ErrorWithFallbackTable: Story = {
  name: 'Error: bad table keeps the page’s table readable',
  args: { heading: 'Platforms named' },
  render: (args) =>
    renderChart(
      'foi-bar-chart',
      args,
      // A table whose second row has no number: the chart can't be drawn, so the element shows
      // its message and the page's own table, as the page wrote it.
      renderTable(),
    ),
};

function renderTable() {
  return html`<table>
    <caption>Platforms named</caption>
    <thead><tr><th scope="col">Platform</th><th scope="col">Cases</th></tr></thead>
    <tbody>
      <tr><th scope="row">Facebook</th><td>261</td></tr>
      <tr><th scope="row">Snapchat</th><td>about a hundred</td></tr>
    </tbody>
  </table>`;
}

/**
 * Holds any fetch of a URL ending in `/never-resolves.csv` open until it is aborted, so the
 * loading state stays on screen. The static server cannot delay a response, so the preview's
 * `fetch` is wrapped for that one URL only; every other request goes through untouched.
 */
const holdFetch: Decorator = (story) => {
  const flag = Symbol.for('foi-charts.stories.held-fetch');
  const w = window as unknown as Record<symbol, boolean>;
  if (!w[flag]) {
    w[flag] = true;
    const real = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.endsWith('/never-resolves.csv')) return real(input, init);
      return new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, { once: true });
      });
    };
  }
  return story();
};

export const Loading: Story = {
  args: { heading: 'Platforms named', src: 'data/never-resolves.csv' },
  decorators: [holdFetch],
  parameters: {
    docs: {
      description: {
        story:
          '`state="loading"`: “Loading data…” inside a placeholder box of the chart’s size (a typical bar chart’s; a column or line chart’s plot height), with `aria-busy` on the figure; `foi-charts.css` holds the element’s room meanwhile. The story ' +
          'holds the request for `data/never-resolves.csv` open (the preview’s `fetch` is wrapped for that one URL), so ' +
          'after the element’s 10-second limit it turns into `error`: “The data file took longer than 10 seconds to load.”',
      },
    },
  },
};

export const DonutReady: Story = {
  name: 'Ready: donut',
  args: { heading: 'What happened to the cases', values: OUTCOME_VALUES, total: '521', 'remainder-label': 'Other disposals' },
  render: (args) => renderChart('foi-donut-chart', args),
};
