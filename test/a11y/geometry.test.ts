/**
 * Every word of the chart where a reader can see it: inside the chart's box and never drawn
 * over another word, in every kind, on a phone, with the WCAG 1.4.12 text spacing and larger
 * text (1.4.4, 1.4.10, 1.4.12), and in the donut's bar view. Boxes, not screenshots: the checks
 * hold whatever fonts the machine has.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { nextFrame, shadow } from '../elements/helpers.js';
import { chartWords, wordFaults } from '../support/geometry.js';

const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Waits until the chart has drawn and its words have followed the drawing. */
async function drawn(el: FoiChart) {
  await el.rendered;
  await frames();
  await el.updateComplete;
}

const actionButton = (el: FoiChart, text: RegExp) =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')).find((b) => text.test(b.textContent!))!;

describe('"Show as bars": the bar view keeps its words', () => {
  for (const [name, template] of [
    ['<case-outcome-donut>', html`<div style="width: 800px"><case-outcome-donut eager></case-outcome-donut></div>`],
    [
      '<foi-donut-chart actions="… bars">',
      html`<div style="width: 800px"><foi-donut-chart eager actions="table bars" values="Charged: 60; Cautioned: 25; No further action: 300; Under investigation: 40; Other: 5"></foi-donut-chart></div>`,
    ],
  ] as const) {
    it(`${name}: as many category words as parts, each inside the figure; the button says what it will do next`, async () => {
      const wrapper = await fixture<HTMLElement>(template);
      const el = wrapper.firstElementChild as FoiChart;
      await drawn(el);
      const button = actionButton(el, /Show as bars/);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const before = getComputedStyle(button).borderTopWidth;
      button.click();
      await drawn(el);
      const parts = shadow(el).querySelectorAll('.part').length;
      expect(parts).to.be.greaterThan(2);
      const words = chartWords(el);
      expect(words.filter((w) => w.kind === 'category'), 'category words').to.have.length(parts);
      expect(words.filter((w) => w.kind === 'value'), 'value words').to.have.length(parts);
      expect(words.filter((w) => w.kind === 'tick').length, 'axis ticks').to.be.greaterThan(1);
      expect(wordFaults(el)).to.deep.equal([]);
      const figure = shadow(el).querySelector('figure')!.getBoundingClientRect();
      for (const w of words) expect(w.box.left >= figure.left - 0.5 && w.box.right <= figure.right + 0.5, w.text).to.equal(true);
      // The same words as a <foi-bar-chart> of the same data, in the same order.
      const values = shadow(el).querySelectorAll('.part');
      expect(words.filter((w) => w.kind === 'category').map((w) => w.text)).to.deep.equal(
        Array.from(values, (p) => p.getAttribute('aria-label')!.split(':')[0]),
      );
      // The button now offers the donut back, and looks pressed: not by colour alone.
      const pressed = actionButton(el, /Show as/);
      expect(pressed.textContent!.trim()).to.equal('Show as donut');
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(pressed).borderTopWidth).to.not.equal(before);
    });
  }

  it('the bar view keeps its words after a resize, and the donut comes back with its legend', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px"><case-outcome-donut eager></case-outcome-donut></div>`);
    const el = wrapper.firstElementChild as FoiChart;
    await drawn(el);
    actionButton(el, /Show as bars/).click();
    await drawn(el);
    wrapper.style.width = '320px';
    await frames(6);
    await drawn(el);
    expect(el.chart!.width).to.equal(320);
    expect(chartWords(el).filter((w) => w.kind === 'category')).to.have.length(9);
    expect(wordFaults(el)).to.deep.equal([]);
    actionButton(el, /Show as donut/).click();
    await drawn(el);
    expect((el.chart!.config as { type?: string }).type).to.equal('doughnut');
    expect(chartWords(el)).to.have.length(0);
    expect(shadow(el).querySelectorAll('.legend li')).to.have.length(9);
    expect(actionButton(el, /Show as/).textContent!.trim()).to.equal('Show as bars');
  });
});
