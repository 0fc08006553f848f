import { expect } from '@open-wc/testing';
import { FALLBACK_LOCALE, createFormat, formatValue } from '../../src/core/format.js';
import { NO_UNIT, parseUnit } from '../../src/core/units.js';

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

describe('formatValue / amount', () => {
  const en = createFormat('en-GB');
  const row = { value: 261, share: 261 / 521 };

  it('formats by value-format', () => {
    expect(formatValue(row, 'number', en)).to.equal('261');
    expect(formatValue(row, 'percent', en)).to.equal('50%');
    expect(formatValue(row, 'both', en)).to.equal('261 (50%)');
    expect(formatValue({ value: 1234, share: 0.5 }, 'both', createFormat('de-DE'))).to.equal('1.234 (50\u00a0%)');
  });

  it('appends the unit only when there is one', () => {
    expect(en.amount(261, parseUnit('cases', 'en-GB'))).to.equal('261 cases');
    expect(en.amount(261, parseUnit('  ', 'en-GB'))).to.equal('261');
    expect(en.amount(261, NO_UNIT)).to.equal('261');
  });

  it('says "1 case", never "1 cases", by the locale\'s plural rules', () => {
    const cases = parseUnit('case|cases', 'en-GB');
    expect([0, 1, 1.5, 2, 521].map((n) => en.amount(n, cases))).to.deep.equal(['0 cases', '1 case', '1.5 cases', '2 cases', '521 cases']);
    // A plain English plural loses its "s" for one; other words and other languages keep what was given.
    expect(en.amount(1, parseUnit('votes', 'en-GB'))).to.equal('1 vote');
    for (const word of ['people', 'series', 'news', '£m', 'bus', 'per 1,000 people']) expect(en.amount(1, parseUnit(word, 'en-GB'))).to.equal(`1 ${word}`);
    // French: 0 and 1.5 take the singular ("0 cas", "1,5 fois") as Intl.PluralRules says.
    const fr = createFormat('fr-FR');
    const fois = parseUnit('signalement|signalements', 'fr-FR');
    expect([0, 1, 1.5, 2].map((n) => fr.amount(n, fois))).to.deep.equal(['0 signalement', '1 signalement', '1,5 signalement', '2 signalements']);
    expect(fr.amount(2, parseUnit('Fälle', 'de-DE'))).to.equal('2 Fälle');
  });
});
