/**
 * When drawing itself throws (a bug of ours, a bundler that dropped code, a page's script in the
 * way), the reader still gets the figures: a message inside the figure, the table open, the
 * state `error`, and no uncaught error. CI's Vite build once threw here for every column and
 * line chart while the element said `ready` over a blank canvas.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { registerKind } from '../../src/draw/chart.js';
import { line } from '../../src/draw/kinds/line.js';
import { registerSeriesKinds } from '../../src/draw/series-kinds.js';
import { clearStages, errorTrap, isShown, make, messageText, settle, shadow, stage, tableRows } from './helpers.js';

const VALUES = 'Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30';

const heard: string[] = [];

async function lineChart(): Promise<FoiChart> {
  const el = make<FoiChart>('foi-line-chart', { eager: '', heading: 'Cases by platform', values: VALUES });
  el.addEventListener('foi-error', (e) => heard.push((e as CustomEvent<{ message: string }>).detail.message));
  stage().append(el);
  return settle(el);
}

describe('a drawing that throws', () => {
  const trap = errorTrap();
  const logged: unknown[][] = [];
  const consoleError = console.error;

  beforeEach(() => {
    trap.install();
    logged.length = 0;
    heard.length = 0;
    console.error = (...args: unknown[]) => void logged.push(args);
  });

  afterEach(() => {
    console.error = consoleError;
    trap.stop();
    registerSeriesKinds();
    clearStages();
  });

  it('shows its message and the table, is in state error, and throws nothing uncaught', async () => {
    // A first chart loads the line kind's chunk; then the kind is swapped for one that throws.
    expect((await lineChart()).state).to.equal('ready');
    registerKind('line', {
      ...line,
      datasets() {
        throw new Error('test: this kind cannot draw');
      },
    });

    const el = await lineChart();

    expect(el.state).to.equal('error');
    expect(messageText(el)).to.equal('The chart could not be drawn, so the figures are shown in the table below.');
    const table = shadow(el).querySelector('table');
    expect(isShown(table), 'the table is open').to.be.true;
    expect(tableRows(el)).to.deep.equal([
      ['2015/16', '12', '20'],
      ['2016/17', '48', '30'],
    ]);
    expect(heard, 'foi-error tells the page').to.deep.equal([messageText(el)]);
    expect(trap.errors).to.deep.equal([]);
    expect(String(logged[0]?.[1]), 'the developer is told why').to.contain('this kind cannot draw');
  });
});
