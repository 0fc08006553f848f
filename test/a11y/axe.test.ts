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
  [
    'foi-column-chart ready',
    (t) => html`<foi-column-chart eager theme=${t} heading="Columns" unit="case|cases" patterns actions="table csv sound" values="Year: A, B; 2019: 1, 2; 2020: 3, ..; 2021: 4, 5"></foi-column-chart>`,
  ],
  [
    'foi-line-chart ready',
    (t) => html`<foi-line-chart eager theme=${t} heading="Lines" unit="case|cases" actions="table csv sound" values="Year: A, B, C; 2019: 1, 2, 3; 2020: 3, .., 1; 2021: 4, 5, 6"></foi-line-chart>`,
  ],
  ['foi-column-chart stacked', (t) => html`<foi-column-chart eager theme=${t} heading="Stacked" layout="stacked" values="Year: A, B; 2019: 1, 2; 2020: 3, 4"></foi-column-chart>`],
  ['foi-line-chart one series', (t) => html`<foi-line-chart eager theme=${t} heading="One line" values="2019: 1; 2020: 3; 2021: 2"></foi-line-chart>`],
  ['foi-column-chart empty', (t) => html`<foi-column-chart eager theme=${t} heading="Nothing"></foi-column-chart>`],
  ['foi-line-chart empty', (t) => html`<foi-line-chart eager theme=${t} heading="All gaps" values="Year: A; 2019: ..; 2020: .."></foi-line-chart>`],
  ['foi-column-chart error', (t) => html`<foi-column-chart eager theme=${t} heading="Broken" values="Year: A, B; 2019: 1, lots"></foi-column-chart>`],
  ['foi-line-chart error', (t) => html`<foi-line-chart eager theme=${t} heading="Too few" values="Year: A, B; 2019: 1"></foi-line-chart>`],
  [
    'foi-line-chart error with fallback table',
    (t) =>
      html`<foi-line-chart eager theme=${t} heading="Broken table"
        ><table>
          <tr><th>Year</th><th>A</th><th>B</th></tr>
          <tr><td>2019</td><td>1</td><td>2</td></tr>
          <tr><td>2020</td><td>3</td><td>lots</td></tr>
          <tr><td>2021</td><td>4</td><td>5</td></tr>
        </table></foi-line-chart
      >`,
  ],
  // A file of its own per case: a file fetched once is kept for the page, so a second chart
  // asking for it after it arrived would be ready at once.
  ['foi-bar-chart loading', (t) => html`<foi-bar-chart eager theme=${t} heading="Slow" src=${`/__test/slow?ms=3000&case=${t}-${Date.now()}`}></foi-bar-chart>`],
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
        // Each case is in the state it is named for.
        const state = ['ready', 'empty', 'error'].find((s) => name.split(' ').includes(s));
        if (state) expect(el.getAttribute('state'), name).to.equal(state);
        await expect(el).to.be.accessible();
        await show(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});
