/**
 * The takeaway, the sentence that says what the chart shows: visible under the subtitle by
 * default, in the figure's own type (`takeaway="visible"`), or for screen readers only
 * (`takeaway="hidden"`); read once either way (the transcripts in reading-order.test.ts and
 * spoken.test.ts hold its place in the reading order).
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { flat, settled, settledIn, shadow } from '../elements/helpers.js';
import { orSkip } from '../support/commands.js';

const takeaway = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="takeaway"]')!;

/** Whether a reader sees it: a box of real size, not clipped away. */
function seen(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 100 && box.height >= parseFloat(style.fontSize) && style.clipPath === 'none' && style.clip === 'auto';
}

describe('the takeaway', () => {
  it('is visible by default: under the subtitle, over the chart, in the figure\'s own type', async () => {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager heading="Votes" subtitle="By party" unit="vote|votes" values="Labour: 20; Green: 10"></foi-bar-chart>`);
    const node = takeaway(el);
    expect(flat(node.textContent)).to.equal('Labour has the most votes: 20. That is twice as many as Green, next with 10.');
    expect(seen(node), 'seen').to.equal(true);
    const subtitle = shadow(el).querySelector('[part~="subtitle"]')!.getBoundingClientRect();
    const chart = shadow(el).querySelector('[part~="chart"]')!.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    expect(box.top).to.be.at.least(subtitle.bottom);
    expect(box.bottom).to.be.at.most(chart.top);
    const [own, figure] = [getComputedStyle(node), getComputedStyle(shadow(el).querySelector('figure')!)];
    expect([own.fontFamily, own.fontSize, own.color]).to.deep.equal([figure.fontFamily, figure.fontSize, figure.color]);
  });

  it('takeaway="hidden" (or data-takeaway): for screen readers only, still in the accessibility tree', async function () {
    for (const el of [
      await settled<FoiChart>(html`<foi-bar-chart eager takeaway="hidden" heading="Votes" values="Labour: 20; Green: 10"></foi-bar-chart>`),
      await settled<FoiChart>(html`<foi-bar-chart eager data-takeaway="hidden" heading="Votes" values="Labour: 20; Green: 10"></foi-bar-chart>`),
    ]) {
      expect(seen(takeaway(el)), 'hidden from sight').to.equal(false);
      expect(flat(takeaway(el).textContent)).to.contain('Labour is the largest');
    }
    const inTree = await settledIn<FoiChart>(html`<main id="takeaway-tree"><foi-bar-chart eager takeaway="hidden" heading="Votes" values="Labour: 20; Green: 10"></foi-bar-chart></main>`, 'foi-bar-chart');
    expect(seen(takeaway(inTree)), 'hidden from sight').to.equal(false);
    type Node = { role?: string; name?: string; children?: Node[] };
    const texts = (n: Node): string[] => (n.role === 'StaticText' ? [n.name ?? ''] : (n.children ?? []).flatMap(texts));
    const tree = (await orSkip(this, () => executeServerCommand('foi-ax-tree', { selector: '#takeaway-tree' }))) as Node;
    expect(texts(tree).filter((t) => t.includes('Labour is the largest')), 'read once').to.have.length(1);
  });

  it('the story presets show it; the page can hide it', async () => {
    for (const tag of ['offence-platform-bar', 'case-outcome-donut', 'offence-type-bar']) {
      const el = document.createElement(tag) as FoiChart;
      el.setAttribute('eager', '');
      document.body.append(el);
      await el.rendered;
      await el.updateComplete;
      expect(seen(takeaway(el)), `${tag} shows its takeaway`).to.equal(true);
      el.setAttribute('takeaway', 'hidden');
      await el.updateComplete;
      expect(seen(takeaway(el)), `${tag} takeaway="hidden"`).to.equal(false);
      el.remove();
    }
  });
});
