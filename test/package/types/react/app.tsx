// React 19 (react-jsx) with the package's own types: no declarations written by hand.
import 'foi-charts/all.js';
import { FoiBarChart as FoiBarChartReact } from 'foi-charts/react';
import type { FoiRenderEvent } from 'foi-charts';

const rows = [
  { label: 'Facebook', value: 261 },
  { label: 'Snapchat', value: 123 },
];

export const Bars = () => (
  <foi-bar-chart
    heading="Platforms named"
    source="Lancashire Constabulary"
    total={521}
    theme="dark"
    sort="asc"
    value-format="both"
    actions="table csv png"
    data={rows}
    onfoi-render={(event) => event.detail.chart.update()}
    onfoi-focus={(event) => console.log(event.detail.label, event.detail.value)}
  />
);
export const Presets = () => (
  <>
    <offence-platform-bar total="sum" className="wide" />
    <case-outcome-donut theme="auto" heading-level={3} />
    <offence-type-bar eager patterns />
    <foi-donut-chart values="A: 1; B: 2" onfoi-error={(event) => console.log(event.detail.message)} />
  </>
);

// React 19 sets a prop as a property when the element has it: the camelCase names are typed too,
// and attribute text the element reads (`total="1,234"`, in the chart's locale).
export const Properties = () => (
  <foi-bar-chart
    valueFormat="percent"
    total="1,234"
    headingLevel={3}
    labelColumn="Platform"
    animated
    values='[{"label":"Facebook","value":261}]'
    suppressHydrationWarning
    aria-describedby="note"
    data-story="platforms"
    hidden
    onClick={(event: { clientX: number }) => console.log(event.clientX)}
  />
);
// @ts-expect-error animate is every element's method, which React would overwrite: write animated
export const BadAnimate = () => <foi-bar-chart animate />;

// @ts-expect-error a misspelt theme
export const BadTheme = () => <foi-bar-chart theme="drak" />;
// @ts-expect-error data is a property of rows, not a string
export const BadData = () => <foi-bar-chart data="Facebook: 261" />;
// @ts-expect-error a misspelt attribute
export const BadName = () => <foi-bar-chart hedaing="Platforms" />;
// @ts-expect-error an unknown sort order
export const BadSort = () => <foi-bar-chart sort="up" />;

// React 18 users: the @lit/react wrappers.
export const Wrapped = () => (
  <FoiBarChartReact heading="Platforms" data={rows} theme="dark" onFoiRender={(event: FoiRenderEvent) => event.detail.chart} />
);

// The element from script.
const el = document.createElement('foi-bar-chart');
el.total = 521;
el.total = 'sum';
el.total = null;
el.theme = 'dark';
el.actions = 'table csv';
el.valueFormat = 'percent';
el.data = rows;
el.addEventListener('foi-render', (event) => event.detail.chart.destroy());
document.addEventListener('foi-focus', (event) => event.detail.index.toFixed());
// @ts-expect-error state is set by the element
el.state = 'ready';
// @ts-expect-error a misspelt theme
el.theme = 'drak';
// @ts-expect-error an unknown action
el.actions = 'table pdf';
// @ts-expect-error total is a number or 'sum'
el.total = 'all';
export const state: 'loading' | 'ready' | 'empty' | 'error' = el.state;
