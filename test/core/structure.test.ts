/**
 * Table structure (issue 18): totals and subtotals inside the rows, total columns, figures of
 * unlike kinds, the column drawn, long-format files and precision — on files in the shapes
 * official statistics come in (test/fixtures/structure/).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { profileColumns } from '../../src/core/columns.js';
import { createFormat } from '../../src/core/format.js';
import { buildRows } from '../../src/core/model.js';
import { dataNotes } from '../../src/core/notes.js';
import { parseCsv } from '../../src/core/parse-csv.js';
import { readTable } from '../../src/core/parse-table.js';
import { parseSeriesCsv } from '../../src/core/series-parse.js';
import { outlineRank, readStructure, withoutOutline } from '../../src/core/structure.js';
import { describeChart } from '../../src/core/summary.js';
import type { ParseResult } from '../../src/core/types.js';
import { parseUnit } from '../../src/core/units.js';

const file = async (name: string): Promise<string> => (await fetch(new URL(`../fixtures/structure/${name}`, import.meta.url))).text();
const errorOf = (r: { ok: boolean; error?: string }): string => (r.ok ? 'ok' : r.error!);
const labelsOf = (r: ParseResult): string[] => (r.ok ? r.data.map((d) => d.label) : [r.error]);
const en = createFormat('en-GB');
const notesOf = (r: ParseResult, unit = '') => (r.ok ? dataNotes(r, buildRows(r.data, { sort: null, totalRow: r.totalRow }), en, parseUnit(unit, 'en-GB')) : [r.error]);

const LEAVES_UPPER = [
  'Homicidios dolosos y asesinatos consumados',
  'Homicidios dolosos y asesinatos en grado tentativa',
  'Delitos graves y menos graves de lesiones y riña tumultuaria',
  'Secuestro',
  'Delitos contra la libertad sexual',
  'Robos con violencia e intimidación',
  'Robos con fuerza en domicilios, establecimientos y otras instalaciones',
  'Hurtos',
  'Sustracciones de vehículos',
  'Tráfico de drogas',
  'Resto de criminalidad convencional',
  'Estafas informáticas',
  'Otros ciberdelitos',
];

describe('rule 1: a table with totals and subtotals inside the rows', () => {
  it('draws the finest rows of a crime table with upper-case subtotals and a last "TOTAL …" row', async () => {
    const r = parseCsv(await file('crimes-upper.csv'));
    expect(labelsOf(r)).to.deep.equal(LEAVES_UPPER);
    expect(r.ok && r.totalRow).to.deep.equal({ label: 'TOTAL INFRACCIONES PENALES', value: 12347, where: 'Row 18' });
    expect(r.ok && r.data.reduce((s, d) => s + d.value, 0)).to.equal(12347);
    expect(notesOf(r, 'offence|offences')).to.deep.equal([
      'Fuente: Ministerio del Interior (datos de ejemplo)',
      '“TOTAL INFRACCIONES PENALES” (12,347 offences) is the total: the shares are of it, and it is not drawn.',
      '“CRIMINALIDAD CONVENCIONAL” (11,194 offences) and “CIBERCRIMINALIDAD” (1,153 offences) are subtotals of the rows under them, so they are not drawn.',
    ]);
  });

  it('says the largest real category leads, and invents no overlap once subtotals are not drawn', async () => {
    const r = parseCsv(await file('crimes-upper.csv'));
    if (!r.ok) throw new Error(r.error);
    const model = buildRows(r.data, { sort: null, total: 12347, totalRow: r.totalRow });
    const s = describeChart(model, { kind: 'bar', unit: 'offence|offences', fmt: en });
    expect(s.takeaway).to.match(/^Hurtos has the most offences: 4,871 of 12,347 \(39%\)\./);
    expect(s.takeaway).not.to.match(/overlap|TOTAL|CRIMINALIDAD/);
    expect(model.overlap).to.equal(false);
  });

  it('reads outline numbering: roman groups, a complete 5. (5.1 + 5.2), a partial 7. (7.1 alone), III. TOTAL', async () => {
    const r = parseCsv(await file('crimes-outline.csv'));
    expect(labelsOf(r)).to.deep.equal([
      '1.-Homicidios dolosos y asesinatos consumados',
      '2.-Homicidios dolosos y asesinatos en grado tentativa',
      '3.-Delitos graves y menos graves de lesiones y riña tumultuaria',
      '4.-Secuestro',
      '5.1.-Agresión sexual con penetración',
      '5.2.-Resto de delitos contra la libertad sexual',
      '6.-Robos con violencia e intimidación',
      '7.-Robos con fuerza en domicilios, establecimientos y otras instalaciones',
      '8.-Hurtos',
      '9.-Sustracciones de vehículos',
      '10.-Tráfico de drogas',
      '11.-Resto de criminalidad convencional',
      '12.-Estafas informáticas',
      '13.-Otros ciberdelitos',
    ]);
    // The drawn parts account for the whole.
    expect(r.ok && r.data.reduce((s, d) => s + d.value, 0)).to.equal(12347);
    expect(r.ok && r.totalRow?.label).to.equal('III. TOTAL INFRACCIONES PENALES');
    const notes = notesOf(r);
    expect(notes).to.include(
      '“I. CRIMINALIDAD CONVENCIONAL” (11,194), “5.-Delitos contra la libertad sexual” (389) and “II.CIBERCRIMINALIDAD (infracciones penales cometidas en/por medio ciber)” (1,153) are subtotals of the rows under them, so they are not drawn.',
    );
    expect(notes).to.include(
      '“7.1.-Robos con fuerza en domicilios” (498) is only part of “7.-Robos con fuerza en domicilios, establecimientos y otras instalaciones” (“of which”), so it is not drawn: “7.-Robos con fuerza en domicilios, establecimientos y otras instalaciones” is.',
    );
  });

  it('level="top" draws the top groups, level="all" every row as written', async () => {
    const text = await file('crimes-outline.csv');
    expect(labelsOf(parseCsv(text, { level: 'top' }))).to.deep.equal([
      'I. CRIMINALIDAD CONVENCIONAL',
      'II.CIBERCRIMINALIDAD (infracciones penales cometidas en/por medio ciber)',
    ]);
    const all = parseCsv(text, { level: 'all' });
    // Every row of the file under its header, in its order: the totals and subtotals too.
    const written = text.trim().split(/\r?\n/).slice(1).map((line) => line.split(';')[0]!);
    expect(written).to.have.length(19);
    expect(labelsOf(all)).to.deep.equal(written);
    expect(all.ok && all.totalRow).to.equal(undefined);
    expect(notesOf(all)).to.include('Every row is drawn as the table has it, totals and subtotals too (level="all"), so the chart shows no shares.');
  });

  it('reads subtotals under a footer word, and "of which" items, in a flat list', () => {
    const r = parseCsv('Area,Cases\nA,1\nB,2\nSubtotal,3\nC,4\nD,5\nSubtotal,9\nTotal,12\n');
    expect(labelsOf(r)).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(r.ok && r.totalRow?.value).to.equal(12);
    expect(notesOf(r)).to.include('“Subtotal” (3) and “Subtotal” (9) are subtotals of the rows above them, so they are not drawn.');
    const w = parseCsv('Offence,Cases\nTheft,60\nof which: shoplifting,20\nFraud,40\nTotal,100\n');
    expect(labelsOf(w)).to.deep.equal(['Theft', 'Fraud']);
    expect(notesOf(w)).to.include('“of which: shoplifting” (20) is only part of “Theft” (“of which”), so it is not drawn: “Theft” is.');
  });

  it('reads leading spaces as indentation, a header-first "Total …" over its regions', () => {
    const csv = 'Area;Pop\nTotal Nacional;100\nNorte;60\n  Bilbao;40\n  Santander;20\nSur;40\n  Sevilla;25\n  Málaga;15\n';
    const r = parseCsv(csv);
    expect(labelsOf(r)).to.deep.equal(['Bilbao', 'Santander', 'Sevilla', 'Málaga']);
    expect(r.ok && r.totalRow?.label).to.equal('Total Nacional');
    expect(labelsOf(parseCsv(csv, { level: 'top' }))).to.deep.equal(['Norte', 'Sur']);
  });

  it('reads a pasted <table>: <th> group rows, <tbody> groups and indented cells', () => {
    const table = document.createElement('table');
    table.innerHTML = `
      <thead><tr><th>Region</th><th>Cases</th></tr></thead>
      <tbody><tr><th colspan="2">North</th></tr><tr><td>Leeds</td><td>40</td></tr><tr><td>York</td><td>20</td></tr></tbody>
      <tbody><tr><th colspan="2">South</th></tr><tr><td>Kent</td><td>30</td></tr><tr><td>Surrey</td><td>10</td></tr></tbody>`;
    const read = (t: HTMLTableElement) => readTableData(t);
    expect(read(table)).to.deep.equal(['Leeds', 'York', 'Kent', 'Surrey']);
    const groups = document.createElement('table');
    groups.innerHTML = `
      <thead><tr><th>Region</th><th>Cases</th></tr></thead>
      <tbody><tr><td>North</td><td>60</td></tr><tr><td>Leeds</td><td>40</td></tr><tr><td>York</td><td>20</td></tr></tbody>
      <tbody><tr><td>South</td><td>40</td></tr><tr><td>Kent</td><td>30</td></tr><tr><td>Surrey</td><td>10</td></tr></tbody>`;
    expect(read(groups)).to.deep.equal(['Leeds', 'York', 'Kent', 'Surrey']);
    const indented = document.createElement('table');
    indented.innerHTML = `
      <tr><th>Region</th><th>Cases</th></tr>
      <tr><td>North</td><td>60</td></tr><tr><td style="padding-left: 2em">Leeds</td><td>40</td></tr><tr><td style="padding-left: 2em">York</td><td>20</td></tr>
      <tr><td>South</td><td>40</td></tr><tr><td style="padding-left: 2em">Kent</td><td>30</td></tr><tr><td style="padding-left: 2em">Surrey</td><td>10</td></tr>`;
    expect(read(indented)).to.deep.equal(['Leeds', 'York', 'Kent', 'Surrey']);
  });

  it('keeps every row a category when nothing says they nest (a coincidental sum, upper-case names)', () => {
    expect(labelsOf(parseCsv('Party,Seats\nA,10\nB,4\nC,6\nD,3\n'))).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(labelsOf(parseCsv('Country,Cases\nUSA,10\nUK,7\nFrance,3\nSpain,2\n'))).to.deep.equal(['USA', 'UK', 'France', 'Spain']);
    expect(labelsOf(parseCsv('Age,People\n1. FC Köln,3\n2. Hertha,4\n'))).to.deep.equal(['1. FC Köln', '2. Hertha']);
  });

  it('knows outline numbers and total words at either end, in many languages', () => {
    expect(['I. X', 'II.X', '1.-X', '5.1.-X', '1.1 X', 'a) X', '12 apples', '2019/20', 'IV.- X'].map(outlineRank)).to.deep.equal([0, 0, 1, 2, 2, 10, -1, -1, 0]);
    expect(withoutOutline('5.1.-Agresión sexual')).to.equal('Agresión sexual');
    const total = (label: string) => readStructure([{ label: 'A', values: [1] }, { label: 'B', values: [2] }, { label, values: [3] }]).total;
    for (const label of ['TOTAL INFRACCIONES PENALES', 'I alt', 'Totalt', 'Ogółem', 'Razem', 'Σύνολο', 'ΣΥΝΟΛΟ', 'Celkem', 'Yhteensä', 'Total', 'Total Andalucía', 'Deutschland insgesamt', '男女合計']) {
      expect(total(label), label).to.equal(2);
    }
    expect(total('All other offences'), 'not a total').to.equal(-1);
  });
});

describe('rule 2: no invented causes', () => {
  it('states the arithmetic and gives overlap as the reason only when the page declares it', () => {
    const model = buildRows([{ label: 'A', value: 300 }, { label: 'B', value: 244 }], { total: 521, sort: null });
    expect(describeChart(model, { kind: 'bar', unit: 'case|cases', fmt: en }).takeaway).to.contain('Together the categories add up to 544, more than the 521 cases.');
    expect(describeChart(model, { kind: 'bar', unit: 'case|cases', fmt: en, overlapping: true }).takeaway).to.contain(
      'because some cases are counted in more than one category',
    );
  });
});

describe('rule 3: a total column is a whole, never a series beside its parts', () => {
  it('leaves "Total" (= Públicos + Privados) out of the series, with a note', async () => {
    const r = parseSeriesCsv(await file('hospital-beds.csv'));
    expect(r.ok && r.series.map((s) => s.name)).to.deep.equal(['Públicos', 'Privados']);
    expect(r.ok && r.leftOutColumns).to.deep.equal([{ name: 'Total', why: 'the sum of "Públicos" and "Privados"' }]);
  });

  it('draws the total column as the one value of a bar chart, and says which column it drew', async () => {
    const r = parseCsv(await file('hospital-beds.csv'));
    expect(r.ok && r.data[0]).to.deep.equal({ label: 'Andalucía', value: 20976 });
    expect(r.ok && r.valueChoice).to.deep.equal({ drawn: 'Total', columns: ['Públicos', 'Privados', 'Total'] });
    expect(notesOf(r)[0]).to.equal('Showing “Total”, one of 3 number columns: Públicos, Privados, Total. Choose with value-column.');
    // Named by the page: nothing extra is said.
    const named = parseCsv(await file('hospital-beds.csv'), { valueColumn: 'Privados' });
    expect(named.ok && named.valueChoice).to.equal(undefined);
  });

  it('knows a total column by its header or by sums within the file’s rounding ("alt", within 2 of its six groups)', async () => {
    const r = parseSeriesCsv(await file('offences-no.csv'));
    expect(r.ok && r.series.map((s) => s.name)).to.deep.equal(['vinning', 'vold', 'sedelighet', 'rus', 'trafikk', 'annet']);
    const rows = [[1, 2, 3], [4, 5, 9], [10, 20, 30.2], [7, 8, 15]];
    const profiles = profileColumns(['M', 'W', 'All'], rows.map((r) => r.map(String)));
    expect(profiles.map((p) => p.total)).to.deep.equal([false, false, true]);
    const noTotal = profileColumns(['M', 'W', 'X'], [[1, 2, 3], [4, 5, 10], [10, 20, 40]].map((r) => r.map(String)));
    expect(noTotal.map((p) => p.total)).to.deep.equal([false, false, false]);
  });
});

describe('rule 4: one kind of figure per axis', () => {
  it('stops a file of sample sizes, percentages and interval bounds with the columns grouped by kind and what to write', async () => {
    const r = parseSeriesCsv(await file('seroprevalence.csv'));
    expect(errorOf(r)).to.equal(
      'The number columns hold figures of different kinds, which can\'t share one axis: ' +
        'percentages and rates (Ronda 1 %, Ronda 2 %, Ronda 3 %); sample sizes (Ronda 1 n, Ronda 2 n, Ronda 3 n); ' +
        'interval bounds (Ronda 1 IC95% inf, Ronda 1 IC95% sup, Ronda 2 IC95% inf, Ronda 2 IC95% sup, Ronda 3 IC95% inf, Ronda 3 IC95% sup). ' +
        'Choose one kind with value-columns="Ronda 1 %, Ronda 2 %, Ronda 3 %" or value-columns="Ronda 1 n, Ronda 2 n, Ronda 3 n".',
    );
    // The advice works.
    const chosen = parseSeriesCsv(await file('seroprevalence.csv'), { valueColumns: 'Ronda 1 %, Ronda 2 %, Ronda 3 %' });
    expect(chosen.ok && chosen.series[0]!.values).to.deep.equal([5, 5.2, 3.8, 5.6, 5.3]);
  });

  it('draws a percentage, not a sample size or a bound, as the one value of a bar chart, and says so', async () => {
    const r = parseCsv(await file('seroprevalence.csv'));
    expect(r.ok && r.valueHeader).to.equal('Ronda 1 %');
    expect(r.ok && r.valueChoice?.drawn).to.equal('Ronda 1 %');
    expect(r.ok && r.valueChoice?.columns.length).to.equal(12);
    expect(notesOf(r)[0]).to.match(/^Showing “Ronda 1 %”, one of 12 number columns: Ronda 1 n, Ronda 1 %, .*\. Choose with value-column\.$/);
  });
});

describe('rule 6: long-format files, filtered or pivoted', () => {
  it('refuses repeated labels with the column that varies and both ways out, each of which works', async () => {
    const text = await file('crimes-long.csv');
    expect(errorOf(parseCsv(text))).to.equal(
      'Row 2 and row 3 have the same label, "Homicidios dolosos y asesinatos consuma…". The labels repeat because "Periodos" changes ' +
        '("enero-diciembre 2023", "enero-diciembre 2024" …). Keep one with filter="Periodos=enero-diciembre 2024" or draw one series per value with series-column="Periodos".',
    );
    const one = parseCsv(text, { filter: 'Periodos=enero-diciembre 2024' });
    expect(labelsOf(one)).to.deep.equal(['Homicidios dolosos y asesinatos consumados', 'Secuestro', 'Hurtos', 'Tráfico de drogas']);
    const pivot = parseSeriesCsv(text, { seriesColumn: 'periodos' });
    expect(pivot.ok && pivot.series.map((s) => s.name)).to.deep.equal(['enero-diciembre 2023', 'enero-diciembre 2024']);
    expect(pivot.ok && pivot.series[1]!.values).to.deep.equal([12, 3, 4871, 265]);
    expect(pivot.ok && pivot.leftOutColumns).to.deep.equal([{ name: 'Variación % 2024/2023', why: 'percentages and rates, unlike the other series' }]);
  });

  it('gives the same ways out for a long file of too many rows, and offers a series per value only where a chart can draw that many', () => {
    // The World Bank's shape: one row per country and year, 30 countries × 20 years = 600 rows.
    const years = Array.from({ length: 20 }, (_, i) => String(2005 + i));
    const rows = Array.from({ length: 30 }, (_, c) => years.map((y, i) => `Country ${c + 1},C${c + 1},${y},${1000 * (c + 1) + i}`)).flat();
    const text = ['Country Name,Country Code,Year,Value', ...rows].join('\n');
    expect(errorOf(parseCsv(text))).to.equal(
      'Too many categories: 600 (the most a chart can show is 500). The labels repeat because "Year" changes ("2005", "2006" …). Keep one with filter="Year=2024".',
    );
    // 20 years are more series than a chart draws; 3 countries are not: each country a series.
    const fewer = ['Country Name,Country Code,Year,Value', ...rows.slice(0, 60)].join('\n');
    expect(errorOf(parseCsv(fewer))).to.equal(
      'Row 2 and row 3 have the same label, "Country 1". The labels repeat because "Year" changes ("2005", "2006" …). ' +
        'Keep one with filter="Year=2024" or draw one series per "Country Name" with label-column="Year" series-column="Country Name".',
    );
    const lines = parseSeriesCsv(fewer, { labelColumn: 'Year', seriesColumn: 'Country Name' });
    expect(lines.ok && lines.series.map((x) => x.name)).to.deep.equal(['Country 1', 'Country 2', 'Country 3']);
    expect(lines.ok && lines.labels.length).to.equal(20);
    // The advice works.
    const kept = parseCsv(text, { filter: 'Year=2024' });
    expect(labelsOf(kept)).to.have.length(30);
    expect(kept.ok && kept.data.find((d) => d.label === 'Country 3')?.value).to.equal(3019);
  });

  it('draws one line per region with series-column, labels in their order', async () => {
    const r = parseSeriesCsv(await file('population-long.csv'), { labelColumn: 'AÑO', valueColumn: 'POB', seriesColumn: 'CCAA' });
    expect(r.ok && r.labels).to.deep.equal(['2021', '2022', '2023']);
    expect(r.ok && r.series.map((s) => s.name)).to.deep.equal(['Andalucía', 'Cataluña', 'Madrid']);
    expect(r.ok && r.series[2]!.values).to.deep.equal([6751251, 6750336, 6871903]);
    expect(r.ok && r.periods).to.equal(true);
  });

  it('filters on several values of a column, and says what a column holds when a value is not there', async () => {
    const text = await file('population-long.csv');
    const r = parseSeriesCsv(text, { filter: 'CCAA=Andalucía|Madrid', labelColumn: 'AÑO', seriesColumn: 'CCAA' });
    expect(r.ok && r.series.map((s) => s.name)).to.deep.equal(['Andalucía', 'Madrid']);
    expect(errorOf(parseSeriesCsv(text, { filter: 'CCAA=Galicia' }))).to.equal('No row has "Galicia" in the column "CCAA" (its values: "Andalucía", "Cataluña", "Madrid").');
    expect(errorOf(parseCsv(text, { filter: 'Region=Galicia' }))).to.equal('filter names no column "Region" (columns: CCAA, AÑO, POB).');
    expect(errorOf(parseCsv(text, { filter: 'CCAA' }))).to.equal('The filter entry "CCAA" has no column before an "=": write filter="Column=value".');
  });
});

describe('rule 7: precision as written', () => {
  it('keeps the decimals the source writes, up to 4, so 0.574 and 0.571 stay apart', async () => {
    const r = parseCsv(await file('rates-3dp.csv'));
    expect(r.ok && r.decimals).to.equal(3);
    const fmt = createFormat('en-GB', { max: r.ok ? r.decimals! : 2 });
    expect(['0.356', '0.574', '0.571', '1.2'].map((t) => fmt.number(Number(t)))).to.deep.equal(['0.356', '0.574', '0.571', '1.2']);
    expect(createFormat('en-GB', { max: 1, min: 1 }).number(2)).to.equal('2.0');
  });
});

describe('properties of the structure rules', () => {
  // A two-level table: groups, each a subtotal row over its items (upper case over mixed case).
  const table = fc.array(
    fc.record({ name: fc.stringMatching(/^[A-Z]{3,8}$/), items: fc.array(fc.integer({ min: 1, max: 10000 }), { minLength: 2, maxLength: 5 }) }),
    { minLength: 2, maxLength: 5 },
  );
  const csvOf = (groups: { name: string; items: number[] }[]) => {
    const lines = ['Category,Count'];
    groups.forEach((g, i) => {
      lines.push(`${g.name}${i},${g.items.reduce((s, v) => s + v, 0)}`);
      g.items.forEach((v, k) => lines.push(`Item ${i}.${k} of group,${v}`));
    });
    lines.push(`Total,${groups.flatMap((g) => g.items).reduce((s, v) => s + v, 0)}`);
    return lines.join('\n');
  };

  it('never draws a row together with the rows that sum to it; the parts account for the grand total', () => {
    fc.assert(
      fc.property(table, (groups) => {
        const r = parseCsv(csvOf(groups));
        if (!r.ok) throw new Error(r.error);
        const items = groups.flatMap((g) => g.items);
        expect(r.data.map((d) => d.value)).to.deep.equal(items);
        expect(r.data.some((d) => /^[A-Z]{3,8}\d$/.test(d.label))).to.equal(false);
        expect(r.totalRow!.value).to.equal(r.data.reduce((s, d) => s + d.value, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('with an "of which" child that does not add up, the parent is drawn and the child named: drawn parts plus notes account for the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 1000 }), { minLength: 3, maxLength: 8 }), fc.nat(), (values, pick) => {
        const at = pick % values.length;
        const lines = ['Item,Count', ...values.flatMap((v, i) => [`${i + 1}. Item ${i}`, ...(i === at ? [`${i + 1}.1 Part of item ${i}`] : [])].map((label, k) => `${label},${k === 0 ? v : Math.floor(v / 2)}`))];
        const total = values.reduce((s, v) => s + v, 0);
        lines.push(`Total,${total}`);
        const r = parseCsv(lines.join('\n'));
        if (!r.ok) throw new Error(r.error);
        expect(r.data.reduce((s, d) => s + d.value, 0)).to.equal(total);
        expect(r.leftOut?.map((l) => l.label)).to.deep.equal([`${at + 1}.1 Part of item ${at}`]);
      }),
      { numRuns: 150 },
    );
  });
});

function readTableData(table: HTMLTableElement): string[] {
  return labelsOf(readTable(table));
}
