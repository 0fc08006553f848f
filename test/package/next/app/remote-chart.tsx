'use client';
import 'foi-charts/all.js';

/** A data file from public/: fetched once, never cancelled. */
export function RemoteChart() {
  return <foi-bar-chart heading="From a CSV file" source="Lancashire Constabulary" src="/platforms.csv" eager suppressHydrationWarning />;
}
