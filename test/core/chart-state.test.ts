import { expect } from '@open-wc/testing';
import { chartState } from '../../src/base/chart-state.js';
import { buildRows } from '../../src/core/model.js';
import type { Datum } from '../../src/core/types.js';

const model = (data: Datum[]) => buildRows(data, { sort: 'none' });

describe('chartState', () => {
  it('is loading while there is no result', () => {
    expect(chartState(null, null, null)).to.deep.equal({ state: 'loading', message: 'Loading data…' });
  });

  it('shows a parser error as it is', () => {
    const result = { ok: false as const, error: 'Entry 2 ("Snapchat: lots") has no number.' };
    expect(chartState(result, null, null)).to.deep.equal({ state: 'error', message: result.error });
  });

  it('is empty with no rows, or all zero', () => {
    expect(chartState({ ok: true, data: [] }, model([]), null).state).to.equal('empty');
    const zeros = [{ label: 'A', value: 0 }];
    expect(chartState({ ok: true, data: zeros }, model(zeros), null).state).to.equal('empty');
  });

  it('reports a drawing failure after good data', () => {
    const data = [{ label: 'A', value: 1 }];
    expect(chartState({ ok: true, data }, model(data), 'Could not load.')).to.deep.equal({
      state: 'error',
      message: 'Could not load.',
    });
  });
});
