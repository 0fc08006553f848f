import { expect } from '@open-wc/testing';
import { FALLBACK_LOCALE, createFormat, formatValue, withUnit } from '../../src/core/format.js';

describe('createFormat', () => {
  const en = createFormat('en-GB');

  it('formats numbers with grouping and at most 2 decimals', () => {
    expect(en.number(261)).to.equal('261');
    expect(en.number(1234)).to.equal('1,234');
    expect(en.number(1234.5678)).to.equal('1,234.57');
    expect(en.number(-3)).to.equal('-3');
    expect(en.number(-0.001)).to.equal('0');
  });

  it('follows the locale', () => {
    const de = createFormat('de-DE');
    expect(de.number(1234)).to.equal('1.234');
    expect(de.number(1.5)).to.equal('1,5');
    expect(de.percent(0.5)).to.equal('50\u00a0%');
    expect(de.percent(0.002)).to.equal('0,2\u00a0%');
    expect(de.percent(0.0001)).to.equal('<0,1\u00a0%');
  });

  it('formats shares: whole percentages, one decimal below 1%, never 0% for a nonzero share', () => {
    expect(en.percent(261 / 521)).to.equal('50%');
    expect(en.percent(0.5)).to.equal('50%');
    expect(en.percent(1)).to.equal('100%');
    expect(en.percent(0)).to.equal('0%');
    expect(en.percent(-0)).to.equal('0%');
    expect(en.percent(1 / 521)).to.equal('0.2%');
    expect(en.percent(0.0099)).to.equal('1%');
    expect(en.percent(0.01)).to.equal('1%');
    expect(en.percent(0.0005)).to.equal('0.1%');
    expect(en.percent(0.0004)).to.equal('<0.1%');
    expect(en.percent(1e-9)).to.equal('<0.1%');
    expect(en.percent(-1e-9)).to.equal('>-0.1%');
    expect(en.percent(-0.25)).to.equal('-25%');
  });

  it('falls back to en-GB for an invalid locale, and caches per locale', () => {
    for (const bad of ['', 'not a locale!', 'xx_YY_ZZ_123456789']) {
      const f = createFormat(bad);
      expect(f.locale).to.equal(FALLBACK_LOCALE);
      expect(f.number(1234.5)).to.equal('1,234.5');
    }
    expect(createFormat('fr-FR')).to.equal(createFormat('fr-FR'));
    expect(createFormat('fr-FR').number(1234)).to.equal('1\u202f234');
  });
});

describe('formatValue / withUnit', () => {
  const en = createFormat('en-GB');
  const row = { value: 261, share: 261 / 521 };

  it('formats by value-format', () => {
    expect(formatValue(row, 'number', en)).to.equal('261');
    expect(formatValue(row, 'percent', en)).to.equal('50%');
    expect(formatValue(row, 'both', en)).to.equal('261 (50%)');
    expect(formatValue({ value: 1234, share: 0.5 }, 'both', createFormat('de-DE'))).to.equal('1.234 (50\u00a0%)');
  });

  it('appends the unit only when there is one', () => {
    expect(withUnit('261', 'cases')).to.equal('261 cases');
    expect(withUnit('261', '  ')).to.equal('261');
    expect(withUnit('261', '')).to.equal('261');
    expect(withUnit('261', null)).to.equal('261');
  });
});
