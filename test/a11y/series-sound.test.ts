/**
 * "Play as sound" on a chart of several series, as a reader meets it: a toggle button; playing
 * moves focus to each point as its tone sounds (so a screen reader says it), series by series,
 * every point once and in order (a gap has no tone); Escape on a point stops; where the browser
 * won't play, the reader is told why. Pressed with a real pointer click where the test runner
 * can (Chromium, Firefox: it is a user gesture, which audio needs), else with click().
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/all.js';
import { focusPageOrSkip, stillFocusedOrSkip } from '../support/commands.js';
import { tickingAudio } from '../support/sound.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import type { FoiFocusDetail } from '../../src/events/index.js';
import { SOUND_MESSAGES } from '../../src/sound/player.js';
import { flat, shadow } from '../elements/helpers.js';

const GAPPED = 'Year: North, South; 2019: 10, 20; 2020: 12, ..; 2021: 15, 24';
// WebKit's WebDriver runs the test page in a frame, where window coordinates are not the page's.
const isWebKit = !/Chrome|Firefox/.test(navigator.userAgent);

const soundButton = (el: Element) =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')).find((b) => flat(b.textContent) === 'Play as sound');
const status = (el: Element) => shadow(el).querySelector('[part~="actions"] [role="status"], [role="status"]');

async function setup() {
  const wrapper = await fixture<HTMLElement>(html`<div><foi-line-chart eager unit="report|reports" actions="table csv sound" values=${GAPPED}></foi-line-chart></div>`);
  const el = wrapper.firstElementChild as FoiChart;
  await el.rendered;
  // A chart drawn before its width was measured is drawn again, taller, a frame later (see
  // 'rendered' in series-media.test.ts): the button moves down. Wait for the layout readers get.
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  await el.rendered;
  return el;
}

/** Presses the button: a real click where the runner can aim one (a user gesture), else click(). */
async function pressButton(button: HTMLButtonElement) {
  if (!isWebKit) {
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
  } else {
    button.click();
  }
}

/** Waits until `done()` or `ms` pass; true if done. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return done();
}

describe('"Play as sound" on a line chart', () => {
  // Playing moves focus to each point: Firefox delivers focus only in the focused window, and
  // test files run side by side in windows (as in keyboard.test.ts).
  beforeEach(async function () {
    await focusPageOrSkip(this);
  });
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] }).catch(() => {});
  });

  it('is a toggle button, not pressed, among the chart\'s controls, and nothing plays by itself', async () => {
    const el = await setup();
    const button = soundButton(el);
    expect(button, 'a "Play as sound" button').to.exist;
    expect(button!.getAttribute('aria-pressed')).to.equal('false');
    expect(button!.type).to.equal('button');
    await new Promise((r) => setTimeout(r, 300));
    expect(button!.getAttribute('aria-pressed')).to.equal('false');
    expect(status(el)).to.equal(null);
    // Not offered unless asked for.
    const plain = await fixture<FoiChart>(html`<foi-line-chart eager values=${GAPPED}></foi-line-chart>`);
    await plain.rendered;
    expect(soundButton(plain)).to.equal(undefined);
  });

  it('pressed, with the browser\'s own audio: plays, from the first point; or says why it cannot', async function () {
    this.timeout(15000);
    const el = await setup();
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));
    const button = soundButton(el)!;
    await pressButton(button);
    // Pressed at once: the button says so while the audio starts.
    expect(await until(() => button.getAttribute('aria-pressed') === 'true', 1000), 'pressed while starting').to.equal(true);
    // Each point waits for its name to be said (sound-pace.test.ts): the first is enough here.
    await until(() => events.length > 0 || button.getAttribute('aria-pressed') === 'false', 5000);
    if (!events.length) {
      // The browser did not start audio: the reader is told so, in a status message, and the
      // button is not left pressed. (Firefox and WebKit here: the runner cannot press the
      // button with a gesture they accept for audio, and click() is not one.)
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const message = status(el);
      expect(message, 'a message saying why nothing played').to.exist;
      expect(message!.getAttribute('role')).to.equal('status');
      expect(flat(message!.textContent)).to.equal(SOUND_MESSAGES.blocked);
      this.skip();
    }
    expect(events.map((e) => `${e.series} ${e.label}`)).to.deep.equal(['North 2019']);
    expect(status(el)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    expect(await until(() => button.getAttribute('aria-pressed') === 'false', 1000), 'Escape stops').to.equal(true);
  });

  it('plays every point once, in order, series by series, moving focus to each (a gap has no tone)', async function () {
    this.timeout(15000);
    const audio = tickingAudio(0.25);
    try {
      const el = await setup();
      const events: FoiFocusDetail[] = [];
      el.addEventListener('foi-focus', (e) => events.push(e.detail));
      const button = soundButton(el)!;
      button.click();
      await until(() => button.getAttribute('aria-pressed') === 'true', 1000);
      expect(await until(() => button.getAttribute('aria-pressed') === 'false', 10000), 'playing ends by itself').to.equal(true);
      // A window opened beside this one while it played took the focus: Firefox then delivers no
      // focus events, so the points played after it were never announced here (CI, 2026-12-08).
      stillFocusedOrSkip();
      // North has three, South two (a gap in 2020). Parts are numbered series by series: South 2019 is 3.
      expect(events.map((e) => e.index)).to.deep.equal([0, 1, 2, 3, 5]);
      expect(events.map((e) => `${e.series} ${e.label}`)).to.deep.equal(['North 2019', 'North 2020', 'North 2021', 'South 2019', 'South 2021']);
      // Playing over, focus stays on the last point played: the reader can arrow on from there.
      expect((shadow(el).activeElement as HTMLElement | null)?.dataset.index).to.equal('5');
    } finally {
      audio.restore();
    }
  });

  it('Escape on the point being played stops and returns focus to the button, not pressed again', async function () {
    this.timeout(15000);
    const el = await setup();
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));
    const button = soundButton(el)!;
    await pressButton(button);
    // No audio in this engine (the browser did not let it start): see the test above.
    if (!(await until(() => events.length >= 1 || !!status(el), 3000)) || !events.length) this.skip();
    expect(events[0]!.index).to.equal(0);
    // Focus is on the point being played (on a busy machine the next may already have started).
    expect((shadow(el).activeElement as HTMLElement).dataset.index).to.equal(String(events.at(-1)!.index));
    await sendKeys({ press: 'Escape' });
    expect(await until(() => button.getAttribute('aria-pressed') === 'false', 1000), 'Escape stops playing').to.equal(true);
    expect(shadow(el).activeElement === button, 'focus back on the button that started it').to.equal(true);
    const heard = events.length;
    await new Promise((r) => setTimeout(r, 900));
    expect(events.length, 'no point is played after Escape').to.equal(heard);
    expect(heard).to.be.below(5);
  });
});
