import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CaseOutcomeDonut, OffencePlatformBar, OffenceTypeBar } from '../../src/index.js';
import { settled, shadow, tableRows } from './helpers.js';

describe('story presets with no attributes', () => {
  it('<offence-platform-bar> shows the eight platforms, shares of 521 cases', async () => {
    const el = await settled<OffencePlatformBar>(html`<offence-platform-bar eager></offence-platform-bar>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(tableRows(el)).to.deep.equal([
      ['Facebook', '261', '50%'],
      ['Snapchat', '123', '24%'],
      ['Instagram', '51', '10%'],
      ['ooVoo', '47', '9%'],
      ['Skype', '39', '7%'],
      ['WhatsApp', '16', '3%'],
      ['Platform not identified', '4', '0.8%'],
      ['Twitter', '3', '0.6%'],
    ]);
    const chart = el.chart!;
    expect(chart.data.datasets[0]!.data).to.deep.equal([261, 123, 51, 47, 39, 16, 4, 3]);
    expect(chart.data.labels).to.deep.equal([
      'Facebook', 'Snapchat', 'Instagram', 'ooVoo', 'Skype', 'WhatsApp', 'Platform not identified', 'Twitter',
    ]);
    const root = shadow(el);
    expect(root.querySelector('[part~="heading"]')!.textContent).to.contain('Social media platforms');
    expect(root.querySelector('[part~="source"]')!.textContent).to.contain('Lancashire Police');
    expect(root.querySelector('[part~="notes"]')!.textContent).to.contain('544');
    expect(el.summaryText).to.contain('261 of 521 (50%)');
    expect(el.summaryText).to.contain('544');
  });

  it('<case-outcome-donut> adds the derived remainder as the ninth part', async () => {
    const el = await settled<CaseOutcomeDonut>(html`<case-outcome-donut eager></case-outcome-donut>`);
    const rows = tableRows(el);
    expect(rows).to.have.length(9);
    expect(rows[8]).to.deep.equal(['Other disposals, such as community resolution', '27', '5%']);
    expect(rows[0]).to.deep.equal(['Closed', '171', '33%']);
    const data = el.chart!.data.datasets[0]!.data as number[];
    expect(data.reduce((a, b) => a + b, 0)).to.equal(521);
    expect(el.chart!.data.labels).to.have.length(9);
    const legend = shadow(el).querySelectorAll('[part~="legend"] li');
    expect(legend).to.have.length(9);
    expect(legend[8]!.textContent).to.contain('Other disposals, such as community resolution');
    expect(legend[8]!.textContent).to.contain('27');
  });

  it('<offence-type-bar> adds "Not itemised" = 22 last', async () => {
    const el = await settled<OffenceTypeBar>(html`<offence-type-bar eager></offence-type-bar>`);
    const rows = tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Sexual activity with a child', 'Grooming', 'Rape', 'Abuse of a position of trust', 'Not itemised',
    ]);
    expect(rows[4]).to.deep.equal(['Not itemised', '22', '4%']);
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([434, 35, 26, 4, 22]);
  });

  it('an attribute the page sets wins over the preset', async () => {
    const el = await settled<OffencePlatformBar>(
      html`<offence-platform-bar eager heading="My own heading" unit="reports" values="A: 10; B: 5"></offence-platform-bar>`,
    );
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('My own heading');
    expect(tableRows(el)).to.deep.equal([
      ['A', '10', '2%'],
      ['B', '5', '1%'],
    ]);
    // The preset's total (521) still applies: the page changed only the data.
    expect(el.summaryText).to.contain('reports');
  });
});
