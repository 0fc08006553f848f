import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scheduleLength, toneSchedule, TONE_DEFAULTS, type Tone } from '../../src/sound/tones.js';

const one = (...values: (number | null)[]) => toneSchedule([{ values }]);
const pick = (tones: Tone[], key: keyof Tone) => tones.map((t) => t[key]);

describe('toneSchedule', () => {
  it('plays each point one step after the last, from the start', () => {
    const tones = one(3, 1, 2);
    expect(pick(tones, 'start')).to.deep.equal([0, 0.3, 0.6]);
    expect(pick(tones, 'index')).to.deep.equal([0, 1, 2]);
    expect(pick(tones, 'seriesIndex')).to.deep.equal([0, 0, 0]);
    for (const t of tones) expect(t.duration).to.be.closeTo(0.24, 1e-9);
  });

  it('maps the smallest value to the low pitch and the largest to the high one, musically between', () => {
    const [a, b, c] = one(0, 5, 10);
    expect(a!.frequency).to.be.closeTo(220, 1e-9);
    expect(c!.frequency).to.be.closeTo(880, 1e-9);
    // halfway in value is halfway in pitch: one octave up, not the arithmetic mean (550 Hz)
    expect(b!.frequency).to.be.closeTo(440, 1e-9);
  });

  it('takes other pitch bounds', () => {
    const tones = toneSchedule([{ values: [1, 2] }], { low: 300, high: 600 });
    expect(pick(tones, 'frequency')).to.deep.equal([300, 600]);
  });

  it('plays all-equal values at the middle pitch', () => {
    for (const t of one(7, 7, 7)) expect(t.frequency).to.be.closeTo(440, 1e-9);
    expect(one(-2)[0]!.frequency).to.be.closeTo(440, 1e-9);
  });

  it('handles negative values as low ones', () => {
    const tones = one(-10, 0, 10, -5);
    expect(tones[0]!.frequency).to.be.closeTo(220, 1e-9);
    expect(tones[1]!.frequency).to.be.closeTo(440, 1e-9);
    expect(tones[2]!.frequency).to.be.closeTo(880, 1e-9);
    expect(tones[3]!.frequency).to.be.within(220, 440);
  });

  it('leaves a gap for a missing value, while its time still passes', () => {
    const tones = toneSchedule([{ values: [1, null, 3, Number.NaN, 5] }]);
    expect(pick(tones, 'index')).to.deep.equal([0, 2, 4]);
    expect(pick(tones, 'start').map((s) => +s.toFixed(9))).to.deep.equal([0, 0.6, 1.2]);
  });

  it('waits before the first tone (lead), and after a tone whose name takes longer to say than a step (hold)', () => {
    const holds = [1.5, 0, 2];
    const tones = toneSchedule([{ values: [1, 2, 3, 4] }], { lead: 0.8, hold: (index, _series, order) => (expect(order).to.equal(index), holds[index] ?? 0) });
    // 0.8 to start; 1.5 s for the first name; a step for the second; 2 s for the third.
    expect(pick(tones, 'start').map((t) => +t.toFixed(9))).to.deep.equal([0.8, 2.3, 2.6, 4.6]);
    for (const t of tones) expect(t.duration).to.be.closeTo(0.24, 1e-9);
    // A gap has no name to wait for: it keeps its step.
    const gapped = toneSchedule([{ values: [1, null, 3] }], { hold: () => 1 });
    expect(pick(gapped, 'start').map((t) => +t.toFixed(9))).to.deep.equal([0, 1.3]);
  });

  it('is empty when there is nothing to play', () => {
    expect(toneSchedule([])).to.deep.equal([]);
    expect(toneSchedule([{ values: [] }])).to.deep.equal([]);
    expect(toneSchedule([{ values: [null, null] }, { values: [Infinity] }])).to.deep.equal([]);
    expect(scheduleLength([])).to.equal(0);
  });

  it('pans from left to right over the labels, the middle label in the centre', () => {
    expect(pick(one(1, 2, 3), 'pan')).to.deep.equal([-0.8, 0, 0.8]);
    expect(pick(toneSchedule([{ values: [1, 2] }], { spread: 1 }), 'pan')).to.deep.equal([-1, 1]);
    expect(one(4)[0]!.pan).to.equal(0);
  });

  it('plays several series one after another, a step of silence between, on one pitch scale', () => {
    const tones = toneSchedule([{ values: [1, 2] }, { values: [2, null, 4] }]);
    expect(pick(tones, 'seriesIndex')).to.deep.equal([0, 0, 1, 1]);
    expect(pick(tones, 'index')).to.deep.equal([0, 1, 0, 2]);
    expect(pick(tones, 'start').map((s) => +s.toFixed(9))).to.deep.equal([0, 0.3, 0.9, 1.5]);
    // the same value sounds the same in both series; the same label pans the same
    expect(tones[1]!.frequency).to.equal(tones[2]!.frequency);
    expect(tones[0]!.pan).to.equal(tones[2]!.pan);
    expect(tones[3]!.pan).to.equal(0.8);
  });

  it('shortens the step for many points to keep within the longest duration', () => {
    const values = Array.from({ length: 50 }, (_, i) => i);
    const tones = toneSchedule([{ values }]);
    expect(tones[1]!.start).to.be.closeTo(10 / 50, 1e-9);
    expect(tones.at(-1)!.start + tones[1]!.start).to.be.closeTo(TONE_DEFAULTS.maxDuration, 1e-9);
  });

  it('never steps faster than the shortest step, even if that takes longer', () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const tones = toneSchedule([{ values }]);
    expect(tones[1]!.start).to.be.closeTo(0.08, 1e-9);
    expect(scheduleLength(tones)).to.be.closeTo(999 * 0.08 + 0.064, 1e-6);
  });

  it('copes with a long series without overflowing the stack', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i % 7);
    expect(toneSchedule([{ values }])).to.have.length(200_000);
  });

  it('holds for any data: times rise, tones never overlap, pitch follows value, all in range', () => {
    // Whole numbers: with any doubles, two values a hair apart could share a pitch after rounding.
    const value = fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null });
    const series = fc.array(fc.record({ values: fc.array(value, { maxLength: 40 }) }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(series, (data) => {
        const tones = toneSchedule(data);
        const values = tones.map((t) => data[t.seriesIndex]!.values[t.index]!);
        expect(tones.length).to.equal(data.flatMap((s) => s.values).filter((v) => v !== null).length);
        tones.forEach((t, i) => {
          expect(t.frequency).to.be.within(220 - 1e-6, 880 + 1e-6);
          expect(t.pan).to.be.within(-0.8, 0.8);
          expect(t.duration).to.be.at.least(0.08 * 0.8 - 1e-12);
          const prev = tones[i - 1];
          if (!prev) return;
          expect(t.start).to.be.at.least(prev.start + prev.duration);
          for (let j = 0; j < i; j++) {
            const [a, b] = [values[j]!, values[i]!];
            if (a < b) expect(tones[j]!.frequency).to.be.below(t.frequency);
            if (a === b) expect(tones[j]!.frequency).to.equal(t.frequency);
          }
        });
        const slots = data.reduce((n, s) => n + s.values.length, 0) + data.length - 1;
        expect(scheduleLength(tones)).to.be.at.most(Math.max(10, slots * 0.08) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
