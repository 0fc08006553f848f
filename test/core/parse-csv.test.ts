import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCsv } from '../../src/core/csv-export.js';
import { parseCsv, parseDataText } from '../../src/core/parse-csv.js';
import type { Datum, ParseResult } from '../../src/core/types.js';
import { PLATFORMS, readsAsTotalOrNote } from './fixtures.js';

const errorOf = (r: ParseResult): string => (r.ok ? 'ok' : r.error);
const dataOf = (r: ParseResult): Datum[] | string => (r.ok ? r.data : r.error);

describe('parseCsv', () => {
  it('reads the first text column and the first number column', () => {
    expect(dataOf(parseCsv('Platform,Cases\nFacebook,261\nSnapchat,123\n'))).to.deep.equal([
      { label: 'Facebook', value: 261 },
      { label: 'Snapchat', value: 123 },
    ]);
    expect(dataOf(parseCsv('Year,Code,Platform,Notes,Cases\n2017,1,Facebook,x,261\n2017,2,Snapchat,,"1,234"'))).to.deep.equal([
      { label: 'Facebook', value: 261 },
      { label: 'Snapchat', value: 1234 },
    ]);
  });

  it('strips a BOM and handles CRLF, quoted fields and blank lines', () => {
    const text = '\ufeffPlatform,Cases\r\n\r\n"Face, ""book""",261\r\n"Two\r\nlines",3\r\n\r\n';
    expect(dataOf(parseCsv(text))).to.deep.equal([
      { label: 'Face, "book"', value: 261 },
      { label: 'Two\r\nlines', value: 3 },
    ]);
  });

  it('uses the first column for labels when every column is numeric', () => {
    expect(dataOf(parseCsv('Year,Cases\n2015,10\n2016,12'))).to.deep.equal([
      { label: '2015', value: 10 },
      { label: '2016', value: 12 },
    ]);
  });

  it('picks columns by header name, trimmed and case-insensitive', () => {
    const text = 'Platform,Cases 2016, Cases 2017 \nFacebook,100,161\nSnapchat,50,73';
    expect(dataOf(parseCsv(text, { valueColumn: 'cases 2017' }))).to.deep.equal([
      { label: 'Facebook', value: 161 },
      { label: 'Snapchat', value: 73 },
    ]);
    expect(dataOf(parseCsv(text, { labelColumn: 'CASES 2016', valueColumn: ' Cases 2017' }))).to.deep.equal([
      { label: '100', value: 161 },
      { label: '50', value: 73 },
    ]);
  });

  it('names a missing column and lists the columns', () => {
    expect(errorOf(parseCsv('a,b,c\nx,1,2', { valueColumn: 'Count' }))).to.equal('No column named "Count" (columns: a, b, c).');
    expect(errorOf(parseCsv('a,b,c\nx,1,2', { labelColumn: 'Name' }))).to.equal('No column named "Name" (columns: a, b, c).');
  });

  it('names the row with no number, counting rows as a spreadsheet does', () => {
    const text = 'Platform,Count\nFacebook,261\nSnapchat,123\nSkype,lots\n';
    expect(errorOf(parseCsv(text, { valueColumn: 'Count' }))).to.equal(
      'Row 4 ("Skype"): "lots" in the column "Count" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(parseCsv('Platform,Count\nFacebook,261\n\nSkype,\n')).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
      missing: [{ label: 'Skype', where: 'Row 4', index: 1 }],
      labelHeader: 'Platform',
      valueHeader: 'Count',
    });
  });

  it('refuses a CSV without a column of numbers', () => {
    expect(errorOf(parseCsv('Platform,Notes\nFacebook,big\nSkype,small'))).to.equal(
      'There is no column of numbers to chart (columns: Platform, Notes).',
    );
    expect(errorOf(parseCsv('Platform\nFacebook'))).to.equal('There is no column of numbers to chart (columns: Platform).');
    expect(errorOf(parseCsv('a,b\nx,1', { labelColumn: 'b', valueColumn: 'B' }))).to.equal(
      'The label column and the value column are both "b".',
    );
  });

  it('gives [] for a header with no data rows, or nothing at all', () => {
    expect(parseCsv('Platform,Cases\n')).to.deep.equal({ ok: true, data: [] });
    expect(parseCsv('')).to.deep.equal({ ok: true, data: [] });
    expect(parseCsv('\n\n')).to.deep.equal({ ok: true, data: [] });
  });

  it('refuses duplicate labels by row and empty labels', () => {
    expect(errorOf(parseCsv('P,C\nA,1\nB,2\nA,3'))).to.equal(
      'Row 2 and row 4 have the same label, "A".',
    );
    expect(errorOf(parseCsv('P,C\nA,1\nB,2\nA,3', { labelColumn: 'P' }))).to.equal('Row 2 and row 4 have the same label, "A".');
    expect(errorOf(parseCsv('P,C\nA,1\n,2'))).to.equal('Row 3 has no label.');
  });

  it('refuses too many rows', () => {
    const text = `P,C\n${Array.from({ length: 600 }, (_, i) => `L${i},${i}`).join('\n')}`;
    expect(errorOf(parseCsv(text))).to.equal('Too many categories: 600 (the most a chart can show is 500).');
  });
});

describe('parseDataText', () => {
  it('reads JSON by content type or by its first character', () => {
    const expected = [{ label: 'Facebook', value: 261 }];
    expect(dataOf(parseDataText('[["Facebook",261]]', 'text/plain', {}))).to.deep.equal(expected);
    expect(dataOf(parseDataText('\ufeff {"Facebook":261}', null, {}))).to.deep.equal(expected);
    expect(errorOf(parseDataText('Facebook,261', 'application/json; charset=utf-8', {}))).to.match(
      /^The file looks like JSON but could not be read: /,
    );
  });

  it('reads CSV otherwise, passing the column options', () => {
    expect(dataOf(parseDataText('P,A,B\nx,1,2', 'text/csv', { valueColumn: 'B' }))).to.deep.equal([{ label: 'x', value: 2 }]);
  });

  it('refuses HTML and one-column text', () => {
    for (const text of ['<!DOCTYPE html><html><body>Not found</body></html>', '<html>', '  <?xml version="1.0"?>', 'Just one line', 'a\nb\nc']) {
      expect(errorOf(parseDataText(text, 'text/html', {})), text).to.equal('The file is not CSV or JSON.');
    }
  });
});

const csvLabel = fc
  .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^[=+@\-\t\r]/.test(s));
const finiteValue = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));

describe('parseCsv (properties)', () => {
  it('never throws and always returns a result of the right shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.string()), (s, col) => {
        for (const r of [parseCsv(s), parseCsv(s, { valueColumn: col }), parseDataText(s, col, {})]) {
          if (r.ok ? !Array.isArray(r.data) : typeof r.error !== 'string' || !r.error.endsWith('.')) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what toCsv writes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ label: csvLabel, value: finiteValue }), { selector: (d) => d.label, maxLength: 40 }).filter((d) => !readsAsTotalOrNote(d)), (data) => {
        const csv = toCsv(data, { label: 'Label', value: 'Value' });
        expect(dataOf(parseCsv(csv, { labelColumn: 'Label', valueColumn: 'Value', decimal: { style: 'dot' } }))).to.deep.equal(data);
      }),
    );
  });

  it('reads back the platform figures without options', () => {
    expect(dataOf(parseCsv(toCsv(PLATFORMS, { label: 'Platform', value: 'Cases', share: 'Share' })))).to.deep.equal(PLATFORMS);
  });
});

describe('parseCsv (hostile input)', () => {
  it('lists at most 10 column names in a message', () => {
    const header = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    expect(errorOf(parseCsv(`${header}\nx`, { valueColumn: 'Count' }))).to.equal(
      'No column named "Count" (columns: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 4990 more).',
    );
  });

  it('reads a 1 MB file with a runaway row or cell into a message, not a hang', () => {
    // Speed is measured by `npm run bench`; this checks the outcome. Cells past the header are not read.
    expect(errorOf(parseDataText(`a,b\n${'x,'.repeat(500_000)}`, 'text/csv', {}))).to.equal(
      'There is no column of numbers to chart (columns: a, b).',
    );
    expect(errorOf(parseDataText(`a,b\nx,1,${'x,'.repeat(500_000)}`, 'text/csv', {}))).to.match(/^Row 2 \("x"\) has more cells than the header/);
    expect(errorOf(parseCsv(`a,b\nx,${'1'.repeat(1_000_000)}x`))).to.equal('There is no column of numbers to chart (columns: a, b).');
  });
});

describe('parseCsv: separators other than commas', () => {
  it('reads semicolon-separated files (Excel where the comma is the decimal mark)', () => {
    const result = parseCsv('Plattform;Fälle\r\nFacebook;261\r\nSnapchat;123\r\n');
    expect(dataOf(result)).to.deep.equal([
        { label: 'Facebook', value: 261 },
        { label: 'Snapchat', value: 123 },
    ]);
  });

  it('reads tab-separated files (a sheet published as TSV)', () => {
    const result = parseCsv('Platform\tCases\nFacebook\t1,261\n');
    expect(dataOf(result)).to.deep.equal([{ label: 'Facebook', value: 1261 }]);
  });

  it('keeps commas when a comma file has semicolons inside quotes', () => {
    const result = parseCsv('Platform,Cases\n"Facebook; Messenger",261\n');
    expect(dataOf(result)).to.deep.equal([{ label: 'Facebook; Messenger', value: 261 }]);
  });
});
