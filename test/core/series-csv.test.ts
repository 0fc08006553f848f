import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseSeriesCsv } from '../../src/core/series-parse.js';
import { seriesToCsv } from '../../src/core/series-csv.js';
import { plainText, seriesData as series } from '../support/series-arbitrary.js';

describe('seriesToCsv', () => {
  it('writes a header row, one column per series, plain numbers and CRLF line ends', () => {
    const csv = seriesToCsv({
      labels: ['2015/16', '2016/17'],
      series: [
        { name: 'Facebook', values: [12, 1234.5] },
        { name: 'Snapchat', values: [null, -3] },
      ],
      labelHeader: 'Year',
    });
    expect(csv).to.equal('Year,Facebook,Snapchat\r\n2015/16,12,\r\n2016/17,1234.5,-3\r\n');
  });

  it('heads unnamed series and the label column, quotes and defuses text', () => {
    expect(seriesToCsv({ labels: ['A'], series: [{ name: '', values: [1] }] })).to.equal('Label,Value\r\nA,1\r\n');
    expect(seriesToCsv({ labels: ['=A', 'B, "b"'], series: [{ name: '+X', values: [1, 2] }, { name: 'Y, z', values: [3, null] }] }, 'Area')).to.equal(
      'Area,\'+X,"Y, z"\r\n\'=A,1,3\r\n"B, ""b""",2,\r\n',
    );
  });
});

describe('the CSV download of several series reads back exactly (property)', () => {
  const text = (min: number) => plainText(min, 16);
  const value = fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.constantFrom(n, n / 100, n / 1000));
  const cell = fc.option(value, { freq: 5 });

  /** Labels, and 1 to 12 series with a value or a gap for each label. */
  const seriesData = (name: fc.Arbitrary<string>) => series({ name, cell, maxLabels: 30, maxSeries: 12 });

  it('with value-columns naming every series (any names)', () => {
    fc.assert(
      fc.property(seriesData(text(1)), (data) => {
        const csv = seriesToCsv({ ...data, labelHeader: 'Label' });
        const back = parseSeriesCsv(csv, { labelColumn: 'Label', valueColumns: data.series.map((s) => s.name), decimal: { style: 'dot' } });
        if (!back.ok) throw new Error(`${back.error}\n${csv}`);
        expect({ labels: back.labels, series: back.series }).to.deep.equal(data);
      }),
      { numRuns: 200 },
    );
  });

  it('by the column rules alone, for series that are not constants or years', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((n) => !/^(?:code|codes|fips|gss|ons|iso|ags|nuts|years?|jahr|anno|jaar|row|index)$/i.test(n));
    const plain = seriesData(name).filter((d) =>
      d.series.every((s) => {
        const figures = s.values.filter((v): v is number => v !== null);
        const constant = figures.length > 1 && new Set(figures).size === 1;
        const years = figures.every((v) => Number.isInteger(v) && v >= 1800 && v <= 2100);
        return figures.length > 0 && !constant && !years;
      }),
    );
    fc.assert(
      fc.property(plain, (data) => {
        const csv = seriesToCsv({ ...data, labelHeader: 'Label' });
        const back = parseSeriesCsv(csv, { decimal: { style: 'dot' } });
        if (!back.ok) throw new Error(`${back.error}\n${csv}`);
        expect({ labels: back.labels, series: back.series }).to.deep.equal(data);
      }),
      { numRuns: 200 },
    );
  });
});
