import 'foi-charts/all.js';

const rows = [
  { label: 'Facebook', value: 261 },
  { label: 'Snapchat', value: 123 },
];

export const Bars = () => (
  <foi-bar-chart
    heading="Platforms named"
    total={521}
    valueFormat="both"
    data={rows}
    onfoi-render={(event) => console.log(event.detail.chart.data.labels)}
  />
);
