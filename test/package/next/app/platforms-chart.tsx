'use client';
// A client component: the tags are defined in the browser (the import is safe on the server).
import 'foi-charts/all.js';

const rows = [
  { label: 'Facebook', value: 261 },
  { label: 'Snapchat', value: 123 },
];

export function PlatformsChart() {
  return (
    <foi-bar-chart
      heading="Platforms named"
      source="Lancashire Constabulary"
      total={521}
      valueFormat="both"
      values={JSON.stringify(rows)}
      suppressHydrationWarning
    />
  );
}
