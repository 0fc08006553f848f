/**
 * Table structure as a reader meets it (issue 18): what the chart draws, the table, the summary,
 * the notes and the message, for tables with totals and subtotals inside, total columns, figures
 * of unlike kinds, long-format files and figures with decimals, on every data path.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiBarChart, FoiColumnChart, FoiDonutChart, FoiLineChart } from '../../src/index.js';
import { flat, messageText, settled, shadow, tableRows } from './helpers.js';

const notes = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="notes"] p')).map((p) => flat(p.textContent));
const labels = (el: FoiBarChart | FoiDonutChart | FoiColumnChart | FoiLineChart) =>
  el.chart!.data.labels!.map((l) => (Array.isArray(l) ? l.join(' ') : String(l)));
const partNames = (el: Element) => Array.from(shadow(el).querySelectorAll('.part')).map((p) => p.getAttribute('aria-label') ?? '');
const fixture = (name: string) => `test/fixtures/structure/${name}`;

describe('table structure in the element', () => {
  it('a crime table with upper-case subtotals and a TOTAL row: 13 offence types drawn, subtotals named in a note', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="offence|offences" src=${fixture('crimes-upper.csv')}></foi-bar-chart>`);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.have.length(13);
    expect(labels(el)[0]).to.equal('Hurtos');
    expect(labels(el).join()).not.to.match(/TOTAL|CRIMINALIDAD/);
    expect(el.summaryText).to.match(/^Hurtos has the most offences: 4,871 of 12,347 \(39%\)\./);
    expect(el.summaryText).not.to.match(/overlap/);
    expect(partNames(el)[0]).to.equal('Hurtos: 4,871 offences, 39%. 1 of 13.');
    expect(tableRows(el)).to.have.length(13);
    expect(notes(el)).to.deep.equal([
      'Fuente: Ministerio del Interior (datos de ejemplo)',
      '“TOTAL INFRACCIONES PENALES” (12,347 offences) is the total: the shares are of it, and it is not drawn.',
      '“CRIMINALIDAD CONVENCIONAL” (11,194 offences) and “CIBERCRIMINALIDAD” (1,153 offences) are subtotals of the rows under them, so they are not drawn.',
    ]);
  });

  it('total="12347" on that table agrees with it: no overlap is claimed', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager total="12347" src=${fixture('crimes-upper.csv')}></foi-bar-chart>`);
    expect(el.state).to.equal('ready');
    expect(el.summaryText).not.to.match(/overlap|add up to/);
  });

  it('level="top" draws the groups; level="all" every row, with no shares', async () => {
    const top = await settled<FoiBarChart>(html`<foi-bar-chart eager level="top" src=${fixture('crimes-outline.csv')}></foi-bar-chart>`);
    expect(labels(top)).to.deep.equal(['I. CRIMINALIDAD CONVENCIONAL', 'II.CIBERCRIMINALIDAD (infracciones penales cometidas en/por medio ciber)']);
    const all = await settled<FoiBarChart>(html`<foi-bar-chart eager level="all" src=${fixture('crimes-outline.csv')}></foi-bar-chart>`);
    // Every row of the file under its header, totals and subtotals too (sorted by size, as bars are).
    const written = (await (await fetch(fixture('crimes-outline.csv'))).text()).trim().split(/\r?\n/).slice(1).map((line) => line.split(';')[0]!);
    expect(written).to.have.length(19);
    expect([...labels(all)].sort()).to.deep.equal([...written].sort());
    expect(tableRows(all)[0]).to.have.length(2);
  });

  it('a pasted table with <th> group rows: the cities are drawn, the group names are headings', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="cases">
      <table>
        <thead><tr><th>Region</th><th>Cases</th></tr></thead>
        <tbody><tr><th colspan="2">North</th></tr><tr><td>Leeds</td><td>40</td></tr><tr><td>York</td><td>20</td></tr></tbody>
        <tbody><tr><th colspan="2">South</th></tr><tr><td>Kent</td><td>30</td></tr><tr><td>Surrey</td><td>10</td></tr></tbody>
      </table>
    </foi-bar-chart>`);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['Leeds', 'Kent', 'York', 'Surrey']);
    expect(notes(el).join(' ')).not.to.match(/No figure/);
  });

  it('a column chart of a file with a Total column draws its parts and says the total is left out', async () => {
    const el = await settled<FoiColumnChart>(html`<foi-column-chart eager unit="bed|beds" src=${fixture('hospital-beds.csv')}></foi-column-chart>`);
    expect(el.state).to.equal('ready');
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Públicos', 'Privados']);
    expect(notes(el)).to.include('“Total” is the sum of "Públicos" and "Privados", so it is not drawn as a series.');
    expect(el.summaryText).not.to.match(/Total is the largest/);
  });

  it('a bar chart with only src says visibly which of several columns it drew, and warns in development', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const el = await settled<FoiBarChart>(html`<foi-bar-chart eager heading="Beds" source="INE" src=${fixture('hospital-beds.csv')}></foi-bar-chart>`);
      expect(notes(el)[0]).to.equal('Showing “Total”, one of 3 number columns: Públicos, Privados, Total. Choose with value-column.');
      expect(shadow(el).querySelector('[part~="notes"]')!.checkVisibility()).to.equal(true);
      expect(warnings.some((w) => w.includes('drew the column "Total"'))).to.equal(true);
      const named = await settled<FoiBarChart>(html`<foi-bar-chart eager value-column="Privados" src=${fixture('hospital-beds.csv')}></foi-bar-chart>`);
      expect(notes(named).join(' ')).not.to.contain('Showing');
    } finally {
      console.warn = warn;
    }
  });

  it('a file of sample sizes, percentages and bounds stops with the columns by kind; the advice draws', async () => {
    const el = await settled<FoiColumnChart>(html`<foi-column-chart eager src=${fixture('seroprevalence.csv')}></foi-column-chart>`);
    expect(el.state).to.equal('error');
    expect(messageText(el)).to.contain('can\'t share one axis');
    expect(messageText(el)).to.contain('value-columns="Ronda 1 %, Ronda 2 %, Ronda 3 %"');
    const fixed = await settled<FoiColumnChart>(html`<foi-column-chart eager value-columns="Ronda 1 %, Ronda 2 %, Ronda 3 %" src=${fixture('seroprevalence.csv')}></foi-column-chart>`);
    expect(fixed.state).to.equal('ready');
  });

  it('a long file: the refusal offers filter and series-column, and both draw', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager src=${fixture('crimes-long.csv')}></foi-bar-chart>`);
    expect(el.state).to.equal('error');
    expect(messageText(el)).to.contain('filter="Periodos=enero-diciembre 2024"');
    expect(messageText(el)).to.contain('series-column="Periodos"');
    const one = await settled<FoiBarChart>(html`<foi-bar-chart eager filter="Periodos=enero-diciembre 2024" src=${fixture('crimes-long.csv')}></foi-bar-chart>`);
    expect(one.state).to.equal('ready');
    expect(labels(one)).to.deep.equal(['Hurtos', 'Tráfico de drogas', 'Homicidios dolosos y asesinatos consumados', 'Secuestro']);
    const several = await settled<FoiBarChart>(html`<foi-bar-chart eager series-column="Periodos" src=${fixture('crimes-long.csv')}></foi-bar-chart>`);
    expect(several.state).to.equal('ready');
    expect(several.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['enero-diciembre 2023', 'enero-diciembre 2024']);
    const donut = await settled<FoiDonutChart>(html`<foi-donut-chart eager src=${fixture('crimes-long.csv')}></foi-donut-chart>`);
    expect(messageText(donut)).to.contain('filter="Periodos=enero-diciembre 2024"');
    expect(messageText(donut)).not.to.contain('series-column');
  });

  it('one line per region from a region × year file', async () => {
    const el = await settled<FoiLineChart>(
      html`<foi-line-chart eager label-column="AÑO" value-column="POB" series-column="CCAA" src=${fixture('population-long.csv')}></foi-line-chart>`,
    );
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['2021', '2022', '2023']);
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Andalucía', 'Cataluña', 'Madrid']);
  });

  it('figures to three decimals keep them in the table, the parts and the CSV; decimals= sets them', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager sort="none" src=${fixture('rates-3dp.csv')}></foi-bar-chart>`);
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['0.356', '0.574', '0.571', '1.2']);
    expect(partNames(el)[1]).to.equal('Baker: 0.574. 2 of 4.');
    expect(el.getCsv().split('\r\n')[2]).to.equal('Baker,0.574');
    const one = await settled<FoiBarChart>(html`<foi-bar-chart eager sort="none" decimals="1" src=${fixture('rates-3dp.csv')}></foi-bar-chart>`);
    expect(tableRows(one).map((r) => r[1])).to.deep.equal(['0.4', '0.6', '0.6', '1.2']);
  });

  it('the story preset declares its overlap; the same figures in a generic chart state only the arithmetic', async () => {
    const preset = await settled<FoiBarChart>(html`<offence-platform-bar eager></offence-platform-bar>`);
    expect(preset.summaryText).to.contain('because some cases are counted in more than one platform');
    const generic = await settled<FoiBarChart>(html`<foi-bar-chart eager total="521" unit="case|cases" values="Facebook: 261; Snapchat: 123; Instagram: 160"></foi-bar-chart>`);
    expect(generic.summaryText).to.contain('Together the categories add up to 544, more than the 521 cases.');
    expect(generic.summaryText).not.to.contain('because');
    const declared = await settled<FoiBarChart>(html`<foi-bar-chart eager parts="overlap" total="521" unit="case|cases" values="Facebook: 261; Snapchat: 123; Instagram: 160"></foi-bar-chart>`);
    expect(declared.summaryText).to.contain('because some cases are counted in more than one category');
  });
});
