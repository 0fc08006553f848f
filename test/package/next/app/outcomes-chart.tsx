'use client';
// The wrapper sets `data` and listens for events in an effect, after hydration.
import { FoiDonutChart } from 'foi-charts/react';

const rows = [
  { label: 'Charged', value: 33 },
  { label: 'No further action', value: 212 },
];

export function OutcomesChart() {
  return <FoiDonutChart heading="Case outcomes" source="Lancashire Constabulary" data={rows} onFoiRender={(event) => console.log('drawn', event.detail.chart.data.labels)} />;
}
