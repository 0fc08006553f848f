import { expect } from '@open-wc/testing';
import { parseValues } from '../../src/core/parse-values.js';
import { hasFigures, parseValueColumns, seriesFromData, seriesFromResult, type SeriesResult } from '../../src/core/series.js';
import {
  parseSeriesCsv,
  parseSeriesJson,
  parseSeriesText,
  parseSeriesValues,
  readSeriesTable,
  validateSeriesData,
} from '../../src/core/series-parse.js';

const errorOf = (r: SeriesResult): string => (r.ok ? 'ok' : r.error);
/** The labels and series only, or the error. */
const shape = (r: SeriesResult) => (r.ok ? { labels: r.labels, series: r.series } : r.error);

const PLATFORMS_BY_YEAR = 'Year,Facebook,Snapchat,Instagram\n2014/15,40,10,5\n2015/16,61,25,12\n2016/17,80,44,14\n2017/18,80,44,20\n';

describe('reading several series from CSV', () => {
  it('takes every number column after the labels as a series, keeping the periods in order', () => {
    const r = parseSeriesCsv(PLATFORMS_BY_YEAR);
    expect(r).to.deep.equal({
      ok: true,
      labels: ['2014/15', '2015/16', '2016/17', '2017/18'],
      series: [
        { name: 'Facebook', values: [40, 61, 80, 80] },
        { name: 'Snapchat', values: [10, 25, 44, 44] },
        { name: 'Instagram', values: [5, 12, 14, 20] },
      ],
      periods: true,
      labelHeader: 'Year',
    });
  });

  it('skips codes, years, row numbers and constant columns', () => {
    const csv = ',Area code,Area,Year,Survey wave,Cases,Arrests\n0,E07000117,Burnley,2021,3,120,30\n1,E07000118,Chorley,2021,3,95,..\n2,E07000119,Fylde,2021,3,40,12\n';
    const r = parseSeriesCsv(csv);
    expect(shape(r)).to.deep.equal({
      labels: ['Burnley', 'Chorley', 'Fylde'],
      series: [
        { name: 'Cases', values: [120, 95, 40] },
        { name: 'Arrests', values: [30, null, 12] },
      ],
    });
    expect(r.ok && r.periods).to.equal(false);
    expect(r.ok && r.labelHeader).to.equal('Area');
  });

  it('picks the series with value-columns (trimmed, any case), in the order given', () => {
    expect(shape(parseSeriesCsv(PLATFORMS_BY_YEAR, { valueColumns: ' instagram , FACEBOOK' }))).to.deep.equal({
      labels: ['2014/15', '2015/16', '2016/17', '2017/18'],
      series: [
        { name: 'Instagram', values: [5, 12, 14, 20] },
        { name: 'Facebook', values: [40, 61, 80, 80] },
      ],
    });
    // A list works too, so that a header with a comma can be named.
    expect(shape(parseSeriesCsv('Year,"Cases, all",Arrests\n2019,5,2\n2020,6,3\n', { valueColumns: ['Cases, all'] }))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [{ name: 'Cases, all', values: [5, 6] }],
    });
    expect(parseValueColumns('A, ,B,')).to.deep.equal(['A', 'B']);
  });

  it('says which value-columns name is wrong, twice, or the label column', () => {
    expect(errorOf(parseSeriesCsv(PLATFORMS_BY_YEAR, { valueColumns: 'Facebook, Twitter' }))).to.equal(
      'No column named "Twitter" (columns: Year, Facebook, Snapchat, Instagram).',
    );
    expect(errorOf(parseSeriesCsv(PLATFORMS_BY_YEAR, { valueColumns: 'Facebook, facebook' }))).to.equal(
      'The column "Facebook" is named twice in value-columns.',
    );
    expect(errorOf(parseSeriesCsv(PLATFORMS_BY_YEAR, { valueColumns: 'Year, Facebook', labelColumn: 'year' }))).to.equal(
      'The label column and a value column are both "Year".',
    );
  });

  it('decides each column\'s decimal marks on its own (German semicolon file)', () => {
    const csv = 'Jahr;Fälle;Quote\n2019;5.162;47,70 %\n2020;4.987;38,5 %\n2021;11.901;12 %\n';
    // A count and a rate can't share an axis unless the page says so (value-columns).
    expect(errorOf(parseSeriesCsv(csv))).to.equal(
      'The number columns hold figures of different kinds, which can\'t share one axis: counts and amounts (Fälle); percentages and rates (Quote). ' +
        'Choose one kind with value-columns="Fälle" or value-columns="Quote".',
    );
    const r = parseSeriesCsv(csv, { valueColumns: 'Fälle, Quote' });
    expect(shape(r)).to.deep.equal({
      labels: ['2019', '2020', '2021'],
      series: [
        { name: 'Fälle', values: [5162, 4987, 11901] },
        { name: 'Quote', values: [47.7, 38.5, 12] },
      ],
    });
    expect(r.ok && r.percentCells).to.equal(true);
    // In a comma file, one column with a decimal point and one with grouped thousands.
    expect(shape(parseSeriesCsv('Year,Rate,Count\n2019,2.5,"1,234"\n2020,3.25,"12,001"\n', { valueColumns: 'Rate, Count' }))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'Rate', values: [2.5, 3.25] },
        { name: 'Count', values: [1234, 12001] },
      ],
    });
  });

  it('stops on a column that reads both ways, naming the column and the cell', () => {
    expect(errorOf(parseSeriesCsv('Year,North,South\n2019,5.162,1\n2020,4.321,2\n'))).to.equal(
      'Row 2: "5.162" in the column "North" could be 5.162 (with a decimal point) or 5162 (with "." between thousands). ' +
        'Set decimal="." or decimal="," on the chart to say which.',
    );
    expect(shape(parseSeriesCsv('Year,North,South\n2019,5.162,1\n2020,4.321,2\n', { decimal: { style: 'dot', forced: true } }))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'North', values: [5.162, 4.321] },
        { name: 'South', values: [1, 2] },
      ],
    });
  });

  it('makes missing markers gaps, never zeros, and keeps a period with no figure at all', () => {
    const r = parseSeriesCsv('Year,Facebook,Snapchat\n2014/15,40,..\n2015/16,NA,x\n2016/17,,25\n2017/18,[c],30\n');
    expect(shape(r)).to.deep.equal({
      labels: ['2014/15', '2015/16', '2016/17', '2017/18'],
      series: [
        { name: 'Facebook', values: [40, null, null, null] },
        { name: 'Snapchat', values: [null, null, 25, 30] },
      ],
    });
    expect(r.ok && r.missing!.map((m) => `${m.series} ${m.label} ${m.where} ${m.labelIndex},${m.seriesIndex}`)).to.deep.equal([
      'Snapchat 2014/15 Row 2 0,1',
      'Facebook 2015/16 Row 3 1,0',
      'Snapchat 2015/16 Row 3 1,1',
      'Facebook 2016/17 Row 4 2,0',
      'Facebook 2017/18 Row 5 3,0',
    ]);
    expect(r.ok && r.periods).to.equal(true);
  });

  it('drops a labelled total row, first or last, and reports it', () => {
    const last = parseSeriesCsv('Platform,2016,2017\nFacebook,10,12\nSnapchat,5,..\nTotal,15,20\n');
    expect(shape(last)).to.deep.equal({
      labels: ['Facebook', 'Snapchat'],
      series: [
        { name: '2016', values: [10, 5] },
        { name: '2017', values: [12, null] },
      ],
    });
    expect(last.ok && last.totalRow).to.deep.equal({ label: 'Total', values: [15, 20], where: 'Row 4' });
    const first = parseSeriesCsv('Partei;Erststimmen;Zweitstimmen\nInsgesamt;100;100\nCDU;60;55\nSPD;40;45\n');
    expect(first.ok && first.labels).to.deep.equal(['CDU', 'SPD']);
    expect(first.ok && first.totalRow).to.deep.equal({ label: 'Insgesamt', values: [100, 100], where: 'Row 2' });
  });

  it('drops an unlabelled row that is the sum of the others in every series, but never a period', () => {
    const r = parseSeriesCsv('Area,Men,Women\nA,1,2\nB,2,3\nC,3,4\nAll areas?,6,9\n');
    expect(r.ok && r.labels).to.deep.equal(['A', 'B', 'C']);
    expect(r.ok && r.totalRow).to.deep.equal({ label: 'All areas?', values: [6, 9], where: 'Row 5' });
    // Only when every series sums: here Women's last figure is not 2 + 3 + 4.
    expect(parseSeriesCsv('Area,Men,Women\nA,1,2\nB,2,3\nC,3,4\nD,6,8\n').ok && 'kept').to.equal('kept');
    expect((parseSeriesCsv('Area,Men,Women\nA,1,2\nB,2,3\nC,3,4\nD,6,8\n') as { labels: string[] }).labels).to.have.length(4);
    const doubling = parseSeriesCsv('Year,Cases\n2015,1\n2016,1\n2017,2\n2018,4\n');
    expect(doubling.ok && doubling.labels).to.deep.equal(['2015', '2016', '2017', '2018']);
    expect(doubling.ok && doubling.totalRow).to.equal(undefined);
  });

  it('refuses two total rows that differ', () => {
    expect(errorOf(parseSeriesCsv('P,A,B\nTotal,10,5\nX,4,2\nY,6,3\nGesamt,10,6\n'))).to.equal(
      'Row 2 ("Total") and row 5 ("Gesamt") are both totals but differ. Remove the one that is not the total.',
    );
  });

  it('takes notes under the data, and source lines above the header', () => {
    const r = parseSeriesCsv('Cases by year\nSource: Lancashire Police\nYear,A,B\n2019,1,2\n2020,3,4\nNote: 2020 provisional\n');
    expect(r.ok && r.notes).to.deep.equal(['Source: Lancashire Police', 'Note: 2020 provisional']);
    expect(r.ok && r.labels).to.deep.equal(['2019', '2020']);
  });

  it('names the row, the column and the cell that is not a number', () => {
    expect(errorOf(parseSeriesCsv('Year,Facebook,Snapchat\n2015/16,12,20\n2016/17,48,lots\n'))).to.equal(
      'Row 3 ("2016/17"): "lots" in the column "Snapchat" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(errorOf(parseSeriesCsv('Year,Facebook,Snapchat\n2015/16,12,20\n,48,30\n'))).to.equal('Row 3 has no label.');
    expect(errorOf(parseSeriesCsv('Area,Year,Cases\nA,2019,1\nA,2020,2\n'))).to.equal(
      'Row 2 and row 3 have the same label, "A". The labels repeat because "Year" changes ("2019", "2020"). ' +
        'Keep one with filter="Year=2020" or draw one series per value with series-column="Year".',
    );
    expect(errorOf(parseSeriesCsv('Area,Cases\nWyre,−1,030\n'))).to.equal(
      'Row 2 ("Wyre") has more cells than the header has columns (2). If a number has commas between thousands, put it in quotes ("1,030") or remove the commas.',
    );
    expect(errorOf(parseSeriesCsv('Area,Name\nA,B\n'))).to.equal('There is no column of numbers to chart (columns: Area, Name).');
    expect(errorOf(parseSeriesCsv('Year,Cases,Cases\n2019,1,2\n2020,3,4\n'))).to.equal(
      'Two series are named "Cases": a reader could not tell them apart. Rename one.',
    );
  });

  it('refuses more than 12 series and more than 500 labels', () => {
    const names = Array.from({ length: 13 }, (_, i) => `S${i + 1}`);
    const wide = `Year,${names.join(',')}\n2019,${names.map((_, i) => i).join(',')}\n2020,${names.map((_, i) => i + 1).join(',')}\n`;
    expect(errorOf(parseSeriesCsv(wide))).to.equal(
      'Too many series: 13 (the most a chart can show is 12). Name up to 12 in value-columns="…" (columns: S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 and 3 more), or split the data into several charts.',
    );
    expect(parseSeriesCsv(wide, { valueColumns: names.slice(0, 12).join(',') }).ok).to.equal(true);
    const rows = (n: number) => `Label,A,B\n${Array.from({ length: n }, (_, i) => `L${i},${i},${i + 1}`).join('\n')}\n`;
    expect(parseSeriesCsv(rows(500)).ok).to.equal(true);
    expect(errorOf(parseSeriesCsv(rows(501)))).to.equal('Too many rows: 501 (the most a chart can show is 500 labels).');
    expect(errorOf(parseSeriesCsv(rows(5000)))).to.equal('Too many rows: 5000 (the most a chart can show is 500 labels).');
  });

  it('reads a fetched file as CSV or JSON, and refuses HTML', () => {
    expect(shape(parseSeriesText(PLATFORMS_BY_YEAR, 'text/csv'))).to.deep.equal(shape(parseSeriesCsv(PLATFORMS_BY_YEAR)));
    expect(shape(parseSeriesText('\ufeff[{"year":"2019","A":1,"B":2},{"year":"2020","A":3,"B":null}]', null))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'A', values: [1, 3] },
        { name: 'B', values: [2, null] },
      ],
    });
    expect(errorOf(parseSeriesText('<!doctype html><p>Not found', 'text/html'))).to.equal('The file is not CSV or JSON.');
    expect(errorOf(parseSeriesText('[{"a": 1', 'application/json'))).to.match(/^The file looks like JSON but could not be read: /);
  });
});

describe('reading several series from a page\'s table', () => {
  it('reads a header, the body and a tfoot total', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<table><caption>Cases</caption><thead><tr><th>Year</th><th>Facebook</th><th>Snapchat</th></tr></thead>' +
      '<tbody><tr><th>2015/16</th><td>12</td><td>20</td></tr><tr><th>2016/17</th><td>48</td><td>..</td></tr></tbody>' +
      '<tfoot><tr><th>All years</th><td>60</td><td>20</td></tr></tfoot></table>';
    const r = readSeriesTable(host.querySelector('table')!);
    expect(shape(r)).to.deep.equal({
      labels: ['2015/16', '2016/17'],
      series: [
        { name: 'Facebook', values: [12, 48] },
        { name: 'Snapchat', values: [20, null] },
      ],
    });
    expect(r.ok && r.totalRow).to.deep.equal({ label: 'All years', values: [60, 20], where: 'Table row 4' });
  });
});

describe('reading several series from typed values', () => {
  it('reads a header line, then a label and one figure per series', () => {
    const r = parseSeriesValues('Year: Facebook, Snapchat\n2015/16: 12, 20\n2016/17: 48, 30');
    expect(r).to.deep.equal({
      ok: true,
      labels: ['2015/16', '2016/17'],
      series: [
        { name: 'Facebook', values: [12, 48] },
        { name: 'Snapchat', values: [20, 30] },
      ],
      periods: true,
      labelHeader: 'Year',
    });
    expect(shape(parseSeriesValues('Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30;'))).to.deep.equal(shape(r));
    expect(shape(parseSeriesValues('Facebook | Snapchat\n2015/16 = 12 | 20\n2016/17 = 48 | 30'))).to.deep.equal(shape(r));
    expect(shape(parseSeriesValues('Year\tFacebook\tSnapchat\n2015/16\t12\t20\n2016/17\t48\t30'))).to.deep.equal(shape(r));
  });

  it('reads thousands and decimal commas with no space after them', () => {
    expect(shape(parseSeriesValues('Year: A, B; 2019: 1,234, 20; 2020: 12,001, 7.5'))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'A', values: [1234, 12001] },
        { name: 'B', values: [20, 7.5] },
      ],
    });
    expect(shape(parseSeriesValues('Jahr: A, B; 2019: 1,5, 2,25; 2020: 3, 4', { decimal: { style: 'comma' } }))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'A', values: [1.5, 3] },
        { name: 'B', values: [2.25, 4] },
      ],
    });
  });

  it('reads "no figure" markers as gaps, even the ":" marker', () => {
    const r = parseSeriesValues('Year: A, B; 2019: 1, ..; 2020: NA, 2; 2021: 3, :');
    expect(shape(r)).to.deep.equal({
      labels: ['2019', '2020', '2021'],
      series: [
        { name: 'A', values: [1, null, 3] },
        { name: 'B', values: [null, 2, null] },
      ],
    });
    expect(r.ok && r.missing!.map((m) => `${m.where} ${m.series}`)).to.deep.equal(['Entry 2 B', 'Entry 3 A', 'Entry 4 B']);
  });

  it('reads data with no header line, and one-series text as one series', () => {
    expect(shape(parseSeriesValues('2019: 1, 2; 2020: 3, 4'))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'Series 1', values: [1, 3] },
        { name: 'Series 2', values: [2, 4] },
      ],
    });
    expect(shape(parseSeriesValues('Facebook: 261; Snapchat: 123'))).to.deep.equal({
      labels: ['Facebook', 'Snapchat'],
      series: [{ name: '', values: [261, 123] }],
    });
    expect(parseSeriesValues(' ;\n ')).to.deep.equal({ ok: true, labels: [], series: [], periods: false });
  });

  it('reads years as series names in the first entry, unless every figure is a year', () => {
    expect(shape(parseSeriesValues('Platform: 2016, 2017; Facebook: 10, 12'))).to.deep.equal({
      labels: ['Facebook'],
      series: [
        { name: '2016', values: [10] },
        { name: '2017', values: [12] },
      ],
    });
    expect(shape(parseSeriesValues('Founded: 1998, 2004; Rebuilt: 2010, 2011'))).to.deep.equal({
      labels: ['Founded', 'Rebuilt'],
      series: [
        { name: 'Series 1', values: [1998, 2010] },
        { name: 'Series 2', values: [2004, 2011] },
      ],
    });
  });

  it('drops a total entry', () => {
    const r = parseSeriesValues('Platform: 2016, 2017; Facebook: 10, 12; Snapchat: 5, 8; Total: 15, 20');
    expect(r.ok && r.labels).to.deep.equal(['Facebook', 'Snapchat']);
    expect(r.ok && r.totalRow).to.deep.equal({ label: 'Total', values: [15, 20], where: 'Entry 4' });
  });

  it('says what is wrong with an entry, quoting it', () => {
    expect(errorOf(parseSeriesValues('Year: A, B; 2019: 1; 2020: 3, 4'))).to.equal(
      'Entry 2 ("2019: 1") has 1 figure, but the first entry names 2 series (A, B). Write ".." where there is no figure.',
    );
    expect(errorOf(parseSeriesValues('Year: A, B; 2019: 1, 234, 5'))).to.equal(
      'Entry 2 ("2019: 1, 234, 5") has 3 figures, but the first entry names 2 series (A, B). ' +
        'Figures are separated by a comma and a space: write a number with thousands without the space (1,234), or separate figures with "|".',
    );
    expect(errorOf(parseSeriesValues('2019: 1, 2; 2020: 3'))).to.equal(
      'Entry 2 ("2020: 3") has 1 figure, but entry 1 has 2 figures. Write ".." where there is no figure.',
    );
    expect(errorOf(parseSeriesValues('Year: A, B; 2019: 1, lots'))).to.equal(
      'Entry 2 ("2019: 1, lots"): "lots" in the column "B" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(errorOf(parseSeriesValues('Year: A, B; 2019 1, 2'))).to.equal('Entry 2 ("2019 1, 2") has no ":" or "=" between its label and its numbers.');
    expect(errorOf(parseSeriesValues('Year: A, B; 2019:'))).to.equal(
      'Entry 2 ("2019:") has no number: write one after the ":", or ".." if there is no figure.',
    );
    expect(errorOf(parseSeriesValues('Year: A, B; : 1, 2'))).to.equal('Entry 2 (": 1, 2") has no label.');
    expect(errorOf(parseSeriesValues('Year: A | | B; 2019: 1 | 2 | 3'))).to.equal('Entry 1 ("Year: A | | B") names the series, but series 2 has no name.');
    expect(errorOf(parseSeriesValues('Year: A | B; 2019: 1 | | 3'))).to.match(/^Entry 2 \("2019: 1 \| \| 3"\) has an empty figure \(number 2\)/);
    expect(errorOf(parseSeriesValues('Year: A, B; 2019: 1, 2; 2019: 3, 4'))).to.equal('Entry 2 and entry 3 have the same label, "2019".');
  });

  it('reads JSON in values', () => {
    expect(shape(parseSeriesValues('{"labels": ["2019", "2020"], "series": [{"name": "A", "values": [1, null]}]}'))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [{ name: 'A', values: [1, null] }],
    });
    expect(errorOf(parseSeriesValues('[{"label": "A", "value": 1},'))).to.match(/^The values look like JSON but could not be read: /);
  });
});

describe('reading several series from JSON', () => {
  it('reads an array of objects by the column rules or value-columns', () => {
    const rows = [
      { code: 'E07000117', area: 'Burnley', men: 10, women: '12' },
      { code: 'E07000118', area: 'Chorley', men: null, women: 8 },
    ];
    expect(shape(parseSeriesJson(rows))).to.deep.equal({
      labels: ['Burnley', 'Chorley'],
      series: [
        { name: 'men', values: [10, null] },
        { name: 'women', values: [12, 8] },
      ],
    });
    expect(shape(parseSeriesJson(rows, { valueColumns: 'Women' }))).to.deep.equal({
      labels: ['Burnley', 'Chorley'],
      series: [{ name: 'women', values: [12, 8] }],
    });
  });

  it('reads a header with nothing under it as empty data', () => {
    expect(parseSeriesCsv('Year,A,B\n')).to.deep.equal({ ok: true, labels: [], series: [], periods: false });
    expect(parseSeriesCsv('')).to.deep.equal({ ok: true, labels: [], series: [], periods: false });
  });

  it('reads an array of arrays with a header row, of two columns or more', () => {
    expect(shape(parseSeriesJson([['Year', 'Cases'], ['2019', 1], ['2020', '2']]))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [{ name: 'Cases', values: [1, 2] }],
    });
    expect(shape(parseSeriesJson([['Facebook', '261'], ['Snapchat', 123]]))).to.deep.equal({
      labels: ['Facebook', 'Snapchat'],
      series: [{ name: '', values: [261, 123] }],
    });
    expect(shape(parseSeriesJson([['Year', 'A', 'B'], ['2019', 1, 2], ['2020', 3, '..']]))).to.deep.equal({
      labels: ['2019', '2020'],
      series: [
        { name: 'A', values: [1, 3] },
        { name: 'B', values: [2, null] },
      ],
    });
  });

  it('reads one series in the one-series shapes, gaps in their places', () => {
    expect(shape(parseSeriesJson([{ label: '2019', value: 1 }, { label: '2020', value: null }, { label: '2021', value: 3 }]))).to.deep.equal({
      labels: ['2019', '2020', '2021'],
      series: [{ name: '', values: [1, null, 3] }],
    });
    expect(shape(parseSeriesJson({ Facebook: 261, Snapchat: 123 }))).to.deep.equal({
      labels: ['Facebook', 'Snapchat'],
      series: [{ name: '', values: [261, 123] }],
    });
  });

  it('names an entry that is not like the others', () => {
    expect(errorOf(parseSeriesJson([{ year: '2019', A: 1, B: 2 }, 7]))).to.equal('Entry 2 (7) is not an object like the others.');
    expect(errorOf(parseSeriesJson([{ year: '2019', A: 1, B: true }, { year: '2020', A: 1, B: 2 }]))).to.equal(
      'Entry 1 ("2019"): "true" in the column "B" is not a number. Write a number there, or ".." if there is no figure.',
    );
  });
});

describe('the data property', () => {
  it('accepts {labels, series} and reads it by the same rules', () => {
    const r = validateSeriesData({
      labels: ['2015/16', '2016/17', 2018, 'Total'],
      series: [
        { name: 'Facebook', values: [12, 48, null, 60] },
        { name: 'Snapchat', values: [20, '30', 5, 55] },
      ],
    });
    expect(r).to.deep.equal({
      ok: true,
      labels: ['2015/16', '2016/17', '2018'],
      series: [
        { name: 'Facebook', values: [12, 48, null] },
        { name: 'Snapchat', values: [20, 30, 5] },
      ],
      periods: true,
      missing: [{ label: '2018', series: 'Facebook', where: 'Label 3', labelIndex: 2, seriesIndex: 0 }],
      totalRow: { label: 'Total', values: [60, 55], where: 'Label 4' },
    });
  });

  it('accepts one unnamed series, and today\'s {label, value} list as one series', () => {
    expect(shape(validateSeriesData({ labels: ['A', 'B'], series: [{ values: [1, 2] }] }))).to.deep.equal({
      labels: ['A', 'B'],
      series: [{ name: '', values: [1, 2] }],
    });
    expect(shape(validateSeriesData([{ label: 'A', value: 1 }, { label: 'B', value: 2 }]))).to.deep.equal({
      labels: ['A', 'B'],
      series: [{ name: '', values: [1, 2] }],
    });
  });

  it('says what is wrong with the shape', () => {
    expect(errorOf(validateSeriesData(null))).to.match(/^The data must be \{"labels": /);
    expect(errorOf(validateSeriesData({ series: [] }))).to.match(/^The data has no list of labels/);
    expect(errorOf(validateSeriesData({ labels: [] }))).to.match(/^The data has no list of series/);
    expect(errorOf(validateSeriesData({ labels: ['A', 'B'], series: [{ name: 'X', values: [1] }] }))).to.equal(
      'Series 1 ("X") has 1 values, but there are 2 labels: give one value per label, null where there is no figure.',
    );
    expect(errorOf(validateSeriesData({ labels: ['A'], series: [{ name: 'X', values: [1] }, { values: [2] }] }))).to.equal('Series 2 has no name.');
    expect(errorOf(validateSeriesData({ labels: ['A'], series: [{ name: 'X', values: [1] }, 'Y'] }))).to.equal(
      'Series 2 ("Y") is not {"name": …, "values": […]}.',
    );
    expect(errorOf(validateSeriesData({ labels: ['A'], series: [{ name: 'X', values: [1] }, { name: 'x', values: [2] }] }))).to.equal(
      'Two series are named "x": a reader could not tell them apart. Rename one.',
    );
    expect(errorOf(validateSeriesData({ labels: ['A', 'B'], series: [{ name: 'X', values: [1, NaN] }] }))).to.equal(
      'Label 2 ("B") has no number.',
    );
    expect(errorOf(validateSeriesData({ labels: ['A', ''], series: [{ name: 'X', values: [1, 2] }] }))).to.equal('Label 2 has no label.');
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ name: `S${i}`, values: [i] }));
    expect(errorOf(validateSeriesData({ labels: ['A'], series: thirteen }))).to.equal('Too many series: 13 (the most a chart can show is 12).');
    const many = Array.from({ length: 501 }, (_, i) => `L${i}`);
    expect(errorOf(validateSeriesData({ labels: many, series: [{ name: 'X', values: many.map(() => 1) }] }))).to.equal(
      'Too many labels: 501 (the most a chart can show is 500).',
    );
  });
});

describe('one series as several', () => {
  it('converts the one-series readers\' data, putting rows with no figure back as gaps', () => {
    const one = parseValues('2019: 5; 2020: ..; 2021: 7; 2022: NA; Total: 12');
    expect(seriesFromResult(one)).to.deep.equal({
      ok: true,
      labels: ['2019', '2020', '2021', '2022'],
      series: [{ name: '', values: [5, null, 7, null] }],
      periods: true,
      missing: [
        { label: '2020', series: '', where: 'Entry 2', labelIndex: 1, seriesIndex: 0 },
        { label: '2022', series: '', where: 'Entry 4', labelIndex: 3, seriesIndex: 0 },
      ],
      totalRow: { label: 'Total', values: [12], where: 'Entry 5' },
    });
    expect(seriesFromResult({ ok: false, error: 'x' })).to.deep.equal({ ok: false, error: 'x' });
    expect(seriesFromData([{ label: 'A', value: 1 }], 'Cases')).to.deep.equal({
      labels: ['A'],
      series: [{ name: 'Cases', values: [1] }],
      periods: false,
    });
  });

  it('knows when there is no figure at all', () => {
    expect(hasFigures({ series: [{ name: 'A', values: [null, null] }] })).to.equal(false);
    expect(hasFigures({ series: [{ name: 'A', values: [null, 0] }] })).to.equal(true);
    expect(hasFigures({ series: [] })).to.equal(false);
  });
});
