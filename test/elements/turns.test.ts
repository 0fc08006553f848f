import { expect } from '@open-wc/testing';
import { nextTurn, turnFor } from '../../src/base/turns.js';

describe('turns and frames (performance)', () => {
  it('runs work given a turn of its own between the turns asked for before and after it', async () => {
    const order: string[] = [];
    const before = nextTurn().then(() => order.push('before'));
    turnFor(() => order.push('work'));
    turnFor(() => {
      throw new Error('a failed preparation');
    });
    const after = nextTurn().then(() => order.push('after'));
    await Promise.all([before, after]);
    expect(order).to.deep.equal(['before', 'work', 'after']);
    // The failure did not break the queue for later callers.
    await nextTurn();
  });
});
