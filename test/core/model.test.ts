import { expect } from '@open-wc/testing';
import { buildRows, parseSort, parseTotal, parseValueFormat } from '../../src/core/model.js';
import { OUTCOMES, OUTCOMES_REMAINDER, PLATFORMS, TOTAL } from './fixtures.js';

describe('buildRows', () => {
  it('uses the given total for shares and flags an overlap (platforms)', () => {
    const model = buildRows(PLATFORMS, { total: TOTAL, sort: 'desc' });
    expect(model.total).to.equal(521);
    expect(model.sum).to.equal(544);
    expect(model.overlap).to.equal(true);
    expect(model.remainder).to.equal(null);
    expect(model.rows[0]).to.deep.equal({ label: 'Facebook', value: 261, share: 261 / 521, derived: false, index: 0 });
    expect(model.rows.map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('adds the derived remainder last (outcomes: 27 of 521)', () => {
    const model = buildRows(OUTCOMES, { total: TOTAL, remainderLabel: ` ${OUTCOMES_REMAINDER} `, sort: 'asc' });
    expect(model.sum).to.equal(494);
    expect(model.overlap).to.equal(false);
    expect(model.remainder).to.deep.equal({ label: OUTCOMES_REMAINDER, value: 27, share: 27 / 521, derived: true, index: 8 });
    expect(model.rows).to.have.length(9);
    expect(model.rows[8]).to.equal(model.remainder);
    expect(model.rows.slice(0, 8).map((r) => r.value)).to.deep.equal([1, 3, 21, 40, 51, 101, 106, 171]);
  });

  it('adds no remainder without a total, a label, or anything left', () => {
    expect(buildRows(OUTCOMES, { remainderLabel: 'Other', sort: 'desc' }).remainder).to.equal(null);
    expect(buildRows(OUTCOMES, { total: 521, remainderLabel: '  ', sort: 'desc' }).remainder).to.equal(null);
    expect(buildRows(OUTCOMES, { total: 494, remainderLabel: 'Other', sort: 'desc' }).remainder).to.equal(null);
    expect(buildRows(PLATFORMS, { total: 521, remainderLabel: 'Other', sort: 'desc' }).remainder).to.equal(null);
  });

  it('tolerates float noise in the sum', () => {
    const model = buildRows([{ label: 'a', value: 0.1 }, { label: 'b', value: 0.2 }], { total: 0.3, remainderLabel: 'Other', sort: 'none' });
    expect(model.overlap).to.equal(false);
    expect(model.remainder).to.equal(null);
    const left = buildRows([{ label: 'a', value: 0.7 }, { label: 'b', value: 0.2 }], { total: 1, remainderLabel: 'Other', sort: 'none' });
    expect(left.remainder?.value).to.equal(0.1);
  });

  it('gives a donut shares of the sum when no valid total is given', () => {
    for (const total of [undefined, null, 0, -5, NaN, Infinity]) {
      const model = buildRows(PLATFORMS, { kind: 'donut', total, sort: 'none' });
      expect(model.total).to.equal(544);
      expect(model.overlap).to.equal(false);
      expect(model.rows[0]!.share).to.equal(261 / 544);
    }
  });

  it('gives bars no shares unless a total is given, as a number or "sum"', () => {
    const none = buildRows(PLATFORMS, { sort: 'none' });
    expect(none.total).to.equal(null);
    expect(none.rows.every((r) => r.share === null)).to.equal(true);
    const sum = buildRows(PLATFORMS, { total: 'sum', sort: 'none' });
    expect(sum.total).to.equal(544);
    expect(sum.overlap).to.equal(false);
    expect(buildRows(PLATFORMS, { total: 521, sort: 'none' }).rows[0]!.share).to.equal(261 / 521);
  });

  it("uses the source's total row as the total", () => {
    const model = buildRows(PLATFORMS, { sort: 'none', totalRow: { label: 'Total', value: 600, where: 'Row 10' } });
    expect(model.total).to.equal(600);
    expect(model.overlap).to.equal(false);
    expect(buildRows(PLATFORMS, { sort: 'none', totalRow: { label: 'Total', value: 521, where: 'Row 10' } }).overlap).to.equal(true);
  });

  it('has no whole for a sum that is not positive (changes), nor for all zeros', () => {
    const model = buildRows([{ label: 'a', value: -3 }, { label: 'b', value: 1 }], { kind: 'donut', sort: 'none' });
    expect(model.sum).to.equal(-2);
    expect(model.total).to.equal(null);
    expect(model.rows.map((r) => r.share)).to.deep.equal([null, null]);
    const zeros = buildRows([{ label: 'a', value: 0 }], { kind: 'donut', sort: 'desc' });
    expect(zeros.total).to.equal(null);
    expect(zeros.rows[0]!.share).to.equal(null);
  });

  it('gives a donut of percentages shares of 100', () => {
    const model = buildRows([{ label: 'a', value: 47.7 }, { label: 'b', value: 30 }], { kind: 'donut', rates: true, sort: 'none' });
    expect(model.total).to.equal(100);
    expect(model.rows[0]!.share).to.be.closeTo(0.477, 1e-12);
  });

  it('keeps periods in their order unless a sort is given', () => {
    const years = [
      { label: '2014/15', value: 120 },
      { label: '2015/16', value: 153 },
      { label: '2016/17', value: 248 },
    ];
    const model = buildRows(years, { sort: null });
    expect(model.periods).to.equal(true);
    expect(model.rows.map((r) => r.label)).to.deep.equal(['2014/15', '2015/16', '2016/17']);
    expect(buildRows(years, { sort: 'desc' }).rows.map((r) => r.label)).to.deep.equal(['2016/17', '2015/16', '2014/15']);
    expect(buildRows(PLATFORMS, { sort: null }).rows[0]!.label).to.equal('Facebook');
    expect(buildRows(PLATFORMS, { sort: null }).periods).to.equal(false);
  });

  it('sorts stably, keeping input order for ties', () => {
    const data = [
      { label: 'a', value: 1 },
      { label: 'b', value: 3 },
      { label: 'c', value: 1 },
      { label: 'd', value: 3 },
    ];
    expect(buildRows(data, { sort: 'desc' }).rows.map((r) => r.label)).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(buildRows(data, { sort: 'asc' }).rows.map((r) => r.label)).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(buildRows(data, { sort: 'none' }).rows.map((r) => r.label)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('keeps the remainder last even when it is the largest', () => {
    const model = buildRows([{ label: 'a', value: 1 }], { total: 100, remainderLabel: 'Rest', sort: 'desc' });
    expect(model.rows.map((r) => r.label)).to.deep.equal(['a', 'Rest']);
  });

  it('handles empty data', () => {
    expect(buildRows([], { total: 10, remainderLabel: 'All', sort: 'desc' }).rows.map((r) => r.value)).to.deep.equal([10]);
    expect(buildRows([], { sort: 'desc' })).to.deep.equal({ rows: [], total: null, sum: 0, overlap: false, remainder: null, periods: false, rates: false });
  });
});

describe('parseTotal / parseSort / parseValueFormat', () => {
  it('reads a positive total only', () => {
    expect(parseTotal('521')).to.equal(521);
    expect(parseTotal(' 1,234 ')).to.equal(1234);
    expect(parseTotal(521)).to.equal(521);
    expect(parseTotal(' Sum ')).to.equal('sum');
    for (const bad of [null, undefined, '', '0', '-5', 'lots', 'Infinity', -1, NaN, {}]) expect(parseTotal(bad)).to.equal(null);
  });

  it('maps unknown strings to the defaults', () => {
    expect(parseSort('ASC')).to.equal('asc');
    expect(parseSort(' none ')).to.equal('none');
    expect(parseSort('biggest')).to.equal(null);
    expect(parseSort(null)).to.equal(null);
    expect(parseValueFormat('Both')).to.equal('both');
    expect(parseValueFormat('percent')).to.equal('percent');
    expect(parseValueFormat('pct')).to.equal('number');
    expect(parseValueFormat(undefined)).to.equal('number');
  });
});
