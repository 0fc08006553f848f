import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToneSeries } from '../../sound/tones.js';
import type { SonifyPlayer } from '../../sound/player.js';
import { loadSound } from '../chunks.js';

/** The name the host's update is requested under when playing starts or stops. */
export const SOUND = 'sound';

type Host = ReactiveControllerHost & HTMLElement & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

export interface SoundOptions {
  /** What plays: every series, or the one series of rows. */
  series: () => ToneSeries[];
  /** Part `part` is playing (parts numbered series by series): focus it, as an arrow key would. */
  onPart: (part: number) => void;
  /**
   * What a screen reader says when focus moves to part `part`; `first`: coming into the parts
   * from outside (their group's name too).
   */
  spoken: (part: number, first: boolean) => string;
}

/** What a screen reader says as the button's state changes, before the first part is played. */
const PRESSED = 'pressed';

/**
 * "Play as sound": the chart's series as tones, one part after another, each part announced (by
 * `onPart`, which moves focus to it, as an arrow key would) while it plays. Each part holds focus
 * until a screen reader has said its name (sound/pace.ts): a new focus would cut it short; and
 * the first waits until the button's new state ("pressed") has been said. Double speed halves
 * both for readers who listen faster. Nothing plays by itself; the same button stops, and Escape
 * stops and returns focus to that button. The engine is a chunk loaded on the first click.
 */
export class SoundController implements ReactiveController {
  playing = false;
  /** Double speed: tones and names at twice the pace (for readers whose screen reader speaks fast). */
  fast = false;
  /** Why sound could not play, shown to the reader; '' when it could. */
  message = '';
  #player: SonifyPlayer | null = null;
  /** The button that started playing: Escape returns focus there. */
  #returnTo: HTMLElement | null = null;
  readonly #host: Host;
  readonly #options: SoundOptions;
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.playing) return;
    event.preventDefault();
    this.stop();
    this.#returnTo?.focus();
  };

  constructor(host: Host, options: SoundOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.stop();
  }

  readonly toggle = async (event?: Event): Promise<void> => {
    if (this.playing) return this.stop();
    this.#returnTo = (event?.currentTarget as HTMLElement | null) ?? null;
    // Pressed at once, while focus is still on the button: a screen reader says so.
    this.#set(true, '');
    const module = await loadSound();
    if (!this.playing) return; // stopped while the engine loaded
    this.#player ??= new module.SonifyPlayer();
    const series = this.#options.series();
    const across = Math.max(0, ...series.map((s) => s.values.length));
    const rate = this.fast ? 2 : 1;
    const tones = module.toneSchedule(series, {
      step: module.TONE_DEFAULTS.step / rate,
      lead: module.speakingTime(PRESSED, rate),
      hold: (index, seriesIndex, order) => module.speakingTime(this.#options.spoken(seriesIndex * across + index, order === 0), rate),
    });
    const result = await this.#player.play(tones, {
      onPart: (index, seriesIndex) => this.#options.onPart(seriesIndex * across + index),
      onEnd: () => this.#set(false, this.message),
    });
    if (!result.ok) this.#set(false, result.reason);
  };

  readonly toggleFast = (): void => {
    this.fast = !this.fast;
    this.#host.requestUpdate(SOUND, null);
  };

  /** Stops playing (its end resets the button); before the engine has started, resets it here. */
  stop(): void {
    if (this.#player?.playing) this.#player.stop();
    else if (this.playing) this.#set(false, '');
  }

  #set(playing: boolean, message: string): void {
    this.playing = playing;
    this.message = message;
    this.#host.requestUpdate(SOUND, null);
  }
}
