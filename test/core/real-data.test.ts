/**
 * The rules of "What the library does with your data" (README), on files in the shapes real
 * public spreadsheets come in (test/fixtures/real/): German and French exports, ONS-style codes,
 * total rows, missing-value markers, footer notes, series by year, JSON objects with keys.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCsv } from '../../src/core/csv-export.js';
import { createFormat } from '../../src/core/format.js';
import { isMissing, isPeriodLabel, isTotalLabel } from '../../src/core/markers.js';
import { buildRows, checkModel } from '../../src/core/model.js';
import { parseCsv, parseDataText } from '../../src/core/parse-csv.js';
import { chooseStyle, localeStyle, readNumber } from '../../src/core/parse-number.js';
import { parseValues } from '../../src/core/parse-values.js';
import { describeChart } from '../../src/core/summary.js';
import type { Datum, ParseResult } from '../../src/core/types.js';
import { readsAsTotalOrNote } from './fixtures.js';

const file = async (name: string): Promise<string> => {
  const response = await fetch(new URL(`../fixtures/real/${name}`, import.meta.url));
  return response.text();
};
const dataOf = (r: ParseResult): Datum[] | string => (r.ok ? r.data : r.error);
const errorOf = (r: ParseResult): string => (r.ok ? 'ok' : r.error);
const en = createFormat('en-GB');

describe('rule 1: numbers as the file writes them', () => {
  it('reads each convention, signs, percentages and currency signs', () => {
    expect(readNumber('5.162', 'comma')).to.deep.equal({ value: 5162, percent: false });
    expect(readNumber('1.234,5', 'comma')!.value).to.equal(1234.5);
    expect(readNumber('47,70 %', 'comma')).to.deep.equal({ value: 47.7, percent: true });
    expect(readNumber('11\u00a0901\u00a0558', 'comma')!.value).to.equal(11901558);
    expect(readNumber('11\u202f901\u202f558', 'dot')!.value).to.equal(11901558);
    expect(readNumber('11 901 558', 'comma')!.value).to.equal(11901558);
    expect(readNumber('\u22121.030', 'comma')!.value).to.equal(-1030);
    expect(readNumber('+96', 'dot')!.value).to.equal(96);
    expect(readNumber('£1,204', 'dot')!.value).to.equal(1204);
    expect(readNumber('-£5', 'dot')!.value).to.equal(-5);
    expect(readNumber('1.234,5 €', 'comma')!.value).to.equal(1234.5);
    expect(readNumber('$3.50', 'dot')!.value).to.equal(3.5);
    expect(readNumber('5.162', 'dot')!.value).to.equal(5.162);
    for (const bad of ['1,234.5', '5.16', '1.23.4', '£5£', '5,5,5']) expect(readNumber(bad, 'comma'), bad).to.equal(null);
  });

  it('decides a column from all its cells, then from the file or page, and refuses a silent guess', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ text, where: `Row ${i + 2}` }));
    const none = { style: null };
    expect(chooseStyle(cells('5.162', '11.901.558'), none, '"Stimmen"')).to.include({ ok: true, style: 'comma' });
    expect(chooseStyle(cells('5.162', '2.5'), none, '"Rate"')).to.include({ ok: true, style: 'dot' });
    expect(chooseStyle(cells('5.162', '4.987'), { style: 'comma' }, '"Stimmen"')).to.include({ ok: true, style: 'comma' });
    expect(chooseStyle(cells('5.162', '4.987'), { style: 'dot' }, '"Rate"')).to.include({ ok: true, style: 'dot' });
    expect(chooseStyle(cells('1,234', '261'), none, '"Cases"')).to.include({ ok: true, style: 'dot' });
    expect(chooseStyle(cells('5.162', '4.987'), none, '"Value"')).to.deep.equal({
      ok: false,
      error:
        'Row 2: "5.162" in the column "Value" could be 5.162 (with a decimal point) or 5162 (with "." between thousands). ' +
        'Set decimal="." or decimal="," on the chart to say which.',
    });
    expect(chooseStyle(cells('1,234.5', '1.234,5'), none, '"Value"')).to.deep.equal({
      ok: false,
      error:
        'The column "Value" writes numbers two ways: Row 2 has "1,234.5" (decimal point) and row 3 has "1.234,5" (decimal comma). ' +
        'Write every number the same way.',
    });
    expect(chooseStyle(cells('1,5', '2'), none, '"Rate"')).to.deep.equal({
      ok: false,
      error:
        'Row 2: "1,5" in the column "Rate" has a decimal comma (1.5), but nothing on the page says numbers are written that way. ' +
        'Set decimal="," on the chart (or lang to its language) to read it so.',
    });
    expect(chooseStyle(cells('1,5', '2'), { style: 'comma' }, '"Rate"')).to.include({ ok: true, style: 'comma' });
    // The decimal attribute overrides the cells.
    expect(chooseStyle(cells('5.162', '2.5'), { style: 'comma', forced: true }, '"X"')).to.include({ ok: true, style: 'comma' });
  });

  it('knows which locales write a decimal comma', () => {
    expect(localeStyle('de-DE')).to.equal('comma');
    expect(localeStyle('fr')).to.equal('comma');
    expect(localeStyle('en-GB')).to.equal('dot');
    expect(localeStyle('ja')).to.equal('dot');
    expect(localeStyle(null)).to.equal(null);
  });

  it('reads a German semicolon export: 5.162 is five thousand, whatever the size of the other figures', async () => {
    expect(dataOf(parseCsv(await file('de-gemeinde.csv')))).to.deep.equal([
      { label: 'CDU', value: 5162 },
      { label: 'SPD', value: 4987 },
      { label: 'GRÜNE', value: 2731 },
      { label: 'FDP', value: 951 },
      { label: 'AfD', value: 1204 },
    ]);
    const big = parseCsv(await file('de-bundestag.csv'));
    expect(big.ok && big.data.find((d) => d.label === 'SPD')).to.deep.equal({ label: 'SPD', value: 11955434 });
    expect(big.ok && big.data.find((d) => d.label === 'FDP')).to.deep.equal({ label: 'FDP', value: 5319952 });
  });

  it('reads a French export: no-break spaces between thousands and 47,70 %', async () => {
    const votes = parseCsv(await file('fr-resultats.csv'));
    expect(dataOf(votes)).to.deep.equal([
      { label: 'Liste A', value: 1234567 },
      { label: 'Liste B', value: 987654 },
      { label: 'Liste C', value: 381210 },
    ]);
    const shares = parseCsv(await file('fr-resultats.csv'), { valueColumn: '% exprimés' });
    expect(dataOf(shares)).to.deep.equal([
      { label: 'Liste A', value: 47.7 },
      { label: 'Liste B', value: 37.95 },
      { label: 'Liste C', value: 14.35 },
    ]);
    expect(shares.ok && shares.percentCells).to.equal(true);
  });

  it('reads the typographic minus and a leading plus', async () => {
    expect(dataOf(parseCsv(await file('net-migration.csv')))).to.deep.equal([
      { label: 'Blackburn', value: 1204 },
      { label: 'Blackpool', value: -812 },
      { label: 'Burnley', value: 96 },
      { label: 'Preston', value: 2311 },
      { label: 'Wyre', value: -1030 },
    ]);
  });

  it('stops on a column that reads both ways with nothing to settle it, naming the cell and the attribute', async () => {
    const text = await file('ambiguous.csv');
    expect(errorOf(parseCsv(text))).to.equal(
      'Row 2: "5.162" in the column "Value" could be 5.162 (with a decimal point) or 5162 (with "." between thousands). ' +
        'Set decimal="." or decimal="," on the chart to say which.',
    );
    expect(dataOf(parseCsv(text, { decimal: { style: 'dot', forced: true } }))).to.deep.equal([
      { label: 'North', value: 5.162 },
      { label: 'South', value: 4.321 },
      { label: 'East', value: 1.005 },
    ]);
    expect(dataOf(parseCsv(text, { decimal: { style: 'comma', forced: true } }))).to.deep.equal([
      { label: 'North', value: 5162 },
      { label: 'South', value: 4321 },
      { label: 'East', value: 1005 },
    ]);
    // A page in a decimal-comma language settles it too.
    expect(dataOf(parseValues('Nord: 5.162; Süd: 4.321', { decimal: { style: localeStyle('de') } }))).to.deep.equal([
      { label: 'Nord', value: 5162 },
      { label: 'Süd', value: 4321 },
    ]);
  });

  it('refuses a row split by an unquoted thousands comma, rather than read half a number', () => {
    expect(errorOf(parseCsv('Area,Net migration\nBlackburn,"1,204"\nWyre,−1,030\n'))).to.equal(
      'Row 3 ("Wyre") has more cells than the header has columns (2). If a number has commas between thousands, put it in quotes ("1,030") or remove the commas.',
    );
  });

  it('says which convention a cell did not fit', () => {
    expect(errorOf(parseValues('A: 1.234,5; B: 7,25; C: 1,234.5'))).to.equal(
      'These values write numbers two ways: Entry 3 ("C: 1,234.5") has "1,234.5" (decimal point) and entry 1 ("A: 1.234,5") has "1.234,5" (decimal comma). Write every number the same way.',
    );
    expect(errorOf(parseValues('A: 2.5; B: 3', { decimal: { style: 'comma', forced: true } }))).to.equal(
      'Entry 1 ("A: 2.5"): "2.5" is not a number as written with a decimal comma (decimal=","). Write a number there, or ".." if there is no figure.',
    );
  });
});

describe('rule 2: total rows are not categories', () => {
  it('recognises total labels in many languages', () => {
    for (const label of ['Total', 'TOTAL', 'Grand total', 'All', 'Gesamt', 'Insgesamt', 'Summe', 'Total général', 'Ensemble', 'Totale', 'Totaal', '合計', '総数', '总计', 'Total:', 'Total (all parties)']) {
      expect(isTotalLabel(label), label).to.equal(true);
    }
    for (const label of ['Totally Local', 'Facebook', 'All Saints ward', 'Allerdale']) expect(isTotalLabel(label), label).to.equal(false);
  });

  it('takes a labelled total row, first or last, out of the data', async () => {
    const de = parseCsv(await file('de-bundestag.csv'));
    expect(de.ok && de.data.map((d) => d.label)).to.deep.equal(['SPD', 'CDU', 'GRÜNE', 'FDP', 'AfD', 'CSU', 'DIE LINKE', 'Sonstige']);
    expect(de.ok && de.totalRow).to.deep.equal({ label: 'Insgesamt', value: 46442023, where: 'Row 11' });
    const first = parseCsv(await file('total-first.csv'));
    expect(first.ok && first.data).to.have.length(7);
    expect(first.ok && first.totalRow).to.deep.equal({ label: 'Total', value: 544, where: 'Row 2' });
    const jp = parseCsv(await file('jp-population.csv'));
    expect(jp.ok && jp.totalRow).to.deep.equal({ label: '合計', value: 32122616, where: 'Row 5' });
  });

  it('takes an unlabelled first or last row that is the sum of the others', async () => {
    const result = parseCsv(await file('total-unlabelled.csv'));
    expect(result.ok && result.data).to.have.length(5);
    expect(result.ok && result.totalRow).to.deep.equal({ label: '', value: 521, where: 'Row 7' });
    // Three rows where one is the sum of two are too few to tell a total from a coincidence.
    expect(dataOf(parseValues('A: 1; B: 1; C: 2'))).to.have.length(3);
  });

  it('uses the total row as the total, and stops when it disagrees with total=', async () => {
    const result = parseCsv(await file('de-bundestag.csv'));
    if (!result.ok) throw new Error(result.error);
    const model = buildRows(result.data, { kind: 'donut', sort: null, totalRow: result.totalRow });
    expect(model.total).to.equal(46442023);
    expect(model.rows[0]!.share).to.equal(11955434 / 46442023);
    const opts = { kind: 'donut' as const, sort: null, totalRow: result.totalRow, total: 46000000 };
    expect(checkModel(buildRows(result.data, opts), opts)).to.equal(
      'Row 11 ("Insgesamt") gives a total of 46442023, but total="46000000". Correct one of them, or remove the total attribute to use the row.',
    );
  });

  it('refuses two total rows that differ', () => {
    expect(errorOf(parseValues('Total: 10; A: 4; B: 6; Gesamt: 12'))).to.equal(
      'Entry 1 ("Total", 10) and entry 4 ("Gesamt", 12) are both totals but differ. Remove the one that is not the total.',
    );
  });
});

describe('rule 3: sensible columns', () => {
  it('skips area codes and constant columns for labels', async () => {
    expect(dataOf(parseCsv(await file('ons-wards.csv')))).to.deep.equal([
      { label: 'Anfield', value: 14727 },
      { label: 'Belle Vale', value: 16122 },
      { label: 'Central', value: 25307 },
      { label: 'Childwall', value: 13920 },
    ]);
  });

  it('skips a row-number column (a pandas index)', async () => {
    expect(dataOf(parseCsv(await file('pandas-index.csv')))).to.deep.equal([
      { label: 'Alice Smith', value: 4210 },
      { label: 'Bob Jones', value: 3987 },
      { label: 'Chidi Okafor', value: 1204 },
    ]);
  });

  it('takes years as labels, not values', async () => {
    const result = parseCsv(await file('population-by-year.csv'));
    expect(result.ok && result.data[0]).to.deep.equal({ label: '2011', value: 56075912 });
    expect(result.ok && result.data[10]).to.deep.equal({ label: '2021', value: 59597542 });
  });

  it('says when labels repeat, which column makes them, and the attributes that work on this file', async () => {
    expect(errorOf(parseCsv(await file('long-format.csv')))).to.equal(
      'Row 2 and row 4 have the same label, "Labour". The labels repeat because "Year" changes ("2019", "2024"). ' +
        'Keep one with filter="Year=2024" or draw one series per value with series-column="Year".',
    );
    // Each way out works on this file.
    expect(dataOf(parseCsv(await file('long-format.csv'), { filter: 'Year=2024' }))).to.deep.equal([
      { label: 'Labour', value: 21877 },
      { label: 'Conservative', value: 12310 },
    ]);
  });

  it('picks keys of JSON objects by the same rules, or by label-column and value-column', async () => {
    const json = await file('areas.json');
    const result = parseDataText(json, 'application/json', {});
    expect(dataOf(result)).to.deep.equal([
      { label: 'Burnley', value: 39123 },
      { label: 'Chorley', value: 51034 },
      { label: 'Fylde', value: 36870 },
    ]);
    expect(result.ok && result.missing).to.deep.equal([{ label: 'Hyndburn', where: 'Entry 4', index: 3 }]);
    expect(dataOf(parseDataText(json, 'application/json', { labelColumn: 'areaCode', valueColumn: 'year' }))).to.deep.equal([
      { label: 'E07000117', value: 2021 },
      { label: 'E07000118', value: 2021 },
      { label: 'E07000119', value: 2021 },
      { label: 'E07000120', value: 2021 },
    ]);
  });
});

describe('rule 5: summaries that tell the truth', () => {
  it('recognises period labels', () => {
    for (const label of ['2014/15 and 2015/16', 'Jan 2020 to Mar 2020', '2019', '2019/20', '2019-20', '2019–2020', 'Q1 2020', '2020 Q3', 'Jan 2021', 'March 2020', '2021-01', '2021-01-31', '1920年', '2019年度', 'FY2020']) {
      expect(isPeriodLabel(label), label).to.equal(true);
    }
    for (const label of ['Facebook', '20195', 'Q5 2020', 'Area 51']) expect(isPeriodLabel(label), label).to.equal(false);
  });

  it('keeps periods in order and describes the change, not "the most"', async () => {
    const result = parseCsv(await file('population-by-year.csv'));
    if (!result.ok) throw new Error(result.error);
    const model = buildRows(result.data, { sort: null });
    expect(model.total).to.equal(null);
    expect(model.rows.map((r) => r.label).slice(0, 3)).to.deep.equal(['2011', '2012', '2013']);
    const s = describeChart(model, { kind: 'bar', unit: 'people', fmt: en });
    expect(s.takeaway).to.equal(
      'From 2011 to 2021, people rose from 56,075,912 to 59,597,542 people: up 3,521,630, 6%. ' +
        'The highest was 2020, with 59,719,724 people; the lowest 2011, with 56,075,912.',
    );
    expect(s.structure).to.equal('Bar chart, 11 periods, from 56,075,912 to 59,719,724 people.');
    expect(s.text).to.not.contain('2.1');
  });

  it('never sums rates, and bars without a total say nothing "of" a sum', async () => {
    const result = parseCsv(await file('rates.csv'));
    if (!result.ok) throw new Error(result.error);
    const model = buildRows(result.data, { sort: null, rates: true });
    const s = describeChart(model, { kind: 'bar', unit: 'per 1,000 people', fmt: en });
    expect(s.takeaway).to.equal('Blackpool has the highest value: 41.8 per 1,000 people. That is higher than Preston, next with 35.1.');
    expect(s.text).to.not.match(/ of [\d,.]+/);
    const opts = { sort: null, rates: true, total: 'sum' as const };
    expect(checkModel(buildRows(result.data, opts), opts)).to.match(/^The values are rates or percentages/);
  });

  it('names the largest rise and fall when values go both ways', async () => {
    const result = parseCsv(await file('net-migration.csv'));
    if (!result.ok) throw new Error(result.error);
    const s = describeChart(buildRows(result.data, { sort: null }), { kind: 'bar', unit: 'people', fmt: en });
    expect(s.takeaway).to.equal('Preston has the largest rise: +2,311 people. Wyre has the largest fall: -1,030 people.');
  });

  it('never leads with the derived remainder', () => {
    const data = [
      { label: 'Labour', value: 20 },
      { label: 'Green', value: 10 },
    ];
    const model = buildRows(data, { kind: 'donut', total: 100, remainderLabel: 'Other candidates', sort: null });
    const s = describeChart(model, { kind: 'donut', unit: 'votes', fmt: en });
    expect(s.takeaway).to.equal(
      'Labour has the most votes: 20 of 100 (20%). That is twice as many as Green, next with 10. ' +
        '70 votes (70%) are in “Other candidates”, worked out as what is left of the 100 votes.',
    );
  });
});

describe('rule 6 and 7: missing values and notes', () => {
  it('reads every missing-value marker as "no figure"', () => {
    for (const marker of ['..', '…', '-', '–', '—', 'NA', 'N/A', 'n/a', 'x', 'X', '[x]', '[c]', '[z]', ':', '*', '', '  ']) {
      expect(isMissing(marker), JSON.stringify(marker)).to.equal(true);
    }
    for (const text of ['0', 'none', 'Facebook', '-3']) expect(isMissing(text), text).to.equal(false);
  });

  it('leaves rows with no figure out, lists them in order, and takes the notes under the data', async () => {
    const result = parseCsv(await file('council-finance.csv'));
    expect(dataOf(result)).to.deep.equal([
      { label: 'Cambridgeshire', value: 1204 },
      { label: 'Derbyshire', value: 1187 },
      { label: 'Essex', value: 1093 },
      { label: 'Lancashire', value: 1256 },
    ]);
    expect(result.ok && result.missing!.map((m) => [m.label, m.where, m.index])).to.deep.equal([
      ['Buckinghamshire', 'Row 4', 0],
      ['Cumbria', 'Row 6', 1],
      ['Devon', 'Row 8', 2],
      ['Hampshire', 'Row 10', 3],
      ['Kent', 'Row 11', 3],
      ['Norfolk', 'Row 13', 4],
    ]);
    expect(result.ok && result.notes).to.deep.equal([
      'Source: Local authority revenue expenditure and financing',
      'Note: [c] confidential; .. not available',
    ]);
    expect(result.ok && result.labelHeader).to.equal('Council');
  });

  it('skips title lines above the header, keeping a source line there as a note', () => {
    const result = parseCsv('Table 3: Cases by platform\nSource: Lancashire Police\n\nPlatform,Cases\nFacebook,261\nSnapchat,123\n* Provisional figures\n');
    expect(dataOf(result)).to.deep.equal([
      { label: 'Facebook', value: 261 },
      { label: 'Snapchat', value: 123 },
    ]);
    expect(result.ok && result.notes).to.deep.equal(['Source: Lancashire Police', '* Provisional figures']);
  });

  it('keeps a footnote marker as a label when the row has a figure', () => {
    expect(dataOf(parseCsv('P,C\nA,1\n* Starred,2\n'))).to.deep.equal([
      { label: 'A', value: 1 },
      { label: '* Starred', value: 2 },
    ]);
  });

  it('is empty only when no figure at all is left', () => {
    const result = parseValues('A: ..; B: NA');
    expect(result.ok && result.data).to.deep.equal([]);
    expect(result.ok && result.missing!.map((m) => m.label)).to.deep.equal(['A', 'B']);
  });
});

describe('rule 4: shares only where they mean something', () => {
  const data = [
    { label: 'A', value: 60 },
    { label: 'B', value: 40 },
  ];
  it('stops value-format="percent" on bars with no whole, saying to set total', () => {
    const opts = { sort: null, valueFormat: 'percent' as const };
    expect(checkModel(buildRows(data, opts), opts)).to.equal(
      'value-format="percent" shows each bar as a share of a whole, but this chart has none: ' +
        'set total to the whole (a number, or total="sum" when the bars are parts of one whole).',
    );
    const summed = { ...opts, total: 'sum' as const };
    expect(checkModel(buildRows(data, summed), summed)).to.equal(null);
  });

  it('stops shares of negative values, and values over the total', () => {
    const changes = [
      { label: 'Up', value: 5 },
      { label: 'Down', value: -3 },
    ];
    const opts = { sort: null, total: 10 };
    expect(checkModel(buildRows(changes, opts), opts)).to.equal(
      '"Down" is -3: a share of a whole can\'t be below 0%. Remove the total attribute to show the values without shares, or correct the value.',
    );
    const small = { sort: null, total: 50 };
    expect(checkModel(buildRows(data, small), small)).to.equal(
      '"A" is 60, more than the total, 50: a share can\'t be over 100%. Check the total and the value.',
    );
  });

  it('never shows a share outside 0–100% (property)', () => {
    const rows = fc.array(fc.record({ label: fc.string(), value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) }), { maxLength: 20 });
    const total = fc.oneof(fc.constant(null), fc.constant('sum' as const), fc.double({ min: -10, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(rows, total, fc.constantFrom('bar' as const, 'donut' as const), fc.boolean(), fc.string(), (data, t, kind, rates, rest) => {
        const opts = { kind, total: t, sort: null, rates, remainderLabel: rest };
        const model = buildRows(data, opts);
        if (checkModel(model, opts) !== null) return true;
        // A donut's negative parts are refused later, by chartState, before anything is shown.
        if (kind === 'donut' && data.some((d) => d.value < 0)) return true;
        return model.rows.every((r) => r.share === null || (r.share >= 0 && r.share <= 1 + 1e-9));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the CSV download reads back the same numbers, in every convention (property)', () => {
  const label = fc
    .string({ minLength: 1, maxLength: 20, unit: 'grapheme-ascii' })
    .map((s) => s.replace(/[;"\r\n]/g, '').trim())
    .filter((s) => s !== '' && !/^[=+@\-\t]/.test(s) && !isMissing(s));
  const value = fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.constantFrom(n, n / 100, n / 1000));
  const dataArb = fc
    .uniqueArray(fc.record({ label, value }), { selector: (d) => d.label, minLength: 1, maxLength: 25 })
    .filter((d) => !readsAsTotalOrNote(d));

  for (const [name, locale, delimiter] of [
    ['English, commas', 'en-GB', ','],
    ['German, semicolons', 'de-DE', ';'],
    ['French, semicolons', 'fr-FR', ';'],
  ] as const) {
    it(`${name}: file → chart rows → download → the same numbers`, () => {
      const write = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
      fc.assert(
        fc.property(dataArb, (data) => {
          const quoteCell = (s: string) => (s.includes(delimiter) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);
          const text = ['Name' + delimiter + 'Value', ...data.map((d) => quoteCell(d.label) + delimiter + quoteCell(write.format(d.value)))].join('\n');
          const read = parseCsv(text, { decimal: { style: localeStyle(locale) } });
          if (!read.ok) throw new Error(`${read.error}\n${text}`);
          const model = buildRows(read.data, { sort: 'none' });
          const again = parseCsv(toCsv(model.rows, { label: 'Name', value: 'Value' }), { decimal: { style: 'dot' } });
          if (!again.ok) throw new Error(again.error);
          expect(read.data.map((d) => d.value)).to.deep.equal(data.map((d) => d.value));
          expect(again.data).to.deep.equal(read.data);
        }),
        { numRuns: 200 },
      );
    });
  }
});
