// Row 6: layout shift through load and lazy drawing, on the 50-chart page and the one-chart page.
import { MANY } from '../lib/pages.mjs';
import { m, num } from '../lib/stats.mjs';
import { one } from './first-chart.mjs';
import { many } from './many.mjs';

export default [
  {
    id: 6,
    tasks: { one, many },
    report: (R) => {
      const part = (list, label) => {
        if (!list) return null;
        const worstHere = Math.max(...list.map((x) => x.cls));
        return `${label} ${num(m(list, (x) => x.cls), 4)}${worstHere > m(list, (x) => x.cls) ? ` (worst ${num(worstHere, 4)})` : ''}`;
      };
      const worst = Math.max(...[R.library.many, R.library.one].flatMap((list) => (list ?? []).map((x) => x.cls)));
      return [
        {
          label: '6. Cumulative Layout Shift during load and lazy drawing',
          cell: (v) => [part(R[v].many, `${MANY} charts:`), part(R[v].one, 'one chart:')].filter(Boolean).join('; '),
          goal: '0',
          ok: () => worst === 0,
        },
      ];
    },
  },
];
