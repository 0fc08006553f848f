/**
 * AudioContext stand-ins for "Play as sound": real nodes from an OfflineAudioContext (the
 * player's graph is built for real, no sound reaches the machine) and a state that only changes
 * when asked; no user gesture is needed. Two clocks: `FakeContext` runs `speed` times faster than
 * the wall's; `TickingContext` moves `tick` seconds each time the player reads it (once per tick of
 * its timer), so audio time passes the same however busy the machine is.
 */
abstract class StandInContext {
  readonly inner = new OfflineAudioContext(2, 4410, 44100);
  state: AudioContextState = 'suspended';
  oscillators = 0;
  resumes = 0;
  /** Set to make resume() hang, as it does without a user gesture. */
  hang = false;
  outputLatency = 0;
  abstract get currentTime(): number;
  get destination() {
    return this.inner.destination;
  }
  createOscillator() {
    this.oscillators++;
    return this.inner.createOscillator();
  }
  createGain() {
    return this.inner.createGain();
  }
  createStereoPanner() {
    return this.inner.createStereoPanner();
  }
  resume() {
    this.resumes++;
    if (this.hang) return new Promise<void>(() => {});
    this.state = 'running';
    return Promise.resolve();
  }
  suspend() {
    this.state = 'suspended';
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }
}

/** A clock `speed` times faster than the wall's. */
export class FakeContext extends StandInContext {
  readonly #from = performance.now();
  constructor(readonly speed = 10) {
    super();
  }
  get currentTime() {
    return ((performance.now() - this.#from) / 1000) * this.speed;
  }
}

/** A clock that moves `tick` seconds on each read. */
export class TickingContext extends StandInContext {
  /** Audio time now, without moving it. */
  clock = 0;
  constructor(readonly tick: number) {
    super();
  }
  get currentTime() {
    this.clock += this.tick;
    return this.clock;
  }
}

/** Installs TickingContext as the page's AudioContext; returns the contexts made and an undo. */
export function tickingAudio(tick: number): { made: TickingContext[]; restore: () => void } {
  const w = window as unknown as { AudioContext: unknown };
  const real = w.AudioContext;
  const made: TickingContext[] = [];
  w.AudioContext = class {
    constructor() {
      made.push(new TickingContext(tick));
      return made.at(-1)!;
    }
  };
  return { made, restore: () => (w.AudioContext = real) };
}
