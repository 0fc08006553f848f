/**
 * "Play as sound" at a pace a screen reader can keep: each part keeps focus until its name has
 * been said (src/sound/pace.ts), so the next move never cuts it short; the button's new state is
 * said before focus leaves it; double speed halves the wait; Escape stops and returns focus to
 * the button. Audio time comes from a stand-in clock that moves a fixed step per tick of the
 * player (test/support/sound.ts): how long each name had is measured in it, whatever the load.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { speakingTime } from '../../src/sound/pace.js';
import { flat, shadow } from '../elements/helpers.js';
import { focusPageOrSkip, pressKey, stillFocusedOrSkip } from '../support/commands.js';
import { tickingAudio, type TickingContext } from '../support/sound.js';

/** Audio seconds the stand-in clock moves per tick of the player (25 ms of the wall's). */
const TICK = 0.2;

const button = (el: Element, name: string) =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')).find((b) => flat(b.textContent) === name)!;

interface Move {
  /** Audio time of the move. */
  at: number;
  /** The focused part's name. */
  name: string;
  /** What a screen reader says on it: the part's name (and, first, its group's). */
  said: string;
}

/** The running test's context, for play() to skip it when the window lost focus. */
let skipTest: Mocha.Context | null = null;

/** Presses "Play as sound" and records each move until playing ends: when, and what was said. */
async function play(el: FoiChart, audio: { made: TickingContext[] }) {
  const moves: Move[] = [];
  let pressedOnButton = false;
  const sound = button(el, 'Play as sound');
  const record = () => {
    const part = shadow(el).activeElement as HTMLElement;
    const name = part.getAttribute('aria-label')!;
    const group = moves.length ? '' : `${part.parentElement!.getAttribute('aria-label')} `;
    moves.push({ at: audio.made.at(-1)!.clock, name, said: `${group}${name}` });
  };
  el.addEventListener('foi-focus', record);
  // Firefox sends focus events only to the focused window: a test file opening beside it may take it.
  let blurred = false;
  const onBlur = () => (blurred = true);
  window.addEventListener('blur', onBlur);
  const pressed = new MutationObserver(() => {
    if (sound.getAttribute('aria-pressed') === 'true') pressedOnButton = shadow(el).activeElement === sound;
  });
  pressed.observe(sound, { attributes: true, attributeFilter: ['aria-pressed'] });
  sound.focus();
  stillFocusedOrSkip();
  sound.click();
  const end = performance.now() + 15000;
  const pause = () => new Promise((r) => setTimeout(r, 20));
  while (sound.getAttribute('aria-pressed') !== 'true' && performance.now() < end) await pause();
  while (sound.getAttribute('aria-pressed') === 'true' && performance.now() < end) await pause();
  el.removeEventListener('foi-focus', record);
  window.removeEventListener('blur', onBlur);
  pressed.disconnect();
  if (blurred || !document.hasFocus()) skipTest?.skip();
  return { moves, pressedOnButton, finished: sound.getAttribute('aria-pressed') === 'false' };
}

async function chart() {
  const wrapper = await fixture<HTMLElement>(
    html`<div><foi-bar-chart eager actions="table sound" unit="vote|votes" values="Labour: 20; Green: 10; Other: 5"></foi-bar-chart></div>`,
  );
  const el = wrapper.firstElementChild as FoiChart;
  await el.rendered;
  await el.updateComplete;
  return el;
}

describe('"Play as sound" at the pace of a screen reader', () => {
  let audio: ReturnType<typeof tickingAudio> | null = null;
  beforeEach(async function () {
    skipTest = this;
    await focusPageOrSkip(this);
    audio = tickingAudio(TICK);
  });
  afterEach(() => {
    audio?.restore();
    audio = null;
  });

  it('plays every part once, in order, and each keeps focus until its name has been said', async function () {
    this.timeout(20000);
    const el = await chart();
    const { moves, pressedOnButton, finished } = await play(el, audio!);
    expect(finished, 'playing ends by itself').to.equal(true);
    expect(moves.map((m) => m.name)).to.deep.equal(['Labour: 20 votes. 1 of 3.', 'Green: 10 votes. 2 of 3.', 'Other: 5 votes. 3 of 3.']);
    // The button says "pressed" while it still has focus, and focus leaves it only once that is said.
    expect(pressedOnButton, 'pressed while focus is on the button').to.equal(true);
    expect(moves[0]!.at, 'time to say "pressed" before the first move').to.be.at.least(speakingTime('pressed') - TICK);
    // Each name, the group's with the first, is said in full before focus moves on.
    for (let i = 0; i + 1 < moves.length; i++) {
      const had = moves[i + 1]!.at - moves[i]!.at;
      expect(had, `"${moves[i]!.said}" had ${had.toFixed(2)} s`).to.be.at.least(speakingTime(moves[i]!.said) - TICK);
    }
  });

  it('double speed halves the wait, for readers who listen faster', async function () {
    this.timeout(20000);
    const el = await chart();
    const fast = button(el, 'Double speed');
    expect(fast.getAttribute('aria-pressed')).to.equal('false');
    fast.click();
    await el.updateComplete;
    expect(fast.getAttribute('aria-pressed')).to.equal('true');
    const { moves } = await play(el, audio!);
    expect(moves).to.have.length(3);
    for (let i = 0; i + 1 < moves.length; i++) {
      const had = moves[i + 1]!.at - moves[i]!.at;
      // Half the time, give or take the clock's ticks (a move is seen on the tick after it), not merely less than the whole.
      expect(had, `"${moves[i]!.said}" at double speed had ${had.toFixed(2)} s`).to.be.within(speakingTime(moves[i]!.said, 2) - TICK, speakingTime(moves[i]!.said, 2) + 2 * TICK);
    }
  });

  it('Escape stops playing and returns focus to the button', async function () {
    this.timeout(20000);
    const el = await chart();
    const sound = button(el, 'Play as sound');
    const moved = new Promise<boolean>((resolve) => el.addEventListener('foi-focus', () => resolve(true), { once: true }));
    sound.focus();
    stillFocusedOrSkip();
    sound.click();
    const arrived = await Promise.race([moved, new Promise<boolean>((r) => setTimeout(() => r(false), 8000))]);
    // Firefox sends focus events only to the focused window: a test file beside it may take it.
    stillFocusedOrSkip();
    expect(arrived, 'the first part is played').to.equal(true);
    expect((shadow(el).activeElement as HTMLElement).classList.contains('part'), 'focus on the part being played').to.equal(true);
    await pressKey('Escape');
    await el.updateComplete;
    expect(sound.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).activeElement === sound, 'focus back on "Play as sound"').to.equal(true);
  });
});
