import { FoiBarChart } from 'foi-charts/react';

const rows = [
  { label: 'Facebook', value: 261 },
  { label: 'Snapchat', value: 123 },
];

export const Bars = () => (
  <FoiBarChart heading="Platforms named" total={521} data={rows} onFoiRender={(event) => console.log(event.detail.chart.data.labels)} />
);
