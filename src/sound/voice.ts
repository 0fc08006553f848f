/**
 * One tone as Web Audio nodes. Apart from the player so that tests can render it in an
 * `OfflineAudioContext` and look at the samples: pitch, stereo place, and no clicks.
 */
import type { Tone } from './tones.js';

/** A tone's level: one tone sounds at a time, so this leaves ample headroom. */
const PEAK = 0.25;
/** Ramps in s: a wave switched on or off mid-swing clicks; 10 ms in and 30 ms out is heard as a clean note. */
const ATTACK = 0.01;
const RELEASE = 0.03;

/**
 * One tone into `out`, at audio time `at + tone.start`: an oscillator through a gain envelope and
 * a stereo panner. The oscillator is returned so that the player can cut it short.
 */
export function scheduleTone(ctx: BaseAudioContext, out: AudioNode, tone: Tone, at: number): OscillatorNode {
  const start = at + tone.start;
  const end = start + tone.duration;
  // Factory methods, not node constructors: Safari before 14.1 has only these.
  const osc = ctx.createOscillator();
  // A triangle wave, not a sine: its overtones keep low notes audible on phone and laptop speakers.
  osc.type = 'triangle';
  osc.frequency.value = tone.frequency;
  const gain = ctx.createGain();
  const edge = Math.min(ATTACK, tone.duration / 3);
  const tail = Math.min(RELEASE, tone.duration / 3);
  gain.gain.value = 0;
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(PEAK, start + edge);
  gain.gain.setValueAtTime(PEAK, end - tail);
  gain.gain.linearRampToValueAtTime(0, end);
  osc.connect(gain);
  // Safari before 14.1 has no StereoPannerNode either: it plays in the middle there.
  if (typeof ctx.createStereoPanner === 'function') {
    const panner = ctx.createStereoPanner();
    panner.pan.value = tone.pan;
    gain.connect(panner).connect(out);
  } else {
    gain.connect(out);
  }
  osc.start(start);
  osc.stop(end);
  return osc;
}
