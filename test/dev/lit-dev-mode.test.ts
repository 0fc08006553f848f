import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';

/**
 * Runs against Lit's development build (web-test-runner.dev.config.mjs), which warns about
 * inefficient or mistaken use: an update scheduled from inside an update, class fields that
 * shadow reactive properties, and so on. foi-charts must cause none of them.
 */
describe('Lit development build', () => {
  it('prints no Lit warning while charts draw, change, fail and take keyboard focus', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <offence-platform-bar eager></offence-platform-bar>
        <case-outcome-donut eager actions="table csv bars"></case-outcome-donut>
        <foi-bar-chart eager values="A: 1; B: lots"></foi-bar-chart>
      </div>`);
      const [bar, donut, broken] = Array.from(wrapper.children) as FoiChart[];
      await Promise.all([bar!.rendered, donut!.rendered, broken!.rendered]);
      bar!.setAttribute('sort', 'asc');
      await bar!.rendered;
      broken!.setAttribute('values', 'A: 1; B: 2');
      await broken!.rendered;
      (bar!.shadowRoot!.querySelector('.part') as HTMLElement).focus();
      await bar!.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      console.warn = original;
    }
    // foi-charts' own authoring hints are expected here; Lit's warnings are not.
    expect(warnings.filter((w) => !w.startsWith('foi-charts'))).to.deep.equal([]);
  });
});
