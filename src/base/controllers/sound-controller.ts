import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ToneSeries } from '../../sound/tones.js';
import type { SonifyPlayer } from '../../sound/player.js';
import { loadSound } from '../chunks.js';

/** The name the host's update is requested under when playing starts or stops. */
export const SOUND = 'sound';

type Host = ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/**
 * "Play as sound": the chart's series as tones, one part after another, each part announced (by
 * `onPart`, which moves focus to it, as an arrow key would) while it plays. Nothing plays by
 * itself; the same button or Escape stops it. The engine is a chunk loaded on the first click.
 */
export class SoundController implements ReactiveController {
  playing = false;
  /** Why sound could not play, shown to the reader; '' when it could. */
  message = '';
  #player: SonifyPlayer | null = null;
  readonly #host: Host;
  readonly #series: () => ToneSeries[];
  readonly #onPart: (part: number) => void;

  /** `onPart(part)`: parts numbered series by series, as the chart numbers them. */
  constructor(host: Host, series: () => ToneSeries[], onPart: (part: number) => void) {
    this.#host = host;
    this.#series = series;
    this.#onPart = onPart;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  readonly toggle = async (): Promise<void> => {
    if (this.playing) return this.stop();
    const module = await loadSound();
    this.#player ??= new module.SonifyPlayer();
    const series = this.#series();
    const across = Math.max(0, ...series.map((s) => s.values.length));
    this.#set(true, '');
    const result = await this.#player.play(module.toneSchedule(series), {
      onPart: (index, seriesIndex) => this.#onPart(seriesIndex * across + index),
      onEnd: () => this.#set(false, this.message),
    });
    if (!result.ok) this.#set(false, result.reason);
  };

  stop(): void {
    this.#player?.stop();
  }

  #set(playing: boolean, message: string): void {
    this.playing = playing;
    this.message = message;
    this.#host.requestUpdate(SOUND, null);
  }
}
