import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import type { FoiFocusDetail } from '../../src/events/index.js';
import { shadow } from '../elements/helpers.js';
import { focusPageOrSkip, orSkip, pressKey } from '../support/commands.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const focusedPart = (el: Element) => shadow(el).activeElement as HTMLElement | null;
/** What a screen reader speaks on a move: the focused part's name. */
const spoken = (el: Element) => focusedPart(el)?.getAttribute('aria-label') ?? '';

async function setup(template = html`<offence-platform-bar eager></offence-platform-bar>`) {
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button>${template}</div>`);
  const el = wrapper.querySelector('offence-platform-bar, case-outcome-donut, foi-bar-chart') as FoiChart;
  await el.rendered;
  (wrapper.querySelector('#before') as HTMLButtonElement).focus();
  return el;
}

describe('keyboard', () => {
  // Real key presses need CDP (Chromium) or a WebDriver that reaches the test's frame.
  before(async function () {
    await orSkip(this, () => sendKeys({ press: 'Shift' }));
  });
  // Firefox fires focus events only in the focused window; test files run in side-by-side windows.
  beforeEach(async function () {
    await focusPageOrSkip(this);
  });

  it('Tab reaches the chart; arrows, Home and End move; each move speaks the part once', async () => {
    const el = await setup();
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));

    await pressKey('Tab');
    expect(document.activeElement).to.equal(el);
    expect(focusedPart(el)!.dataset.index).to.equal('0');
    expect(spoken(el)).to.equal('Facebook: 261 cases, 50%. 1 of 8.');
    expect(events.at(-1)).to.deep.equal({ index: 0, label: 'Facebook', value: 261 });

    await pressKey('ArrowDown');
    await el.updateComplete;
    expect(focusedPart(el)!.dataset.index).to.equal('1');
    expect(spoken(el)).to.equal('Snapchat: 123 cases, 24%. 2 of 8.');
    expect(events.at(-1)).to.deep.equal({ index: 1, label: 'Snapchat', value: 123 });

    await pressKey('End');
    await el.updateComplete;
    expect(spoken(el)).to.equal('Twitter: 3 cases, 0.6%. 8 of 8.');
    await pressKey('ArrowRight'); // already last: stays
    expect(focusedPart(el)!.dataset.index).to.equal('7');
    await pressKey('Home');
    await el.updateComplete;
    expect(spoken(el)).to.equal('Facebook: 261 cases, 50%. 1 of 8.');
    await pressKey('ArrowUp'); // already first: stays
    expect(focusedPart(el)!.dataset.index).to.equal('0');

    // The focused bar is active in Chart.js (highlighted) and its tooltip shows.
    expect(el.chart!.getActiveElements().map((a) => a.index)).to.deep.equal([0]);
    const tooltip = () => shadow(el).querySelector<HTMLElement>('.tooltip');
    expect(tooltip()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Facebook 261 cases, 50%');
    expect(tooltip()!.getBoundingClientRect().height).to.be.greaterThan(10);
    await pressKey('Escape');
    await el.updateComplete;
    expect(tooltip()).to.equal(null);
    expect(el.chart!.getActiveElements()).to.have.length(0);
  });

  it('speaks a move once: no live region repeats the focused part', async () => {
    const el = await setup();
    await pressKey('Tab');
    // Key repeat, without the test runner's round trips between presses.
    for (let i = 0; i < 5; i++) {
      focusedPart(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await el.updateComplete;
    }
    expect(focusedPart(el)!.dataset.index).to.equal('5');
    expect(spoken(el)).to.equal('WhatsApp: 16 cases, 3%. 6 of 8.');
    await wait(300);
    const live = shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]');
    expect(Array.from(live).map((n) => n.textContent!.trim()).filter(Boolean)).to.deep.equal([]);
  });

  it('a click or tap on a bar selects it as focus does', async function () {
    // A real pointer click at page coordinates: Chromium only (WebDriver runs the test page in a
    // frame, where window coordinates are not the page's).
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    const el = await setup();
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));
    const bar = el.chart!.getDatasetMeta(0).data[1]!;
    const { x, y } = bar.getProps(['x', 'y'], true) as unknown as { x: number; y: number };
    const base = (bar.getProps(['base'], true) as unknown as { base: number }).base;
    const box = el.chart!.canvas.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + (x + base) / 2), Math.round(box.top + y)] });
    await el.updateComplete;
    expect(focusedPart(el)!.dataset.index).to.equal('1');
    expect(events.at(-1)).to.deep.equal({ index: 1, label: 'Snapchat', value: 123 });
    expect(shadow(el).querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Snapchat 123 cases, 24%');
    // The pointer leaves: the tooltip goes.
    await sendMouse({ type: 'move', position: [0, 0] });
    el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
  });

  it('is one tab stop: Tab leaves the chart in one press', async () => {
    const el = await setup();
    await pressKey('Tab');
    expect(focusedPart(el)).to.exist;
    await pressKey('ArrowDown');
    await pressKey('Tab');
    const active = shadow(el).activeElement;
    expect(active === null || !active.classList.contains('part')).to.equal(true);
  });

  it('every control inside shows the same focus ring (source link, buttons, legend)', async () => {
    const el = await setup(html`<case-outcome-donut eager source-href="https://example.org/foi"></case-outcome-donut>`);
    const seen: string[] = [];
    for (let i = 0; i < 14; i++) {
      // Not pressKey: the last presses may take focus out of the page, which is fine here.
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      if (!active || active.classList.contains('part')) continue;
      const style = getComputedStyle(active);
      expect(style.outlineStyle, active.outerHTML.slice(0, 60)).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      seen.push(active.localName);
    }
    expect(seen).to.include.members(['a', 'button']);
  });

  it('ignores arrow keys when the chart does not have focus', async () => {
    const el = await setup();
    await pressKey('ArrowDown');
    await wait(200);
    expect(focusedPart(el)).to.equal(null);
    expect(el.chart!.getActiveElements()).to.have.length(0);
  });

  it('shows a visible focus ring and a key hint while focused', async () => {
    const el = await setup();
    await pressKey('Tab');
    const part = focusedPart(el)!;
    const style = getComputedStyle(part);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineStyle).to.equal('solid');
    expect(part.getBoundingClientRect().width).to.be.greaterThan(10);
    const hint = shadow(el).querySelector('.hint')!;
    expect(getComputedStyle(hint).opacity).to.equal('1');
    expect(hint.textContent).to.contain('Arrow keys');
  });

  it('the donut legend buttons highlight their part', async () => {
    const el = await setup(html`<case-outcome-donut eager></case-outcome-donut>`);
    const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('[part~="legend"] button');
    expect(buttons).to.have.length(9);
    buttons[2]!.click();
    await el.updateComplete;
    expect(el.chart!.getActiveElements().map((a) => a.index)).to.deep.equal([2]);
    expect(buttons[2]!.getAttribute('aria-pressed')).to.equal('true');
  });
});
