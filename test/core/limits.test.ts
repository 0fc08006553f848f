import { expect } from '@open-wc/testing';
import { MAX_CATEGORIES, MAX_LABEL_LENGTH } from '../../src/core/limits.js';

describe('limits', () => {
  it('has the documented limits', () => {
    expect(MAX_CATEGORIES).to.equal(500);
    expect(MAX_LABEL_LENGTH).to.equal(300);
  });
});
