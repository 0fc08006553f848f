import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiBarChart } from '../../src/index.js';
import { flat, settled, shadow, tableRows } from './helpers.js';

const OUTCOMES = 'Outcome: 2016/17, 2017/18; Charged: 20, 31; No further action: 88, 95; Caution: 6, ..';
const parts = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'));

describe('bar chart: several series', () => {
  it('layout="grouped" reads several series: a bar per series in each band, a column per series in the table', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager layout="grouped" unit="case|cases" values=${OUTCOMES}></foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(Array.from(shadow(el).querySelectorAll('table thead th')).map((th) => flat(th.textContent))).to.deep.equal(['Outcome', '2016/17', '2017/18']);
    expect(tableRows(el)).to.deep.equal([
      ['Charged', '20', '31'],
      ['No further action', '88', '95'],
      ['Caution', '6', 'no figure'],
    ]);
    expect(el.chart!.data.datasets.map((d) => d.data)).to.deep.equal([
      [20, 88, 6],
      [31, 95, null],
    ]);
    expect((el.chart!.options as { indexAxis?: string }).indexAxis).to.equal('y');
    // Colour is never the only cue: several series always carry textures.
    expect(el.chart!.data.datasets.every((d) => d.backgroundColor instanceof CanvasPattern)).to.equal(true);
    const names = parts(el).map((p) => p.getAttribute('aria-label'));
    expect(names).to.have.length(6);
    expect(names[0]).to.equal('2016/17, Charged: 20 cases. 1 of 3.');
    expect(names[5]).to.equal('2017/18, Caution: no figure. 3 of 3.');
    // Every bar has a focus target of its own, inside the chart box.
    const box = shadow(el).querySelector('.chart')!.getBoundingClientRect();
    for (const part of parts(el).filter((_, i) => i !== 5)) {
      const r = part.getBoundingClientRect();
      expect(r.height, part.getAttribute('aria-label')!).to.be.above(4);
      expect(r.left).to.be.at.least(box.left - 1);
      expect(r.right).to.be.at.most(box.right + 1);
    }
    await expect(el).to.be.accessible();
  });

  it('layout="stacked" stacks them and says so', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager layout="stacked" values=${OUTCOMES}></foi-bar-chart>`);
    const scales = el.chart!.options.scales as Record<string, { stacked?: boolean }>;
    expect(scales.x!.stacked).to.equal(true);
    expect(scales.y!.stacked).to.equal(true);
    const group = shadow(el).querySelector('.parts')!.getAttribute('aria-label')!;
    expect(group).to.match(/^Stacked bar chart of 2 series/);
  });

  it('takes {labels, series} from the data property', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager></foi-bar-chart>`);
    el.data = { labels: ['A', 'B'], series: [{ name: 'x', values: [1, 2] }, { name: 'y', values: [3, 4] }] };
    await el.rendered;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(tableRows(el)).to.deep.equal([
      ['A', '1', '3'],
      ['B', '2', '4'],
    ]);
  });

  it('without layout or several value-columns, a bar chart still reads one series', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1; B: 2"></foi-bar-chart>`);
    expect(el.chart!.data.datasets).to.have.length(1);
    expect(tableRows(el)).to.deep.equal([
      ['B', '2'],
      ['A', '1'],
    ]);
  });
});
