import { expect } from '@open-wc/testing';
import { validateData } from '../../src/core/parse-values.js';
import { checkModel, buildRows } from '../../src/core/model.js';
import { checkCount, checkRows } from '../../src/core/validate.js';
import type { ParseResult } from '../../src/core/types.js';

const errorOf = (r: ParseResult): string => (r.ok ? 'ok' : r.error);
const dataOf = (r: ParseResult) => (r.ok ? r.data : r.error);

describe('validateData', () => {
  it('accepts {label, value} entries, trimming labels and reading numeric strings', () => {
    expect(dataOf(validateData([{ label: ' Facebook ', value: 261 }, { label: 'Snapchat', value: '1,234' }]))).to.deep.equal([
      { label: 'Facebook', value: 261 },
      { label: 'Snapchat', value: 1234 },
    ]);
  });

  it('turns number labels into strings and accepts [label, value] pairs', () => {
    expect(dataOf(validateData([{ label: 2019, value: 5 }, ['2020', 6]]))).to.deep.equal([
      { label: '2019', value: 5 },
      { label: '2020', value: 6 },
    ]);
  });

  it('accepts an empty array as empty data', () => {
    expect(validateData([])).to.deep.equal({ ok: true, data: [] });
  });

  it('refuses anything that is not an array', () => {
    for (const bad of [null, undefined, 5, 'Facebook: 1', { label: 'a', value: 1 }]) {
      expect(errorOf(validateData(bad))).to.equal(
        'The data must be a list of entries like {"label": "Facebook", "value": 261}.',
      );
    }
    expect(errorOf(validateData(null, 'values'))).to.match(/^The values must be a list/);
  });

  it('names the entry with no number', () => {
    expect(errorOf(validateData([{ label: 'A', value: 1 }, { label: 'B', value: 2 }, { label: 'Skype', value: 'lots' }]))).to.equal(
      'Entry 3 ("Skype"): "lots" in the column "value" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(errorOf(validateData([{ label: 'A', value: NaN }]))).to.equal('Entry 1 ("A") has no number.');
    expect(errorOf(validateData([{ label: 'A', value: Infinity }]))).to.equal('Entry 1 ("A") has no number.');
  });

  it('reads a null value as no figure, and refuses an entry with no value at all', () => {
    expect(validateData([{ label: 'A', value: null }, { label: 'C', value: 2 }])).to.deep.equal({
      ok: true,
      data: [{ label: 'C', value: 2 }],
      missing: [{ label: 'A', where: 'Entry 1', index: 0 }],
      labelHeader: 'label',
      valueHeader: 'value',
    });
    expect(errorOf(validateData([{ label: 'A', value: 1 }, { label: 'B' }]))).to.equal('Entry 2 ("B") has no number.');
  });

  it('names the entry with no label', () => {
    expect(errorOf(validateData([{ label: '  ', value: 1 }]))).to.equal('Entry 1 ({"label":" ","value":1}) has no label.');
    expect(errorOf(validateData([{ value: 1 }, { label: 'B', value: 2 }]))).to.equal('Entry 1 ({"value":1}) has no label.');
    expect(errorOf(validateData([5]))).to.equal('Entry 1 (5) is not a label with a value.');
    expect(errorOf(validateData([{ label: 'A', value: 1 }, 5]))).to.equal('Entry 2 (5) is not a label with a value.');
    expect(errorOf(validateData([['a', 1, 2]]))).to.equal('Entry 1 (["a",1,2]) is not a [label, value] pair.');
  });

  it('refuses duplicate labels, naming both entries', () => {
    expect(
      errorOf(validateData([{ label: 'Facebook', value: 1 }, { label: 'Skype', value: 2 }, { label: ' Facebook', value: 3 }])),
    ).to.equal('Entry 1 and entry 3 have the same label, "Facebook".');
  });

  it('refuses more than 500 categories', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ label: `L${i}`, value: i }));
    expect(errorOf(validateData(many))).to.equal('Too many categories: 5000 (the most a chart can show is 500).');
    expect(validateData(many.slice(0, 500)).ok).to.equal(true);
  });

  it('refuses a label too long to be a chart label', () => {
    const long = 'x'.repeat(301);
    expect(errorOf(validateData([{ label: long, value: 1 }]))).to.equal(
      `Entry 1 ("${'x'.repeat(39)}…") has a label of 301 characters, too long to be a chart label (the most is 300).`,
    );
    expect(validateData([{ label: 'x'.repeat(300), value: 1 }]).ok).to.equal(true);
  });

  it('never throws on odd input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const odd of [[cyclic], [Symbol('s')], [10n], [() => 1], [[Symbol('x'), 1]]]) {
      expect(validateData(odd).ok).to.equal(false);
    }
  });
});

describe('checkRows / checkCount', () => {
  it('uses the given entry namer', () => {
    const rows = [
      { label: 'A', value: 1 },
      { label: 'A', value: 2 },
    ];
    expect(errorOf(checkRows(rows, (i) => `Row ${i + 2}`))).to.equal('Row 2 and row 3 have the same label, "A".');
    expect(errorOf(checkRows([{ label: '', value: 2 }], (i) => `Table row ${i + 5}`))).to.equal('Table row 5 has no label.');
  });

  it('checks the count on its own', () => {
    expect(checkCount(500)).to.equal(null);
    expect(checkCount(501)).to.deep.equal({ ok: false, error: 'Too many categories: 501 (the most a chart can show is 500).' });
  });
});

describe('checkModel: a donut', () => {
  it('refuses a negative part, naming it; bars may be negative', () => {
    const rows = [
      { label: 'A', value: 5 },
      { label: 'Skype', value: -3 },
    ];
    const donut = { kind: 'donut' as const, sort: null };
    expect(checkModel(buildRows(rows, donut), donut)).to.equal('"Skype" is negative (-3), but a donut chart can only show parts of a whole.');
    const bar = { kind: 'bar' as const, sort: null };
    expect(checkModel(buildRows(rows, bar), bar)).to.equal(null);
    expect(checkModel(buildRows([{ label: 'A', value: 0 }], donut), donut)).to.equal(null);
  });
});
