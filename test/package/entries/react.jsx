// React 19 at run time: an element written as JSX gets `data` as a property and hears its events
// through `onfoi-render`; the foi-charts/react wrapper (for React 18) does the same with
// `onFoiRender`. Importing foi-charts/react defines every tag.
import { createRoot } from 'react-dom/client';
import { FoiDonutChart } from 'foi-charts/react';

const rows = [
  { label: 'Alpha', value: 5 },
  { label: 'Beta', value: 3 },
];
const heard = [];

createRoot(document.getElementById('root')).render(
  <>
    <foi-bar-chart
      id="react-jsx"
      eager
      heading="React 19 JSX"
      source="Test"
      data={rows}
      onfoi-render={(event) => heard.push(`jsx:${event.detail.chart.data.labels.join()}`)}
    />
    <FoiDonutChart
      id="react-wrapper"
      eager
      heading="@lit/react wrapper"
      source="Test"
      data={rows}
      onFoiRender={(event) => heard.push(`wrapper:${event.detail.chart.data.labels.join()}`)}
    />
  </>,
);

/** Called by the package check once the page's charts are ready: what went wrong, if anything. */
window.__extraCheck = async () => {
  const problems = [];
  for (const [id, name] of [
    ['react-jsx', 'jsx'],
    ['react-wrapper', 'wrapper'],
  ]) {
    const el = document.getElementById(id);
    const end = Date.now() + 10000;
    while (Date.now() < end && !heard.includes(`${name}:Alpha,Beta`)) await new Promise((r) => setTimeout(r, 50));
    if (el?.getAttribute('state') !== 'ready') problems.push(`#${id}: state=${el?.getAttribute('state')}`);
    if (el?.chart?.data.labels.join() !== 'Alpha,Beta') problems.push(`#${id}: data was not set as a property`);
    if (!heard.includes(`${name}:Alpha,Beta`)) problems.push(`#${id}: its foi-render listener was not called`);
  }
  return problems;
};
