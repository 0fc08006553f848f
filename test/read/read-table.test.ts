/**
 * The reading API (`foi-charts/read`): what the library reads from a table, and why, for every
 * rule the data reader has; and the element draws exactly what it says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { FoiBarChart } from '../../src/index.js';
import { readTable, type Reading } from '../../src/read/index.js';

const file = async (name: string): Promise<string> => (await fetch(new URL(`../fixtures/structure/${name}`, import.meta.url))).text();
const roles = (r: Reading) => r.rows.map((row) => `${row.where} ${row.role}${row.drawn ? ' drawn' : ''}`);

describe('readTable', () => {
  it('reads a crime table: each row’s role and reason, the total, the notes', async () => {
    const r = readTable(await file('crimes-upper.csv'), { unit: 'offence|offences' });
    expect(r.ok).to.equal(true);
    expect(r.format).to.equal('semicolon');
    expect(r.rows[0]).to.deep.include({ where: 'Row 1', role: 'title', drawn: false });
    const byLabel = new Map(r.rows.map((row) => [row.label, row]));
    expect(byLabel.get('CRIMINALIDAD CONVENCIONAL')).to.deep.include({ role: 'subtotal', why: 'the sum of the 11 rows under it', drawn: false });
    expect(byLabel.get('TOTAL INFRACCIONES PENALES')).to.deep.include({ role: 'total', drawn: false });
    expect(byLabel.get('Hurtos')).to.deep.include({ role: 'part', drawn: true, values: [4871] });
    expect(byLabel.get('Fuente: Ministerio del Interior (datos de ejemplo)')).to.deep.include({ role: 'note' });
    expect(r.labels).to.have.length(13);
    // The labels drawn are the rows marked drawn, in the file's order.
    expect(r.labels).to.deep.equal(r.rows.filter((row) => row.drawn).map((row) => row.label));
    expect(r.total).to.deep.equal({ label: 'TOTAL INFRACCIONES PENALES', values: [12347], where: 'Row 18' });
    expect(r.notes).to.include('“CRIMINALIDAD CONVENCIONAL” (11,194 offences) and “CIBERCRIMINALIDAD” (1,153 offences) are subtotals of the rows under them, so they are not drawn.');
    expect(r.columns).to.deep.equal([
      { name: 'Tipología penal', kind: 'label', why: 'text whose cells don’t repeat: the labels', use: 'label' },
      {
        name: 'enero-diciembre 2024',
        kind: 'count',
        why: 'figures with no sign of a percentage, bound or sample size',
        use: 'value',
        // "11.194" reads both ways; a semicolon-separated file writes decimal commas.
        decimal: { mark: ',', why: 'its cells read either way, and the file or page writes decimal commas' },
      },
    ]);
  });

  it('reads columns: a total column, its parts, and which column a bar chart draws', async () => {
    const text = await file('hospital-beds.csv');
    const columns = readTable(text, { kind: 'column' });
    expect(columns.columns.map((c) => [c.name, c.kind, c.use])).to.deep.equal([
      ['Comunidad autónoma', 'label', 'label'],
      ['Públicos', 'count', 'series'],
      ['Privados', 'count', 'series'],
      ['Total', 'total', 'left out'],
    ]);
    expect(columns.columns[3]!.why).to.equal('the sum of “Públicos” and “Privados” in every row');
    const bars = readTable(text);
    expect(bars.columns.find((c) => c.use === 'value')!.name).to.equal('Total');
    expect(bars.notes[0]).to.equal('Showing “Total”, one of 3 number columns: Públicos, Privados, Total. Choose with value-column.');
  });

  it('says why it would stop, with the message the figure shows', async () => {
    const r = readTable(await file('seroprevalence.csv'), { kind: 'line' });
    expect(r.ok).to.equal(false);
    expect(r.message).to.contain('can\'t share one axis');
    expect(r.columns.filter((c) => c.kind === 'bound')).to.have.length(6);
    expect(r.columns.filter((c) => c.kind === 'sample')).to.have.length(3);
    expect(readTable('P,C\nA,5\nB,x7').message).to.equal('Row 3 ("B"): "x7" in the column "C" is not a number. Write a number there, or ".." if there is no figure.');
  });

  it('reads long files with filter and series-column, and rows pasted from a spreadsheet (tabs)', async () => {
    const long = readTable(await file('crimes-long.csv'), { filter: 'Periodos=enero-diciembre 2024' });
    expect(long.labels).to.deep.equal(['Homicidios dolosos y asesinatos consumados', 'Secuestro', 'Hurtos', 'Tráfico de drogas']);
    expect(long.rows.filter((r) => r.role === 'filtered out')).to.have.length(8);
    const lines = readTable(await file('population-long.csv'), { kind: 'line', labelColumn: 'AÑO', valueColumn: 'POB', seriesColumn: 'CCAA' });
    expect(lines.series.map((s) => s.name)).to.deep.equal(['Andalucía', 'Cataluña', 'Madrid']);
    expect(lines.columns.map((c) => c.use)).to.deep.equal(['series names', 'label', 'value']);
    const pasted = readTable('Platform\tCases\nFacebook\t261\nSnapchat\t123\n');
    expect(pasted.format).to.equal('tsv');
    expect(pasted.series).to.deep.equal([{ name: 'Cases', values: [261, 123] }]);
  });

  it('reads typed values, rows of cells and JSON, each as the element would', () => {
    expect(readTable('Facebook: 261; Snapchat: 123').format).to.equal('values');
    expect(readTable('Facebook: 261; Snapchat: 123').labels).to.deep.equal(['Facebook', 'Snapchat']);
    const rows = readTable([['Party', 'Votes'], ['Labour', 24120], ['Total', 24120]]);
    expect(rows.format).to.equal('rows');
    expect(rows.total?.values).to.deep.equal([24120]);
    const json = readTable([{ region: 'North', men: 3, women: 4, total: 7 }, { region: 'South', men: 5, women: 6, total: 11 }, { region: 'East', men: 1, women: 2, total: 3 }], { kind: 'column' });
    expect(json.series.map((s) => s.name)).to.deep.equal(['men', 'women']);
    expect(json.columns.find((c) => c.name === 'total')!.use).to.equal('left out');
    expect(readTable('{"Facebook": 261, "Snapchat": 123}').labels).to.deep.equal(['Facebook', 'Snapchat']);
  });

  it('the decimal mark per column and what settled it: the attribute, the page, or the cells', () => {
    expect(readTable('A,V\nx,5.162\ny,4.987', { decimal: ',' }).columns[1]!.decimal).to.deep.equal({ mark: ',', why: 'the decimal attribute' });
    expect(readTable('A,V\nx,5.162\ny,4.987', { locale: 'de-DE' }).columns[1]!.decimal!.why).to.equal('its cells read either way, and the file or page writes decimal commas');
    expect(readTable('A,V\nx,5.162\ny,4.987').message).to.contain('Set decimal="." or decimal=","');
    expect(readTable('A,V\nx,0.356\ny,0.574').decimals).to.equal(3);
  });

  it('the element draws exactly what readTable says (property)', async () => {
    const label = fc.stringMatching(/^[A-Z][a-z]{2,10}$/);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(label, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 6, maxLength: 6 }), async (labels, values) => {
        const text = labels.map((l, i) => `${l}: ${values[i]}`).join('; ');
        const reading = readTable(text, { sort: 'none' });
        const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager sort="none" values=${text}></foi-bar-chart>`);
        await el.rendered;
        expect(el.chart!.data.labels!.map(String)).to.deep.equal(reading.labels);
        expect(el.chart!.data.datasets[0]!.data).to.deep.equal(reading.series[0]!.values);
        el.remove();
      }),
      { numRuns: 15 },
    );
  });
});
