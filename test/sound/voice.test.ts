import { expect } from '@open-wc/testing';
import type { Tone } from '../../src/sound/tones.js';
import { scheduleTone } from '../../src/sound/voice.js';

const RATE = 44100;

/** Renders tones (0.05 s into the buffer) offline: the samples Web Audio would play. */
async function render(tones: Tone[], seconds = 0.5) {
  const ctx = new OfflineAudioContext(2, Math.round(seconds * RATE), RATE);
  for (const tone of tones) scheduleTone(ctx, ctx.destination, tone, 0.05);
  const buffer = await ctx.startRendering();
  return [buffer.getChannelData(0), buffer.getChannelData(1)] as const;
}

const part = (samples: Float32Array, from: number, to: number) => samples.subarray(Math.round(from * RATE), Math.round(to * RATE));
const peak = (samples: Float32Array) => samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
const rms = (samples: Float32Array) => Math.sqrt(samples.reduce((s, x) => s + x * x, 0) / samples.length);
/** Cycles in the samples, counted as upward zero crossings. */
const cycles = (samples: Float32Array) => samples.reduce((n, x, i) => n + (i > 0 && samples[i - 1]! < 0 && x >= 0 ? 1 : 0), 0);

const tone = (start: number, frequency: number, pan: number, duration = 0.1): Tone => ({
  index: 0,
  seriesIndex: 0,
  start,
  duration,
  frequency,
  pan,
});

describe('scheduleTone', () => {
  it('sounds at its pitch, at its time, and is silent outside it', async () => {
    const [left] = await render([tone(0, 440, 0), tone(0.2, 880, 0)]);
    expect(peak(part(left, 0, 0.05))).to.be.below(1e-6);
    expect(peak(part(left, 0.151, 0.25))).to.be.below(1e-6);
    expect(peak(part(left, 0.351, 0.5))).to.be.below(1e-6);
    // the steady middle of each tone, 0.05 s long
    expect(cycles(part(left, 0.07, 0.12))).to.be.within(21, 23);
    expect(cycles(part(left, 0.27, 0.32))).to.be.within(43, 45);
  });

  it('is placed in stereo: panned left is louder left, and the far ear still hears it', async () => {
    const [left, right] = await render([tone(0, 440, -0.8), tone(0.2, 440, 0.8)]);
    const [l1, r1] = [rms(part(left, 0.07, 0.12)), rms(part(right, 0.07, 0.12))];
    const [l2, r2] = [rms(part(left, 0.27, 0.32)), rms(part(right, 0.27, 0.32))];
    expect(l1 / r1).to.be.within(3, 10);
    expect(r2 / l2).to.be.within(3, 10);
  });

  it('fades in and out: no click at either end, or anywhere', async () => {
    const [left] = await render([tone(0, 880, 0), tone(0.15, 220, 0, 0.03)]);
    // a hard switch would jump by up to the peak level (0.25) in one sample
    const jumps = left.reduce((m, x, i) => (i ? Math.max(m, Math.abs(x - left[i - 1]!)) : m), 0);
    expect(jumps).to.be.below(0.05);
    expect(peak(part(left, 0.05, 0.051))).to.be.below(0.03);
    expect(peak(part(left, 0.149, 0.15))).to.be.below(0.03);
    expect(peak(left)).to.be.within(0.1, 0.26);
    // a tone shorter than its ramps still ends silent
    expect(peak(part(left, 0.231, 0.5))).to.be.below(1e-6);
  });
});
