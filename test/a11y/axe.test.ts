import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { shadow } from '../elements/helpers.js';

/** Every element in every state, light and dark, table hidden and shown: axe finds nothing. */
const cases: [string, (theme: string) => TemplateResult][] = [
  ['offence-platform-bar ready', (t) => html`<offence-platform-bar eager theme=${t}></offence-platform-bar>`],
  ['case-outcome-donut ready', (t) => html`<case-outcome-donut eager theme=${t} actions="table csv png bars"></case-outcome-donut>`],
  ['offence-type-bar ready', (t) => html`<offence-type-bar eager theme=${t}></offence-type-bar>`],
  ['foi-bar-chart ready', (t) => html`<foi-bar-chart eager theme=${t} heading="Bars" values="A: 1; B: -2" highlight="A" patterns></foi-bar-chart>`],
  ['foi-donut-chart ready', (t) => html`<foi-donut-chart eager theme=${t} heading="Parts" values="A: 1; B: 2"></foi-donut-chart>`],
  ['foi-bar-chart empty', (t) => html`<foi-bar-chart eager theme=${t} heading="Nothing"></foi-bar-chart>`],
  ['foi-donut-chart empty', (t) => html`<foi-donut-chart eager theme=${t} heading="Zeros" values="A: 0"></foi-donut-chart>`],
  ['foi-bar-chart error', (t) => html`<foi-bar-chart eager theme=${t} heading="Broken" values="A: lots"></foi-bar-chart>`],
  ['foi-donut-chart error', (t) => html`<foi-donut-chart eager theme=${t} heading="Negative" values="A: 1; B: -1"></foi-donut-chart>`],
  [
    'foi-bar-chart error with fallback table',
    (t) => html`<foi-bar-chart eager theme=${t} heading="Broken table"><table><tr><th scope="row">A</th><td>lots</td></tr></table></foi-bar-chart>`,
  ],
  ['foi-bar-chart loading', (t) => html`<foi-bar-chart eager theme=${t} heading="Slow" src="/__test/slow?ms=3000"></foi-bar-chart>`],
];

async function show(el: FoiChart) {
  const button = Array.from(shadow(el).querySelectorAll('[part~="actions"] button')).find((b) =>
    b.textContent!.includes('Show table'),
  ) as HTMLButtonElement | undefined;
  button?.click();
  await el.updateComplete;
}

describe('axe-core: no violations', () => {
  for (const theme of ['light', 'dark']) {
    for (const [name, template] of cases) {
      it(`${name}, ${theme}, table hidden and shown`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style=${theme === 'dark' ? 'background:#161616;color:#f0f0f0' : ''}>${template(theme)}</div>`,
        );
        const el = wrapper.firstElementChild as FoiChart;
        if (!name.endsWith('loading')) await el.rendered;
        await el.updateComplete;
        if (name.endsWith('loading')) expect(el.getAttribute('state')).to.equal('loading');
        await expect(el).to.be.accessible();
        await show(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
