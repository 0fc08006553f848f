import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonData, parseJsonText, parseValues } from '../../src/core/parse-values.js';
import type { Datum, ParseResult } from '../../src/core/types.js';
import { PLATFORMS, readsAsTotalOrNote } from './fixtures.js';

const errorOf = (r: ParseResult): string => (r.ok ? 'ok' : r.error);
const dataOf = (r: ParseResult): Datum[] | string => (r.ok ? r.data : r.error);

describe('parseValues (text)', () => {
  it('reads "label: value" entries split on ";"', () => {
    expect(parseValues('Facebook: 261; Snapchat: 123')).to.deep.equal({
      ok: true,
      data: [
        { label: 'Facebook', value: 261 },
        { label: 'Snapchat', value: 123 },
      ],
    });
  });

  it('reads entries on new lines (LF, CRLF, CR), with "=" too', () => {
    expect(dataOf(parseValues('\n  Facebook = 261\r\nSnapchat: 123\rInstagram:51\n'))).to.deep.equal([
      { label: 'Facebook', value: 261 },
      { label: 'Snapchat', value: 123 },
      { label: 'Instagram', value: 51 },
    ]);
  });

  it('splits at the last ":" or "="', () => {
    expect(dataOf(parseValues('Ratio 1:2: 5'))).to.deep.equal([{ label: 'Ratio 1:2', value: 5 }]);
    expect(dataOf(parseValues('a=b: 7; x:y = 8'))).to.deep.equal([
      { label: 'a=b', value: 7 },
      { label: 'x:y', value: 8 },
    ]);
  });

  it('reads grouped thousands, minus signs and decimals', () => {
    expect(dataOf(parseValues('A: 1,234; B: 1 234; C: −3; D: 2.5; E: 12%'))).to.deep.equal([
      { label: 'A', value: 1234 },
      { label: 'B', value: 1234 },
      { label: 'C', value: -3 },
      { label: 'D', value: 2.5 },
      { label: 'E', value: 12 },
    ]);
  });

  it('skips empty entries and gives [] for nothing', () => {
    expect(dataOf(parseValues('A: 1;; ;\n\nB: 2;'))).to.deep.equal([
      { label: 'A', value: 1 },
      { label: 'B', value: 2 },
    ]);
    for (const empty of ['', '   ', ';;;', ' ; \n ; \r\n']) {
      expect(parseValues(empty)).to.deep.equal({ ok: true, data: [] });
    }
  });

  it('names an entry with no number, counting only non-empty entries', () => {
    expect(errorOf(parseValues('Facebook: 261;; Snapchat: 123; Skype: lots'))).to.equal(
      'Entry 3 ("Skype: lots"): "lots" is not a number. Write a number there, or ".." if there is no figure.',
    );
  });

  it('refuses an entry with nothing after the colon, and reads ".." or "NA" as no figure', () => {
    expect(errorOf(parseValues('Facebook: 261; Skype:'))).to.equal(
      'Entry 2 ("Skype:") has no number: write one after the ":", or ".." if there is no figure.',
    );
    expect(parseValues('Facebook: 261; Skype: ..; Twitter = NA')).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
      missing: [
        { label: 'Skype', where: 'Entry 2', index: 1 },
        { label: 'Twitter', where: 'Entry 3', index: 1 },
      ],
    });
  });

  it('names an entry with no separator', () => {
    expect(errorOf(parseValues('Facebook: 261; Snapchat 123'))).to.equal(
      'Entry 2 ("Snapchat 123") has no ":" or "=" between its label and its number.',
    );
  });

  it('names an entry with no label', () => {
    expect(errorOf(parseValues('A: 1; : 5'))).to.equal('Entry 2 (": 5") has no label.');
  });

  it('cuts a long quoted entry to 40 characters', () => {
    const entry = `${'A very long label '.repeat(5)}: many`;
    const message = errorOf(parseValues(entry));
    expect(message).to.equal(
      'Entry 1 ("A very long label A very long label A v…"): "many" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(message.match(/^[^"]*"([^"]*)"/)![1].length).to.equal(40);
  });

  it('spots entries separated by commas', () => {
    expect(errorOf(parseValues('Facebook: 261, Snapchat: 123'))).to.equal(
      'Entry 1 ("Facebook: 261, Snapchat: 123") looks like several entries: separate them with ";" or new lines.',
    );
  });

  it('refuses duplicates and too many entries', () => {
    expect(errorOf(parseValues('A: 1; B: 2; A: 3'))).to.equal('Entry 1 and entry 3 have the same label, "A".');
    const many = Array.from({ length: 5000 }, (_, i) => `L${i}: ${i}`).join(';');
    expect(errorOf(parseValues(many))).to.equal('Too many categories: 5000 (the most a chart can show is 500).');
  });

  it('reads the platform figures', () => {
    const text = PLATFORMS.map((d) => `${d.label}: ${d.value}`).join('; ');
    expect(dataOf(parseValues(text))).to.deep.equal(PLATFORMS);
  });
});

describe('parseValues (JSON)', () => {
  const expected = [
    { label: 'Facebook', value: 261 },
    { label: 'Snapchat', value: 123 },
  ];

  it('reads the three JSON shapes', () => {
    expect(dataOf(parseValues('[{"label":"Facebook","value":261},{"label":"Snapchat","value":123}]'))).to.deep.equal(expected);
    expect(dataOf(parseValues(' [["Facebook",261],["Snapchat",123]] '))).to.deep.equal(expected);
    expect(dataOf(parseValues('{"Facebook":261,"Snapchat":123}'))).to.deep.equal(expected);
    expect(dataOf(parseValues('{"Facebook":"1,261"}'))).to.deep.equal([{ label: 'Facebook', value: 1261 }]);
    expect(parseValues('[]')).to.deep.equal({ ok: true, data: [] });
    expect(parseValues('{}')).to.deep.equal({ ok: true, data: [] });
  });

  it('reports JSON that cannot be read', () => {
    const message = errorOf(parseValues('[{"label": "Facebook", value: 261}]'));
    expect(message).to.match(/^The values look like JSON but could not be read: .+\.$/);
    expect(message).to.not.match(/\.\.$/);
  });

  it('names the entry of the wrong shape', () => {
    expect(errorOf(parseValues('[["Facebook",261],["Snapchat","lots"]]'))).to.equal(
      'Entry 2 ("Snapchat"): "lots" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(errorOf(parseValues('[["Facebook",261],["Snapchat",true]]'))).to.equal(
      'Entry 2 ("Snapchat"): "true" is not a number. Write a number there, or ".." if there is no figure.',
    );
    expect(errorOf(parseValues('[{"label":"","value":261}]'))).to.equal('Entry 1 ({"label":"","value":261}) has no label.');
  });

  it('reads null in JSON as no figure', () => {
    expect(parseValues('{"Facebook":261,"Skype":null}')).to.deep.equal({
      ok: true,
      data: [{ label: 'Facebook', value: 261 }],
      missing: [{ label: 'Skype', where: 'Entry 2', index: 1 }],
    });
  });

  it('picks the label and value keys of JSON objects by the column rules, or by label-column and value-column', () => {
    const json = '[{"code":"E06000008","name":"Blackburn","pop":154748,"year":2021},{"code":"E06000009","name":"Blackpool","pop":141037,"year":2021}]';
    expect(dataOf(parseValues(json))).to.deep.equal([
      { label: 'Blackburn', value: 154748 },
      { label: 'Blackpool', value: 141037 },
    ]);
    expect(dataOf(parseValues(json, { labelColumn: 'code', valueColumn: 'year' }))).to.deep.equal([
      { label: 'E06000008', value: 2021 },
      { label: 'E06000009', value: 2021 },
    ]);
    expect(errorOf(parseValues(json, { valueColumn: 'population' }))).to.equal(
      'No column named "population" (columns: code, name, pop, year).',
    );
  });

  it('parseJsonData reads already-parsed JSON and refuses other values', () => {
    expect(dataOf(parseJsonData({ Facebook: 261, Snapchat: 123 }))).to.deep.equal(expected);
    expect(dataOf(parseJsonData([['Facebook', 261], { label: 'Snapchat', value: 123 }]))).to.deep.equal(expected);
    for (const bad of [null, 5, 'text', true]) {
      expect(errorOf(parseJsonData(bad))).to.match(/^The values must be a list like/);
    }
  });

  it('parseJsonText names its subject', () => {
    expect(errorOf(parseJsonText('{', 'The file looks'))).to.match(/^The file looks like JSON but could not be read: /);
  });
});

/** Labels that survive the values format: no separators, no surrounding space, not empty. */
const valuesLabel = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.replace(/[;:=\r\n]/g, '').trim())
  .filter((s) => s !== '' && !/^[[{]/.test(s));
const finiteValue = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
const dataArb = fc
  .uniqueArray(fc.record({ label: valuesLabel, value: finiteValue }), { selector: (d) => d.label, maxLength: 30 })
  .filter((data) => !readsAsTotalOrNote(data));

describe('parseValues (properties)', () => {
  it('never throws and always returns a result of the right shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.json()), (s) => {
        const r = parseValues(s);
        if (r.ok) return Array.isArray(r.data) && r.data.every((d) => typeof d.label === 'string' && Number.isFinite(d.value));
        return typeof r.error === 'string' && r.error.length > 0 && /[.]$/.test(r.error);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseJsonData never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseJsonData(v);
        return r.ok ? Array.isArray(r.data) : typeof r.error === 'string';
      }),
    );
  });

  it('round-trips data written as a values string', () => {
    fc.assert(
      fc.property(dataArb, fc.constantFrom('; ', ';', '\n', '\r\n'), fc.constantFrom(': ', ':', ' = '), (data, sep, colon) => {
        const text = data.map((d) => `${d.label}${colon}${d.value}`).join(sep);
        // The page says how it writes numbers (as lang="en" does): "1.234" is then 1.234.
        expect(dataOf(parseValues(text, { decimal: { style: 'dot' } }))).to.deep.equal(data);
      }),
    );
  });

  it('round-trips data written as JSON in each shape', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        expect(dataOf(parseValues(JSON.stringify(data)))).to.deep.equal(data);
        expect(dataOf(parseValues(JSON.stringify(data.map((d) => ({ label: d.label, value: String(d.value) }))), { decimal: { style: 'dot' } }))).to.deep.equal(data);
        expect(dataOf(parseValues(JSON.stringify(data.map((d) => [d.label, d.value]))))).to.deep.equal(data);
      }),
    );
  });
});

describe('parseValues (hostile input)', () => {
  it('refuses long, repetitive input with a message', () => {
    // Speed is measured by `npm run bench`; this checks every one ends in a message.
    for (const text of [`A: 1${' '.repeat(100_000)}2`, `A: ${'1'.repeat(100_000)}x`, `x:1${', '.repeat(50_000)}: 3`, ':'.repeat(100_000), '1%'.repeat(50_000)]) {
      expect(errorOf(parseValues(text))).to.match(/^Entry 1 .*\.$/);
    }
  });
});

describe('parseValues: JSON through a CMS editor', () => {
  it('reads JSON whose quotes an editor made typographic', () => {
    const result = parseValues('[{“label”: “Facebook”, “value”: 261}]');
    expect(dataOf(result)).to.deep.equal([{ label: 'Facebook', value: 261 }]);
  });

  it('still reports JSON that is broken for another reason', () => {
    const result = parseValues('[{“label”: “Facebook”, “value”: }]');
    expect(result.ok).to.equal(false);
  });
});
