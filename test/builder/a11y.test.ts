/**
 * The builder without a mouse and on a small screen: axe-core finds nothing, every control is
 * reached by Tab in the page's order and works from the keyboard, and it fits 320 px and 200% text.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FoiChartBuilder } from '../../src/builder/index.js';
import { focusPageOrSkip, orSkip, pressKey, quietly } from '../support/commands.js';
import { $, builder, choose, TSV, type } from './helpers.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The builder's own controls in document order: each a Tab stop (a radio group is one, its checked radio). */
function controls(b: FoiChartBuilder): Element[] {
  const found = Array.from(b.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button, [tabindex="0"]')).filter((el) => {
    if ((el as HTMLInputElement).disabled || el.closest('[aria-hidden="true"]') || !el.getClientRects().length) return false;
    return !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked);
  });
  // Some of them by name, so that a test looping over the list never passes over an empty one.
  expect(found.map((el) => el.id)).to.include.members(['paste', 'url', 'heading', 'value-column', 'level']);
  return found;
}

describe('<foi-chart-builder>: accessible', () => {
  it('axe-core finds no violations: empty, with data drawn, with a refusal, from a story', async function () {
    this.timeout(40000);
    const b = await builder();
    await expect(b).to.be.accessible();
    await type(b, '#paste', TSV);
    expect(b.previewChart!.getAttribute('state')).to.equal('ready');
    await expect(b).to.be.accessible();
    await type(b, '#paste', 'Year,Party,Votes\n2019,Labour,100\n2019,Green,50\n2024,Labour,120\n2024,Green,70');
    expect(b.previewChart!.getAttribute('state')).to.equal('error');
    await expect(b).to.be.accessible();
    await choose(b, '#preset', 'outcomes');
    $<HTMLInputElement>(b, 'input[name="kind"][value="column"]').click();
    await b.settled;
    await expect(b).to.be.accessible();
  });

  it('labels every control, and says things politely', async () => {
    const b = await builder();
    await type(b, '#paste', TSV);
    for (const el of controls(b)) {
      const named =
        (el as HTMLInputElement).labels?.length ||
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        (el.localName === 'button' && el.textContent!.trim());
      expect(named, el.outerHTML.slice(0, 80)).to.be.ok;
    }
    const live = b.shadowRoot!.querySelectorAll('[role="status"], [aria-live], [role="alert"]');
    expect(Array.from(live).map((el) => el.getAttribute('role'))).to.deep.equal(['status']);
  });

  it('a keyboard-only run: Tab reaches every control in the page’s order, and each kind of control works from the keys', async function () {
    this.timeout(60000);
    await focusPageOrSkip(this);
    const b = await builder();
    await type(b, '#paste', TSV);
    const wanted = controls(b);
    $(b, '#paste').focus();
    const reached: Element[] = [$(b, '#paste')];
    for (let i = 0; i < 200; i++) {
      await pressKey('Tab');
      if (document.activeElement !== b) break;
      const own = b.shadowRoot!.activeElement;
      // Where nothing follows the builder (WebKit's test page), Tab comes round to the first control again.
      if (own === reached[0]) break;
      // Inside a preview chart, its own parts and buttons are stops too: the chart is the builder's element then.
      if (own && !own.localName.includes('-') && reached.at(-1) !== own) reached.push(own);
    }
    expect(reached.map((el) => el.id || el.textContent!.trim().slice(0, 30))).to.deep.equal(wanted.map((el) => el.id || el.textContent!.trim().slice(0, 30)));

    // Radio buttons move with the arrows; check boxes toggle with Space; text takes typing; buttons take Enter.
    $<HTMLInputElement>(b, 'input[name="kind"]:checked').focus();
    await pressKey('ArrowDown');
    await b.settled;
    expect(b.previewChart!.localName).to.equal('foi-donut-chart');
    $(b, '#heading').focus();
    await sendKeys({ type: 'Votes' });
    await b.settled;
    expect(b.previewChart!.getAttribute('heading')).to.equal('Votes');
    const png = Array.from(b.shadowRoot!.querySelectorAll<HTMLInputElement>('.checks input[type="checkbox"]')).find((c) => c.parentElement!.textContent!.includes('Download image'))!;
    png.focus();
    await pressKey(' ');
    await b.settled;
    expect(b.previewChart!.getAttribute('actions')).to.equal('table csv png');
    $(b, '#level').focus();
    await pressKey('ArrowDown');
    await b.settled;
    expect($<HTMLSelectElement>(b, '#level').value).to.equal('top');
    expect(b.previewChart!.getAttribute('level')).to.equal('top');
    const copy = Array.from(b.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent!.trim() === 'Copy the tag')!;
    copy.focus();
    await pressKey('Enter');
    await new Promise((r) => setTimeout(r, 100));
    expect($(b, '[role="status"]').textContent).to.match(/^(Copied|Selected) the tag/);
  });
});

describe('<foi-chart-builder>: a wide screen', () => {
  after(() => quietly(() => setViewport({ width: 800, height: 600 })));

  it('keeps the preview beside the steps while choosing, and never over the copy step', async function () {
    await orSkip(this, () => setViewport({ width: 1280, height: 900 }));
    const b = await builder();
    await type(b, '#paste', TSV);
    const pane = $(b, '.preview > .pane');
    const choices = $(b, '.step.choices');
    const out = $(b, '.step.out');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      // Half way through the choices, the preview is still in the window, beside them.
      choices.scrollIntoView({ block: 'center' });
      await frame();
      const beside = pane.getBoundingClientRect();
      expect(beside.left, 'the preview is in its own column').to.be.at.least(choices.getBoundingClientRect().right);
      expect(beside.top, 'kept in view, at the top of the window').to.be.within(-1, 24);
      // At the copy step, which spans both columns, the preview has stayed above it.
      for (const block of ['start', 'center', 'end'] as const) {
        out.querySelector('textarea')!.scrollIntoView({ block });
        await frame();
        expect(pane.getBoundingClientRect().bottom, `scrolled to the copy step (${block})`).to.be.at.most(out.getBoundingClientRect().top + 0.5);
      }
    } finally {
      window.scrollTo(0, 0);
    }
  });
});

describe('<foi-chart-builder>: small screens and large text', () => {
  after(() => quietly(() => setViewport({ width: 800, height: 600 })));

  for (const [width, text] of [
    [320, '100%'],
    [640, '200%'],
  ] as const) {
    it(`fits ${width} px with ${text} text: nothing wider than the screen, every control within it`, async function () {
      await orSkip(this, () => setViewport({ width, height: 900 }));
      document.documentElement.style.fontSize = text;
      try {
        const b = await builder();
        await type(b, '#paste', TSV);
        await new Promise((r) => requestAnimationFrame(r));
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        for (const el of controls(b)) {
          const box = el.getBoundingClientRect();
          expect(box.right, el.id || el.outerHTML.slice(0, 60)).to.be.at.most(width + 0.5);
          expect(box.width, el.id).to.be.greaterThan(0);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }
});
