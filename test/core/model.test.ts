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

  it('uses the sum when no valid total is given', () => {
    for (const total of [undefined, null, 0, -5, NaN, Infinity]) {
      const model = buildRows(PLATFORMS, { total, sort: 'none' });
      expect(model.total).to.equal(544);
      expect(model.overlap).to.equal(false);
    }
  });

  it('uses the sum of absolute values when the sum is not positive', () => {
    const model = buildRows([{ label: 'a', value: -3 }, { label: 'b', value: 1 }], { sort: 'none' });
    expect(model.sum).to.equal(-2);
    expect(model.total).to.equal(4);
    expect(model.rows.map((r) => r.share)).to.deep.equal([-0.75, 0.25]);
    const zeros = buildRows([{ label: 'a', value: 0 }], { sort: 'desc' });
    expect(zeros.total).to.equal(0);
    expect(zeros.rows[0].share).to.equal(0);
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
    expect(buildRows([], { sort: 'desc' })).to.deep.equal({ rows: [], total: 0, sum: 0, overlap: false, remainder: null });
  });
});

describe('parseTotal / parseSort / parseValueFormat', () => {
  it('reads a positive total only', () => {
    expect(parseTotal('521')).to.equal(521);
    expect(parseTotal(' 1,234 ')).to.equal(1234);
    for (const bad of [null, undefined, '', '0', '-5', 'lots', 'Infinity']) expect(parseTotal(bad)).to.equal(null);
  });

  it('maps unknown strings to the defaults', () => {
    expect(parseSort('ASC')).to.equal('asc');
    expect(parseSort(' none ')).to.equal('none');
    expect(parseSort('biggest')).to.equal('desc');
    expect(parseSort(null)).to.equal('desc');
    expect(parseValueFormat('Both')).to.equal('both');
    expect(parseValueFormat('percent')).to.equal('percent');
    expect(parseValueFormat('pct')).to.equal('number');
    expect(parseValueFormat(undefined)).to.equal('number');
  });
});
