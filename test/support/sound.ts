/**
 * An AudioContext stand-in for the element's "Play as sound", installed as `window.AudioContext`:
 * real nodes from an OfflineAudioContext (the player's graph is built for real, no sound reaches
 * the machine) and a clock that moves `tick` seconds each time the player reads it (once per tick
 * of its timer). Audio time then passes the same however busy the machine is, so a test can
 * measure in it how long each part held focus.
 */
export class TickingContext {
  readonly inner = new OfflineAudioContext(2, 4410, 44100);
  state: AudioContextState = 'suspended';
  outputLatency = 0;
  /** Audio time now, without moving it. */
  clock = 0;
  constructor(readonly tick: number) {}
  get currentTime() {
    this.clock += this.tick;
    return this.clock;
  }
  get destination() {
    return this.inner.destination;
  }
  createOscillator() {
    return this.inner.createOscillator();
  }
  createGain() {
    return this.inner.createGain();
  }
  createStereoPanner() {
    return this.inner.createStereoPanner();
  }
  resume() {
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
