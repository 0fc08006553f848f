import { expect } from '@open-wc/testing';
import { CHARACTERS_PER_SECOND, speakingTime } from '../../src/sound/pace.js';

describe('speakingTime', () => {
  it('counts characters at a screen reader\'s default rate, digits as the words they are said as, and a pause a sentence', () => {
    expect(speakingTime('')).to.equal(0);
    expect(speakingTime('pressed')).to.be.closeTo(7 / CHARACTERS_PER_SECOND + 0.25, 1e-9);
    // "261" is said as "two hundred and sixty-one": 3 digits count 12 characters.
    expect(speakingTime('A 261')).to.be.closeTo((2 + 12) / CHARACTERS_PER_SECOND + 0.25, 1e-9);
    expect(speakingTime('Two. Sentences.') - speakingTime('Two, sentences,')).to.be.closeTo(0.25, 1e-9);
    // A part's name, as the chart speaks it: about four seconds.
    expect(speakingTime('Facebook: 261 cases, 50%. 1 of 8.')).to.be.within(3, 5);
  });

  it('takes half the time at double speed', () => {
    expect(speakingTime('Snapchat: 123 cases, 24%. 2 of 8.', 2)).to.be.closeTo(speakingTime('Snapchat: 123 cases, 24%. 2 of 8.') / 2, 1e-9);
  });
});
