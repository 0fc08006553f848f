import { ArcElement, DoughnutController, type ChartOptions } from 'chart.js';
import { Chart } from '../register.js';
import type { PartBox } from '../spec.js';
import type { DrawKind } from './kind.js';

Chart.register(DoughnutController, ArcElement);

/** A donut of the parts of a whole. Its words are the element's HTML legend, not canvas text. */
export const donut: DrawKind = {
  type: 'doughnut',
  plugins: [],
  datasets: (spec, fills) => [{
    data: spec.values.slice(),
    backgroundColor: fills,
    hoverBackgroundColor: fills,
    // Background-coloured borders keep neighbouring parts apart without relying on colour.
    borderColor: spec.backgroundColor,
    borderWidth: 2,
    hoverBorderColor: spec.focusColor,
    hoverBorderWidth: 3,
    hoverOffset: 8,
  }],
  // The pointer anywhere in a part's direction is on that part, the hole included: its tooltip
  // sits in the hole, and the pointer crosses to it without passing another part (WCAG 1.4.13).
  options: () => ({ cutout: '55%', layout: { padding: 10 }, interaction: { mode: 'nearest', axis: 'r', intersect: false } }) as ChartOptions,
  partBoxes: (chart) =>
    chart.getDatasetMeta(0).data.map((element) =>
      arcBox(element.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as Record<string, number>),
    ),
  texts: () => [],
};

/** The bounding box of an arc, from points sampled along its outline: what a focus ring goes around. */
function arcBox(p: Record<string, number>): PartBox {
  const xs: number[] = [];
  const ys: number[] = [];
  const steps = 24;
  for (let s = 0; s <= steps; s++) {
    const angle = p.startAngle! + ((p.endAngle! - p.startAngle!) * s) / steps;
    for (const r of [p.innerRadius!, p.outerRadius!]) {
      xs.push(p.x! + Math.cos(angle) * r);
      ys.push(p.y! + Math.sin(angle) * r);
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
