import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiColumnChart, FoiLineChart, FoiDonutChart } from '../../src/index.js';
import { flat, messageText, settled, shadow, tableRows } from './helpers.js';

const YEARS = 'Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, ..';
const headers = (el: Element) => Array.from(shadow(el).querySelectorAll('table thead th')).map((th) => flat(th.textContent));
const parts = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'));

describe('column and line charts: several series', () => {
  it('reads a typed values form into series: table, parts, summary and canvas agree', async () => {
    const el = await settled<FoiColumnChart>(html`<foi-column-chart eager heading="Reports" unit="case|cases" values=${YEARS}></foi-column-chart>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(headers(el)).to.deep.equal(['Year', 'Facebook', 'Snapchat']);
    expect(tableRows(el)).to.deep.equal([
      ['2015/16', '12', '20'],
      ['2016/17', '48', '30'],
      ['2017/18', '60', 'no figure'],
    ]);
    const names = parts(el).map((p) => p.getAttribute('aria-label'));
    expect(names).to.have.length(6);
    expect(names[0]).to.equal('Facebook, 2015/16: 12 cases. 1 of 3.');
    expect(names[5]).to.equal('Snapchat, 2017/18: no figure. 3 of 3.');
    expect(el.summaryText).to.contain('Facebook');
    expect(el.chart!.data.datasets.map((d) => d.data)).to.deep.equal([
      [12, 48, 60],
      [20, 30, null],
    ]);
    expect((el.chart!.config as { type?: string }).type).to.equal('bar');
    expect(shadow(el).querySelector('[part~="legend"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('reads a child table with several number columns; the header row names the series', async () => {
    const el = await settled<FoiLineChart>(html`<foi-line-chart eager>
      <table>
        <caption>Cases by year</caption>
        <tr><th>Year</th><th>Facebook</th><th>Snapchat</th></tr>
        <tr><td>2015/16</td><td>12</td><td>20</td></tr>
        <tr><td>2016/17</td><td>48</td><td>30</td></tr>
      </table>
    </foi-line-chart>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(flat(shadow(el).querySelector('[part~="heading"]')!.textContent)).to.equal('Cases by year');
    expect(headers(el)).to.deep.equal(['Year', 'Facebook', 'Snapchat']);
    expect((el.chart!.config as { type?: string }).type).to.equal('line');
    expect(el.chart!.data.datasets.map((d) => (d as { pointStyle?: string }).pointStyle)).to.deep.equal(['circle', 'rect']);
  });

  it('takes the data property as {labels, series}', async () => {
    const el = await settled<FoiLineChart>(html`<foi-line-chart eager></foi-line-chart>`);
    el.data = { labels: ['Q1', 'Q2', 'Q3'], series: [{ name: 'North', values: [1, null, 3] }, { name: 'South', values: [2, 2, 2] }] };
    await el.rendered;
    expect(tableRows(el)).to.deep.equal([
      ['Q1', '1', '2'],
      ['Q2', 'no figure', '2'],
      ['Q3', '3', '2'],
    ]);
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([1, null, 3]);
  });

  it('fetches a CSV src; value-columns picks the series', async () => {
    const el = await settled<FoiColumnChart>(
      html`<foi-column-chart eager src="/test/fixtures/series/platforms-by-year.csv" value-columns="Snapchat, Instagram"></foi-column-chart>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(headers(el)).to.deep.equal(['Year', 'Snapchat', 'Instagram']);
    expect(tableRows(el)[1]).to.deep.equal(['2016/17', '30', 'no figure']);
  });

  it('stacks with layout="stacked"', async () => {
    const el = await settled<FoiColumnChart>(html`<foi-column-chart eager layout="stacked" values=${YEARS}></foi-column-chart>`);
    const scales = el.chart!.options.scales as Record<string, { stacked?: boolean }>;
    expect(scales.x!.stacked).to.equal(true);
    expect(scales.y!.stacked).to.equal(true);
  });

  it('downloads a CSV with one column per series, gaps empty', async () => {
    const el = await settled<FoiColumnChart>(html`<foi-column-chart eager values=${YEARS}></foi-column-chart>`);
    expect(el.getCsv().split('\r\n').filter(Boolean)).to.deep.equal(['Year,Facebook,Snapchat', '2015/16,12,20', '2016/17,48,30', '2017/18,60,']);
  });

  it('says which entry is wrong, and a donut says it draws one series', async () => {
    const bad = await settled<FoiColumnChart>(html`<foi-column-chart eager values="Year: A, B; 2015: 1, lots"></foi-column-chart>`);
    expect(bad.getAttribute('state')).to.equal('error');
    expect(messageText(bad)).to.match(/lots/);
    const donut = await settled<FoiDonutChart>(html`<foi-donut-chart eager></foi-donut-chart>`);
    donut.data = { labels: ['A'], series: [{ name: 'x', values: [1] }] } as never;
    await donut.rendered;
    expect(donut.getAttribute('state')).to.equal('error');
    expect(messageText(donut)).to.contain('This chart draws one series');
    expect(messageText(donut)).to.contain('<foi-column-chart> or <foi-line-chart>');
  });

  it('is accessible to axe: columns grouped and stacked, and lines', async () => {
    for (const template of [
      html`<foi-column-chart eager heading="Columns" values=${YEARS} patterns actions="table csv sound"></foi-column-chart>`,
      html`<foi-column-chart eager heading="Stacked" layout="stacked" values=${YEARS}></foi-column-chart>`,
      html`<foi-line-chart eager heading="Lines" values=${YEARS}></foi-line-chart>`,
    ]) {
      const el = await settled<FoiLineChart>(template);
      await expect(el).to.be.accessible();
    }
  });
});
