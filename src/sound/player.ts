/**
 * Plays a {@link toneSchedule} with Web Audio, telling its caller which part sounds when.
 * Nothing here makes a sound by itself: the audio context is made inside `play()` only, which an
 * element calls from a click, so browsers' autoplay rules are met and no page plays on load.
 */
import { scheduleLength, type Tone } from './tones.js';
import { scheduleTone } from './voice.js';

export type { Tone };

/** Why nothing plays, in words an element can show as they are. */
export const SOUND_MESSAGES = {
  unsupported: "This browser can't play sound.",
  blocked: "The browser didn't let the sound start.",
  empty: 'There are no values to play.',
} as const;

/** What {@link SonifyPlayer.play} did: started, or not and why (`reason`, from {@link SOUND_MESSAGES}). */
export type PlayResult = { ok: true } | { ok: false; reason: string };

/** What a caller hears about while a schedule plays. */
export interface PlayCallbacks {
  /** A tone reaches the ear: point `index` of series `seriesIndex` (once per tone, in order; gaps have none). */
  onPart?: (index: number, seriesIndex: number) => void;
  /** Playing is over, finished or stopped: once for every `play()` that returned `{ ok: true }`. */
  onEnd?: () => void;
}

/** Options for a {@link SonifyPlayer}. */
export interface SonifyPlayerOptions {
  /**
   * Makes the audio context, at most once per player (again only after {@link SonifyPlayer.close}),
   * inside the first `play()`. Returns null where there is no Web Audio. Tests pass a fake.
   */
  createContext?: () => AudioContext | null;
  /** How long to wait for a suspended context to resume before giving up, in ms (default 1000). */
  resumeTimeout?: number;
}

/** Seconds of tones handed to the audio thread ahead of its clock: rides out a busy main thread. */
const LOOKAHEAD = 0.3;
/** How often the main thread hands over tones and announces parts, in ms. */
const TICK_MS = 25;
/** The first tone starts this long after play(), in s, so that it isn't clipped. */
const LEAD = 0.05;
/** The time constant of the fade on stop(), in s: silent within ~20 ms, without a click. */
const FADE = 0.005;

interface Run {
  readonly ctx: AudioContext;
  readonly tones: readonly Tone[];
  readonly callbacks: PlayCallbacks;
  readonly end: number;
  out?: GainNode;
  /** The audio time the schedule's 0 is at. */
  at: number;
  /** Tones handed to the audio thread, and tones announced. */
  next: number;
  told: number;
  /** Oscillators that may still sound, to cut them on stop(). */
  sounding: { osc: OscillatorNode; end: number }[];
  timer?: ReturnType<typeof setTimeout>;
}

/** The browser's AudioContext (or Safari's old prefixed one), or null without Web Audio. */
function defaultContext(): AudioContext | null {
  const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return Ctor ? new Ctor() : null;
}

/**
 * Plays tone schedules, one at a time, on one lazily made `AudioContext`.
 *
 * ```ts
 * const player = new SonifyPlayer();
 * button.onclick = async () => {
 *   if (player.playing) return player.stop();
 *   const result = await player.play(toneSchedule(series), { onPart: highlight, onEnd: unpress });
 *   if (!result.ok) say(result.reason);
 * };
 * ```
 */
export class SonifyPlayer {
  readonly #createContext: () => AudioContext | null;
  readonly #resumeTimeout: number;
  #ctx: AudioContext | null = null;
  #run: Run | null = null;
  /** A suspend() on its way: play() waits for it, or it would suspend the new run. */
  #suspending: Promise<void> | null = null;

  constructor(options: SonifyPlayerOptions = {}) {
    this.#createContext = options.createContext ?? defaultContext;
    this.#resumeTimeout = options.resumeTimeout ?? 1000;
  }

  /** Whether a schedule is playing (or about to: from `play()` until `onEnd`). */
  get playing(): boolean {
    return this.#run !== null;
  }

  /**
   * Plays `tones`, stopping whatever played before (its `onEnd` fires first). Call it from a user
   * gesture: it makes or resumes the audio context. Resolves once sound is under way, or not.
   */
  async play(tones: readonly Tone[], callbacks: PlayCallbacks = {}): Promise<PlayResult> {
    this.stop();
    if (!tones.length) return { ok: false, reason: SOUND_MESSAGES.empty };
    const ctx = this.#context();
    if (!ctx) return { ok: false, reason: SOUND_MESSAGES.unsupported };
    const sorted = [...tones].sort((a, b) => a.start - b.start);
    const run: Run = { ctx, tones: sorted, callbacks, end: scheduleLength(sorted), at: 0, next: 0, told: 0, sounding: [] };
    this.#run = run;
    await this.#suspending;
    const resumed = ctx.state === 'running' || (await resumeWithin(ctx, this.#resumeTimeout));
    // Stopped (onEnd has fired) or restarted while the context woke up: that is a run that ended.
    if (this.#run !== run) return { ok: true };
    if (!resumed) {
      this.#run = null;
      return { ok: false, reason: SOUND_MESSAGES.blocked };
    }
    run.out = ctx.createGain();
    run.out.connect(ctx.destination);
    run.at = ctx.currentTime + LEAD;
    this.#tick(run);
    return { ok: true };
  }

  /** Stops at once (a fade of a few ms, no click); `onEnd` fires. Does nothing when not playing. */
  stop(): void {
    if (this.#run) this.#finish(this.#run, true);
  }

  /** Stops and lets go of the audio context (an element's disconnectedCallback); play() makes a new one. */
  async close(): Promise<void> {
    this.stop();
    const ctx = this.#ctx;
    this.#ctx = null;
    if (ctx && ctx.state !== 'closed') await ctx.close().catch(() => {});
  }

  #context(): AudioContext | null {
    if (this.#ctx?.state === 'closed') this.#ctx = null;
    try {
      this.#ctx ??= this.#createContext();
    } catch {
      // Browsers cap the number of contexts, and some privacy settings make the constructor throw.
      this.#ctx = null;
    }
    return this.#ctx;
  }

  // A timer, not requestAnimationFrame: frames stop in a background tab, while a tab that is
  // playing sound keeps its timers. Tones are timed by the audio clock; only announcing them
  // depends on the timer, so a late tick delays the words, never the sound.
  #tick(run: Run): void {
    const now = run.ctx.currentTime;
    while (run.next < run.tones.length && run.at + run.tones[run.next]!.start < now + LOOKAHEAD) {
      const tone = run.tones[run.next++]!;
      run.sounding.push({ osc: scheduleTone(run.ctx, run.out!, tone, run.at), end: run.at + tone.start + tone.duration });
    }
    while (run.sounding.length && run.sounding[0]!.end < now) run.sounding.shift();
    // What the ear gets now left the audio clock `outputLatency` ago: up to 0.2 s on Bluetooth.
    const heard = now - (run.ctx.outputLatency || 0);
    while (run.told < run.next && run.at + run.tones[run.told]!.start <= heard) {
      const tone = run.tones[run.told++]!;
      call(run.callbacks.onPart, tone.index, tone.seriesIndex);
      if (this.#run !== run) return; // onPart stopped or restarted playing
    }
    if (heard >= run.at + run.end) this.#finish(run, false);
    else run.timer = setTimeout(() => this.#tick(run), TICK_MS);
  }

  #finish(run: Run, cut: boolean): void {
    clearTimeout(run.timer);
    this.#run = null;
    const { ctx, out } = run;
    const now = ctx.currentTime;
    if (out && cut) {
      out.gain.setTargetAtTime(0, now, FADE);
      for (const { osc } of run.sounding) {
        try {
          osc.stop(now + 6 * FADE);
        } catch {
          // Old Safari throws on a second stop(): that tone has its end already.
        }
      }
    }
    // Once silent, let the audio device sleep unless playing started again: a running context
    // keeps it awake, and draining a phone's battery, even in silence.
    setTimeout(() => {
      out?.disconnect();
      if (!this.#run && ctx.state === 'running') {
        this.#suspending = ctx.suspend().catch(() => {}).finally(() => (this.#suspending = null));
      }
    }, 6 * FADE * 1000 + 50);
    call(run.callbacks.onEnd);
  }
}

/** ctx.resume(), or false if it fails or hangs (without a user gesture it can wait for ever). */
function resumeWithin(ctx: AudioContext, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    ctx.resume().then(
      () => resolve(ctx.state === 'running'),
      () => resolve(false),
    ).finally(() => clearTimeout(timer));
  });
}

/** A callback that throws is reported, without breaking the loop: the sound would never end. */
function call<A extends unknown[]>(fn: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    fn?.(...args);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
