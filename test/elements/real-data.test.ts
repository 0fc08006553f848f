/**
 * Real newsroom data as a reader meets it: what the chart draws, the table, the summary, the
 * notes and the message, for each rule of "What the library does with your data" and each data
 * path (values, a child table, a CSV or JSON src, the data property).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiBarChart, FoiDonutChart } from '../../src/index.js';
import { flat, messageText, settled, settledIn, shadow, tableRows } from './helpers.js';

const notes = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="notes"] p')).map((p) => flat(p.textContent));
const drawn = (el: FoiBarChart | FoiDonutChart) => ({
  labels: el.chart!.data.labels!.map((l) => (Array.isArray(l) ? l.join(' ') : String(l))),
  values: el.chart!.data.datasets[0]!.data,
});
const headers = (el: Element) => Array.from(shadow(el).querySelectorAll('table thead th')).map((th) => flat(th.textContent));
const fixture = (name: string) => `test/fixtures/real/${name}`;

describe('real data in the element', () => {
  it('a German semicolon export: 5.162 is drawn as 5,162, in the table and the CSV download', async () => {
    const el = await settled<FoiDonutChart>(html`<foi-donut-chart eager unit="votes" src=${fixture('de-gemeinde.csv')}></foi-donut-chart>`);
    expect(el.state).to.equal('ready');
    expect(drawn(el).values).to.deep.equal([5162, 4987, 2731, 1204, 951]);
    expect(tableRows(el)[0]).to.deep.equal(['CDU', '5,162', '34%']);
    expect(el.summaryText).to.match(/^CDU has the most votes: 5,162 of 15,035 \(34%\)\./);
    expect(el.getCsv().split('\r\n')[1]).to.equal('CDU,5162,34.33');
  });

  it('the same export with a total row and figures over a million: the total row is the total, not a part', async () => {
    const el = await settled<FoiDonutChart>(html`<foi-donut-chart eager unit="votes" src=${fixture('de-bundestag.csv')}></foi-donut-chart>`);
    expect(el.state).to.equal('ready');
    expect(drawn(el).labels).to.not.include('Insgesamt');
    expect(drawn(el).values[0]).to.equal(11955434);
    expect(headers(el)).to.deep.equal(['Partei', 'Votes', 'Share of 46,442,023']);
    expect(notes(el)).to.deep.equal([
      'Quelle: Die Bundeswahlleiterin',
      // Two number columns and none named: the figure says which one it drew (issue 18, rule 5).
      'Showing “Stimmen”, one of 2 number columns: Stimmen, Anteil. Choose with value-column.',
      '“Insgesamt” (46,442,023 votes) is the total: the shares are of it, and it is not drawn.',
    ]);
  });

  it('a French export with percentages, in a French page', async () => {
    const el = await settledIn<FoiBarChart>(
      html`<div lang="fr"><foi-bar-chart eager value-column="% exprimés" src=${fixture('fr-resultats.csv')}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    expect(el.state).to.equal('ready');
    expect(drawn(el).values).to.deep.equal([47.7, 37.95, 14.35]);
    // Percentages are never summed: the whole is the file's "Total général" row (100), not 100.00 added up.
    expect(notes(el)).to.deep.equal(['“Total général” (100) is the total: the shares are of it, and it is not drawn.']);
    expect(headers(el)[2]).to.equal('Share of 100');
    expect(el.summaryText).to.match(/^Liste A has the highest value: 47,7 of 100/);
  });

  it('a total row in a pasted table, at the top, is never a bar; a disagreeing total= stops with both figures', async () => {
    const table = html`<table>
      <thead><tr><th>Platform</th><th>Cases</th></tr></thead>
      <tbody>
        <tr><td>Total</td><td>544</td></tr>
        <tr><td>Facebook</td><td>261</td></tr><tr><td>Snapchat</td><td>123</td></tr><tr><td>Instagram</td><td>160</td></tr>
      </tbody>
    </table>`;
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="cases">${table}</foi-bar-chart>`);
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Facebook', 'Instagram', 'Snapchat']);
    expect(tableRows(el)[0]).to.deep.equal(['Facebook', '261', '48%']);
    const wrong = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="cases" total="521">${table}</foi-bar-chart>`);
    expect(wrong.state).to.equal('error');
    expect(messageText(wrong)).to.contain('Table row 2 ("Total") gives a total of 544, but total="521".');
    // The page's own table stays readable.
    expect(wrong.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  it('an ONS-style file: labels are names, not codes', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager src=${fixture('ons-wards.csv')}></foi-bar-chart>`);
    expect(drawn(el).labels).to.deep.equal(['Central', 'Belle Vale', 'Anfield', 'Childwall']);
    expect(headers(el)).to.deep.equal(['Ward name', 'Population']);
  });

  it('bars without a total show no shares anywhere: table, parts, summary, download', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="cases" values="A: 30; B: 20; C: 10"></foi-bar-chart>`);
    expect(tableRows(el)).to.deep.equal([
      ['A', '30'],
      ['B', '20'],
      ['C', '10'],
    ]);
    expect(shadow(el).querySelector('.part')!.getAttribute('aria-label')).to.equal('A: 30 cases. 1 of 3.');
    expect(el.summaryText).to.equal('A has the most cases: 30. That is more than B, next with 20. Bar chart, 3 categories, from 10 to 30 cases.');
    expect(el.getCsv()).to.equal('Category,Cases\r\nA,30\r\nB,20\r\nC,10\r\n');
    const summed = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="cases" total="sum" values="A: 30; B: 20; C: 10"></foi-bar-chart>`);
    expect(tableRows(summed)[0]).to.deep.equal(['A', '30', '50%']);
  });

  it('value-format="percent" without a total stops with a message that says to set total', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager value-format="percent" values="A: 30; B: 20"></foi-bar-chart>`);
    expect(el.state).to.equal('error');
    expect(messageText(el)).to.contain('set total to the whole');
  });

  it('missing values: left out of the chart, "no figure" in the table in their place, named in a note', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager sort="none" src=${fixture('council-finance.csv')}></foi-bar-chart>`);
    expect(el.state).to.equal('ready');
    expect(drawn(el).labels).to.deep.equal(['Cambridgeshire', 'Derbyshire', 'Essex', 'Lancashire']);
    expect(tableRows(el).map((r) => r.join(' | '))).to.deep.equal([
      'Buckinghamshire | no figure',
      'Cambridgeshire | 1,204',
      'Cumbria | no figure',
      'Derbyshire | 1,187',
      'Devon | no figure',
      'Essex | 1,093',
      'Hampshire | no figure',
      'Kent | no figure',
      'Lancashire | 1,256',
      'Norfolk | no figure',
    ]);
    expect(notes(el)).to.deep.equal([
      'Source: Local authority revenue expenditure and financing',
      'Note: [c] confidential; .. not available',
      'No figure for Buckinghamshire, Cumbria, Devon, Hampshire, Kent and 1 more.',
    ]);
    expect(el.getCsv().split('\r\n').slice(0, 3)).to.deep.equal(['Council,Spending (£ per resident)', 'Buckinghamshire,', 'Cambridgeshire,1204']);
  });

  it('only a chart with no figures at all is empty', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: ..; B: NA"></foi-bar-chart>`);
    expect(el.state).to.equal('empty');
  });

  it('a series by year keeps its order and is summarised as change', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager unit="people" src=${fixture('population-by-year.csv')}></foi-bar-chart>`);
    expect(drawn(el).labels.slice(0, 3)).to.deep.equal(['2011', '2012', '2013']);
    expect(el.summaryText).to.match(/^From 2011 to 2021, people rose from 56,075,912 to 59,597,542 people: up 3,521,630, 6%\./);
    expect(el.summaryText).to.not.contain('of ');
  });

  it('a derived remainder never leads the summary', async () => {
    const el = await settled<FoiDonutChart>(
      html`<foi-donut-chart eager unit="votes" total="100" remainder-label="Other candidates" values="Labour: 20; Green: 10"></foi-donut-chart>`,
    );
    expect(el.summaryText).to.match(/^Labour has the most votes: 20 of 100 \(20%\)\./);
  });

  it('an ambiguous column stops with both readings and the attribute; decimal settles it', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager src=${fixture('ambiguous.csv')}></foi-bar-chart>`);
    expect(el.state).to.equal('error');
    expect(messageText(el)).to.contain('Row 2: "5.162" in the column "Value" could be 5.162 (with a decimal point) or 5162');
    expect(messageText(el)).to.contain('decimal=","');
    const settledComma = await settled<FoiBarChart>(html`<foi-bar-chart eager decimal="," src=${fixture('ambiguous.csv')}></foi-bar-chart>`);
    expect(drawn(settledComma).values).to.deep.equal([5162, 4321, 1005]);
    const lang = await settledIn<FoiBarChart>(html`<div lang="de"><foi-bar-chart eager values="Nord: 5.162; Süd: 4.321"></foi-bar-chart></div>`, 'foi-bar-chart');
    expect(drawn(lang).values).to.deep.equal([5162, 4321]);
  });

  it('label-column and value-column pick keys of a JSON array of objects; the data property follows the same rules', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager src=${fixture('areas.json')}></foi-bar-chart>`);
    expect(drawn(el).labels).to.deep.equal(['Chorley', 'Burnley', 'Fylde']);
    expect(notes(el)).to.deep.equal(['No figure for Hyndburn.']);
    const byKey = await settled<FoiBarChart>(html`<foi-bar-chart eager label-column="areaCode" src=${fixture('areas.json')}></foi-bar-chart>`);
    expect(drawn(byKey).labels[0]).to.equal('E07000118');
    const prop = document.createElement('foi-bar-chart') as FoiBarChart;
    prop.eager = true;
    prop.data = [
      { label: 'Total', value: 30 },
      { label: 'A', value: 20 },
      { label: 'B', value: 10 },
    ];
    document.body.append(prop);
    await prop.rendered;
    expect(drawn(prop).labels).to.deep.equal(['A', 'B']);
    expect(tableRows(prop)[0]).to.deep.equal(['A', '20', '67%']);
    prop.remove();
  });

  it('a long message wraps inside a 320 px column instead of scrolling sideways', async () => {
    const long = `${'Verylonglabelwithoutanyspaces'.repeat(6)}: lots`;
    const el = await settledIn<FoiBarChart>(html`<div style="width: 320px"><foi-bar-chart eager values=${long}></foi-bar-chart></div>`, 'foi-bar-chart');
    const message = shadow(el).querySelector('[part~="message"]')!;
    expect(message.scrollWidth).to.be.at.most(message.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });
});
