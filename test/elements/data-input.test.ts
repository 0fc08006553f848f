import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiBarChart, FoiDonutChart } from '../../src/index.js';
import { messageText, settled, settledIn, shadow, tableRows } from './helpers.js';

const labelsAndValues = (el: FoiBarChart) => tableRows(el).map((r) => [r[0], r[1]]);

describe('data input', () => {
  it('reads the values list form, with grouped thousands', async () => {
    const el = await settled<FoiBarChart>(
      html`<foi-bar-chart eager values="Facebook: 1,261; Snapchat = 1 123
Ratio 1:2: 5"></foi-bar-chart>`,
    );
    expect(labelsAndValues(el)).to.deep.equal([
      ['Facebook', '1,261'],
      ['Snapchat', '1,123'],
      ['Ratio 1:2', '5'],
    ]);
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([1261, 1123, 5]);
  });

  for (const [name, json] of [
    ['array of objects', '[{"label":"Facebook","value":261},{"label":"Snapchat","value":123}]'],
    ['array of pairs', '[["Facebook",261],["Snapchat",123]]'],
    ['object', '{"Facebook":261,"Snapchat":123}'],
  ]) {
    it(`reads values as JSON: ${name}`, async () => {
      const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values=${json}></foi-bar-chart>`);
      expect(labelsAndValues(el)).to.deep.equal([
        ['Facebook', '261'],
        ['Snapchat', '123'],
      ]);
    });
  }

  it('reads every attribute in its data- form', async () => {
    const el = await settled<FoiBarChart>(
      html`<foi-bar-chart eager data-values="A: 3; B: 1" data-heading="From data attributes" data-unit="cases" data-total="8"></foi-bar-chart>`,
    );
    expect(tableRows(el)).to.deep.equal([
      ['A', '3', '38%'],
      ['B', '1', '13%'],
    ]);
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('From data attributes');
  });

  it('prefers the plain attribute to its data- form', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1" data-values="B: 2"></foi-bar-chart>`);
    expect(labelsAndValues(el)).to.deep.equal([['A', '1']]);
  });

  it('reads a setting under its property name, as React writes a camelCase prop into server HTML', async () => {
    // React 19 renders `valueFormat="percent"` on the server; HTML reads it as `valueformat`, and
    // hydration sets no property. `headingLevel` and `animated` (the `animate` attribute) likewise.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      '<foi-bar-chart eager heading="Platforms" valueFormat="percent" headingLevel="3" animated total="521" values="Facebook: 261"></foi-bar-chart>' +
      '<foi-bar-chart eager value-format="both" valueFormat="percent" total="521" values="Facebook: 261"></foi-bar-chart>';
    const [server, both] = Array.from(host.querySelectorAll<FoiBarChart>('foi-bar-chart'));
    await Promise.all([server!.rendered, both!.rendered]);
    const { specs } = await import('../../src/draw/plugins.js');
    expect(server!.valueFormat).to.equal('percent');
    expect(specs.get(server!.chart!.canvas)!.valueLabels).to.deep.equal(['50%']);
    expect(shadow(server!).querySelector('h3[part~="heading"]'), 'headingLevel="3" makes an h3').to.not.equal(null);
    expect(server!.animated).to.equal(true);
    // The attribute itself wins over its property-name form.
    expect(specs.get(both!.chart!.canvas)!.valueLabels).to.deep.equal(['261 (50%)']);
    server!.removeAttribute('valueformat');
    await server!.updateComplete;
    expect(server!.valueFormat).to.equal(null);
  });

  it('reads a child table, with its caption as heading, found past stray paragraphs', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager>
      <p></p>
      <table>
        <caption>Platforms</caption>
        <thead><tr><th>Platform</th><th>Cases</th></tr></thead>
        <tbody>
          <tr><td>Facebook</td><td>261</td></tr>
          <tr><td>Snapchat</td><td>123</td></tr>
        </tbody>
      </table>
    </foi-bar-chart>`);
    expect(labelsAndValues(el)).to.deep.equal([
      ['Facebook', '261'],
      ['Snapchat', '123'],
    ]);
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('Platforms');
    expect(shadow(el).querySelector('thead th')!.textContent).to.contain('Platform');
  });

  it('reads the data property, which wins over values', async () => {
    const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager values="A: 1"></foi-bar-chart>`);
    el.data = [
      { label: 'X', value: 7 },
      { label: 'Y', value: 9 },
    ];
    await el.updateComplete;
    await el.rendered;
    expect(labelsAndValues(el)).to.deep.equal([
      ['Y', '9'],
      ['X', '7'],
    ]);
  });

  it('takes values before a child table, and the table before the preset', async () => {
    const el = await settled<FoiBarChart>(html`<offence-platform-bar eager values="From values: 2">
      <table><tr><td>From table</td><td>1</td></tr></table>
    </offence-platform-bar>`);
    expect(labelsAndValues(el)).to.deep.equal([['From values', '2']]);
    const byTable = await settled<FoiBarChart>(html`<offence-platform-bar eager>
      <table><tr><td>From table</td><td>1</td></tr></table>
    </offence-platform-bar>`);
    expect(labelsAndValues(byTable)).to.deep.equal([['From table', '1']]);
  });

  it('uses total for percentages and adds the remainder', async () => {
    const el = await settled<FoiDonutChart>(
      html`<foi-donut-chart eager values="A: 50; B: 25" total="100" remainder-label="The rest"></foi-donut-chart>`,
    );
    expect(tableRows(el)).to.deep.equal([
      ['A', '50', '50%'],
      ['B', '25', '25%'],
      ['The rest', '25', '25%'],
    ]);
  });

  it('sorts bars descending by default, ascending or not at all on request', async () => {
    const values = 'B: 2; A: 1; C: 3';
    const desc = await settled<FoiBarChart>(html`<foi-bar-chart eager values=${values}></foi-bar-chart>`);
    expect(desc.chart!.data.labels).to.deep.equal(['C', 'B', 'A']);
    const asc = await settled<FoiBarChart>(html`<foi-bar-chart eager sort="asc" values=${values}></foi-bar-chart>`);
    expect(asc.chart!.data.labels).to.deep.equal(['A', 'B', 'C']);
    const none = await settled<FoiBarChart>(html`<foi-bar-chart eager sort="none" values=${values}></foi-bar-chart>`);
    expect(none.chart!.data.labels).to.deep.equal(['B', 'A', 'C']);
  });

  it('formats numbers for the nearest lang, or the locale attribute', async () => {
    const el = await settledIn<FoiBarChart>(
      html`<div lang="de-DE"><foi-bar-chart eager values="A: 1234.5; B: 10"></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    expect(tableRows(el)[0]!.slice(0, 2)).to.deep.equal(['A', '1.234,5']);
    const us = await settled<FoiBarChart>(html`<foi-bar-chart eager locale="en-US" values="A: 1234.5"></foi-bar-chart>`);
    expect(tableRows(us)[0]![1]).to.equal('1,234.5');
  });

  it('labels values as numbers, percentages or both', async () => {
    const both = await settled<FoiBarChart>(
      html`<foi-bar-chart eager value-format="both" total="521" values="Facebook: 261"></foi-bar-chart>`,
    );
    // The text drawn at the end of each bar is what the drawing plugin gets from the element.
    const { specs } = await import('../../src/draw/plugins.js');
    expect(specs.get(both.chart!.canvas)!.valueLabels).to.deep.equal(['261 (50%)']);
    const percent = await settled<FoiBarChart>(
      html`<foi-bar-chart eager value-format="percent" total="521" values="Facebook: 261"></foi-bar-chart>`,
    );
    expect(specs.get(percent.chart!.canvas)!.valueLabels).to.deep.equal(['50%']);
    const number = await settled<FoiBarChart>(html`<foi-bar-chart eager total="521" values="Facebook: 261"></foi-bar-chart>`);
    expect(specs.get(number.chart!.canvas)!.valueLabels).to.deep.equal(['261']);
  });

  it('draws highlighted labels in the accent colour and the rest muted', async () => {
    const el = await settled<FoiBarChart>(
      html`<foi-bar-chart eager highlight="B" values="A: 1; B: 2; C: 3" style="--foi-accent: rgb(200, 0, 0); --foi-muted-color: rgb(90, 90, 90)"></foi-bar-chart>`,
    );
    expect(el.chart!.data.datasets[0]!.backgroundColor).to.deep.equal(['rgb(90, 90, 90)', 'rgb(200, 0, 0)', 'rgb(90, 90, 90)']);
  });
});

describe('states and messages', () => {
  it('bad values: state error, a message naming the entry, foi-error fired', async () => {
    let detail: { message: string } | undefined;
    document.addEventListener('foi-error', (e) => (detail = e.detail), { once: true });
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="Facebook: 261; Snapchat: lots"></foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(messageText(el)).to.contain('Entry 2');
    expect(messageText(el)).to.contain('Snapchat: lots');
    expect(detail!.message).to.contain('Entry 2');
    expect(el.chart).to.equal(null);
  });

  it('no data: state empty with a message', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager></foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(messageText(el)).to.equal('No data to show.');
  });

  it('a donut that is all zero is empty; a negative part is an error naming it', async () => {
    const zero = await settled<FoiDonutChart>(html`<foi-donut-chart eager values="A: 0; B: 0"></foi-donut-chart>`);
    expect(zero.getAttribute('state')).to.equal('empty');
    const negative = await settled<FoiDonutChart>(html`<foi-donut-chart eager values="A: 5; B: -2"></foi-donut-chart>`);
    expect(negative.getAttribute('state')).to.equal('error');
    expect(messageText(negative)).to.contain('B');
  });

  it('bars may be negative', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="Up: 5; Down: -3"></foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([5, -3]);
  });

  it('an error in a child table keeps the page table readable', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager>
      <table><tr><td>Facebook</td><td>lots</td></tr></table>
    </foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('error');
    const slot = shadow(el).querySelector('slot')!;
    const table = slot.assignedElements().find((e) => e.localName === 'table') as HTMLElement;
    expect(table).to.exist;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(messageText(el)).to.contain('Facebook');
  });

  it('fires foi-render with the chart', async () => {
    const el = document.createElement('foi-bar-chart');
    el.setAttribute('eager', '');
    el.setAttribute('values', 'A: 1');
    const rendered = new Promise<CustomEvent>((resolve) => el.addEventListener('foi-render', (e) => resolve(e as CustomEvent)));
    document.body.append(el);
    const event = await rendered;
    expect(event.detail.chart).to.equal(el.chart);
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });
});
