import { expect } from '@open-wc/testing';
import { SonifyPlayer, SOUND_MESSAGES, type PlayCallbacks } from '../../src/sound/player.js';
import { toneSchedule } from '../../src/sound/tones.js';
import { FakeContext } from '../support/sound.js';

/** A player on fake contexts, with the contexts it made. */
function setup(speed = 10) {
  const made: FakeContext[] = [];
  const player = new SonifyPlayer({
    createContext: () => {
      made.push(new FakeContext(speed));
      return made.at(-1) as unknown as AudioContext;
    },
    resumeTimeout: 100,
  });
  return { player, made };
}

/** Callbacks that record what they hear; `ended` resolves on the first onEnd. */
function listen(extra: Partial<PlayCallbacks> = {}) {
  const parts: [number, number][] = [];
  let ends = 0;
  let done!: () => void;
  const ended = new Promise<void>((resolve) => (done = resolve));
  const callbacks: PlayCallbacks = {
    onPart: (index, seriesIndex) => {
      parts.push([index, seriesIndex]);
      extra.onPart?.(index, seriesIndex);
    },
    onEnd: () => {
      ends++;
      done();
    },
  };
  return { parts, callbacks, ended, ends: () => ends };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const series = [{ values: [1, null, 3, 2] }, { values: [5, 4] }];

describe('SonifyPlayer', () => {
  it('makes no audio context until play, then one for every play', async () => {
    const { player, made } = setup();
    expect(made).to.have.length(0);
    expect(player.playing).to.equal(false);
    const tones = toneSchedule([{ values: [1] }], { step: 0.1 });
    for (let i = 0; i < 2; i++) {
      const heard = listen();
      expect(await player.play(tones, heard.callbacks)).to.deep.equal({ ok: true });
      await heard.ended;
    }
    expect(made).to.have.length(1);
  });

  it('makes no AudioContext of the browser on construction either', async () => {
    const w = window as unknown as { AudioContext: unknown };
    const real = w.AudioContext;
    let constructed = 0;
    w.AudioContext = class {
      constructor() {
        constructed++;
        return new FakeContext();
      }
    };
    try {
      const player = new SonifyPlayer();
      await wait(30);
      expect(constructed).to.equal(0);
      const heard = listen();
      await player.play(toneSchedule([{ values: [1] }], { step: 0.1 }), heard.callbacks);
      expect(constructed).to.equal(1);
      await heard.ended;
    } finally {
      w.AudioContext = real;
    }
  });

  it('announces every point that has a value, in order, then ends once', async () => {
    const { player, made } = setup();
    const heard = listen();
    const result = await player.play(toneSchedule(series, { step: 0.1 }), heard.callbacks);
    expect(result.ok).to.equal(true);
    expect(player.playing).to.equal(true);
    await heard.ended;
    expect(heard.parts).to.deep.equal([[0, 0], [2, 0], [3, 0], [0, 1], [1, 1]]);
    expect(made[0]!.oscillators).to.equal(5);
    expect(player.playing).to.equal(false);
    await wait(100);
    expect(heard.ends()).to.equal(1);
  });

  it('announces each part when its tone starts on the audio clock', async () => {
    const { player, made } = setup(1);
    const times: number[] = [];
    const heard = listen({ onPart: () => times.push(made[0]!.currentTime) });
    await player.play(toneSchedule([{ values: [1, 2, 3, 4] }], { step: 0.1 }), heard.callbacks);
    await heard.ended;
    // 0.1 s apart on average; a single call may be late on a busy machine, but none is early
    // (by more than the first call's own lateness, up to a tick of the timer: 25 ms)
    // (The upper bound allows a loaded CI machine; 0.14 failed once at 0.1409.)
    expect((times[3]! - times[0]!) / 3).to.be.within(0.07, 0.2);
    times.forEach((t, i) => expect(t - (times[0]! + i * 0.1)).to.be.at.least(-0.03));
  });

  it('announces a part when it reaches the ear, after the output latency', async () => {
    const { player, made } = setup(1);
    let first = 0;
    const heard = listen({ onPart: () => (first ||= made[0]!.currentTime) });
    const playing = player.play(toneSchedule([{ values: [1] }], { step: 0.1 }), heard.callbacks);
    made[0]!.outputLatency = 0.2;
    await playing;
    const started = made[0]!.currentTime;
    await heard.ended;
    // the tone starts 0.05 s after play() on the audio clock, and is heard 0.2 s after that
    // (less the few ms that play() took to resolve)
    expect(first - started).to.be.within(0.2, 0.4);
  });

  it('stops at once: no more parts, onEnd once, and stop() again does nothing', async () => {
    const { player } = setup();
    const heard = listen({ onPart: () => player.stop() });
    await player.play(toneSchedule([{ values: [1, 2, 3, 4, 5, 6] }], { step: 0.1 }), heard.callbacks);
    await heard.ended;
    player.stop();
    await wait(150);
    expect(heard.parts).to.deep.equal([[0, 0]]);
    expect(heard.ends()).to.equal(1);
    expect(player.playing).to.equal(false);
  });

  it('stopped before any tone, still ends once', async () => {
    const { player } = setup();
    const heard = listen();
    const playing = player.play(toneSchedule(series), heard.callbacks);
    expect(player.playing).to.equal(true);
    player.stop();
    expect(await playing).to.deep.equal({ ok: true });
    await wait(100);
    expect(heard.parts).to.deep.equal([]);
    expect(heard.ends()).to.equal(1);
  });

  it('restarts when played while playing: the first run ends, the second plays through', async () => {
    const { player } = setup();
    const first = listen();
    await player.play(toneSchedule([{ values: [1, 2, 3, 4, 5, 6, 7, 8] }], { step: 0.1 }), first.callbacks);
    await wait(20);
    const second = listen();
    await player.play(toneSchedule([{ values: [3, 1] }], { step: 0.1 }), second.callbacks);
    expect(first.ends()).to.equal(1);
    await second.ended;
    await wait(100);
    expect(first.ends()).to.equal(1);
    expect(first.parts.length).to.be.below(8);
    expect(second.parts).to.deep.equal([[0, 0], [1, 0]]);
    expect(second.ends()).to.equal(1);
  });

  it('resumes a suspended context, and lets it sleep again after the end', async () => {
    const { player, made } = setup();
    const heard = listen();
    await player.play(toneSchedule([{ values: [1] }], { step: 0.1 }), heard.callbacks);
    expect(made[0]!.state).to.equal('running');
    await heard.ended;
    await wait(150);
    expect(made[0]!.state).to.equal('suspended');
    const again = listen();
    await player.play(toneSchedule([{ values: [1] }], { step: 0.1 }), again.callbacks);
    expect(made[0]!.resumes).to.equal(2);
    await again.ended;
  });

  it('says why when the context will not resume, and does not end what never started', async () => {
    const made: FakeContext[] = [];
    const player = new SonifyPlayer({
      createContext: () => (made.push(Object.assign(new FakeContext(), { hang: true })), made[0] as unknown as AudioContext),
      resumeTimeout: 50,
    });
    const heard = listen();
    expect(await player.play(toneSchedule(series), heard.callbacks)).to.deep.equal({ ok: false, reason: SOUND_MESSAGES.blocked });
    expect(player.playing).to.equal(false);
    expect(heard.ends()).to.equal(0);
  });

  it("says the browser can't play sound without Web Audio", async () => {
    const w = window as unknown as { AudioContext: unknown; webkitAudioContext?: unknown };
    const real = w.AudioContext;
    w.AudioContext = undefined;
    try {
      const result = await new SonifyPlayer().play(toneSchedule(series), listen().callbacks);
      expect(result).to.deep.equal({ ok: false, reason: "This browser can't play sound." });
    } finally {
      w.AudioContext = real;
    }
    const throwing = new SonifyPlayer({
      createContext: () => {
        throw new DOMException('too many', 'NotSupportedError');
      },
    });
    expect(await throwing.play(toneSchedule(series))).to.deep.equal({ ok: false, reason: SOUND_MESSAGES.unsupported });
  });

  it('has nothing to play for no values, and makes no context for it', async () => {
    const { player, made } = setup();
    const result = await player.play(toneSchedule([{ values: [null] }]));
    expect(result).to.deep.equal({ ok: false, reason: SOUND_MESSAGES.empty });
    expect(made).to.have.length(0);
  });

  it('keeps playing when a callback throws', async () => {
    const { player } = setup();
    const errors: unknown[] = [];
    const onerror = window.onerror;
    window.onerror = (e) => (errors.push(e), true);
    try {
      const heard = listen({
        onPart: () => {
          throw new Error('onPart threw on purpose (a test that playing goes on)');
        },
      });
      await player.play(toneSchedule([{ values: [1, 2] }], { step: 0.1 }), heard.callbacks);
      await heard.ended;
      expect(heard.parts).to.have.length(2);
      await wait(0);
      expect(errors).to.have.length(2);
    } finally {
      window.onerror = onerror;
    }
  });

  it('close() lets go of the context; the next play makes a new one', async () => {
    const { player, made } = setup();
    const heard = listen();
    await player.play(toneSchedule(series, { step: 0.1 }), heard.callbacks);
    await player.close();
    expect(heard.ends()).to.equal(1);
    expect(made[0]!.state).to.equal('closed');
    const again = listen();
    await player.play(toneSchedule([{ values: [1] }], { step: 0.1 }), again.callbacks);
    await again.ended;
    expect(made).to.have.length(2);
  });
});
