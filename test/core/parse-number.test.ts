import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseNumber } from '../../src/core/parse-number.js';

describe('parseNumber', () => {
  it('reads plain, signed, decimal and exponent numbers', () => {
    expect(parseNumber('261')).to.equal(261);
    expect(parseNumber('  261 ')).to.equal(261);
    expect(parseNumber('-3')).to.equal(-3);
    expect(parseNumber('+4')).to.equal(4);
    expect(parseNumber('1.5')).to.equal(1.5);
    expect(parseNumber('.5')).to.equal(0.5);
    expect(parseNumber('1e3')).to.equal(1000);
    expect(parseNumber('2.5E-4')).to.equal(0.00025);
    expect(parseNumber('1e+21')).to.equal(1e21);
    expect(parseNumber('0')).to.equal(0);
  });

  it('reads the typographic minus (U+2212)', () => {
    expect(parseNumber('\u22123')).to.equal(-3);
    expect(parseNumber('\u22121,234.5')).to.equal(-1234.5);
  });

  it('reads thousands groups with commas and spaces', () => {
    expect(parseNumber('1,234')).to.equal(1234);
    expect(parseNumber('1 234')).to.equal(1234);
    expect(parseNumber('1\u00a0234')).to.equal(1234);
    expect(parseNumber('1\u202f234')).to.equal(1234);
    expect(parseNumber('12,345,678.25')).to.equal(12345678.25);
    expect(parseNumber('-1,000')).to.equal(-1000);
  });

  it('reads a percentage as its number', () => {
    expect(parseNumber('12%')).to.equal(12);
    expect(parseNumber('12.5 %')).to.equal(12.5);
  });

  it('rejects words, non-finite numbers and bad groupings', () => {
    for (const bad of ['', '   ', 'lots', 'NaN', 'Infinity', '-Infinity', '1e400', '1,2,3,4', '1,23', '12,3456',
      '1,5', '1 2', '1,234 567', '1.2.3', '--3', '3-', '0x10', '1e', 'e3', '%', '12%%', '£5£', '5 cases', '0,123']) {
      expect(parseNumber(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('never throws and returns a finite number or null for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const n = parseNumber(s);
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any finite number written by String()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => Object.is(parseNumber(String(n)), n === 0 ? 0 : n)),
    );
  });
});
