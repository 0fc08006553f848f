import { expect, fixture, html } from '@open-wc/testing';
import '../../src/foi-bar-chart.js';
import type { FoiBarChart } from '../../src/charts/foi-bar-chart.js';
import { focusPageOrSkip } from '../support/commands.js';
import { nextFrame, shadow } from './helpers.js';

describe('moving focus between parts (performance)', () => {
  // Firefox fires focus events only in the focused window; test files run in side-by-side windows.
  beforeEach(async function () {
    await focusPageOrSkip(this);
  });

  it('draws the focused bar highlighted without updating the chart (no layout of its scales)', async () => {
    const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager values="A: 3; B: 2; C: 1"></foi-bar-chart>`);
    await el.rendered;
    const chart = el.chart!;
    const before = chart.canvas.toDataURL();
    const { update } = Object.getPrototypeOf(chart) as { update: (...args: unknown[]) => void };
    let updates = 0;
    (chart as unknown as { update: (...args: unknown[]) => void }).update = function (this: unknown, ...args: unknown[]) {
      updates++;
      return update.apply(this, args);
    };
    shadow(el).querySelector<HTMLElement>('.part[data-index="1"]')!.focus();
    await el.updateComplete;
    await nextFrame();
    expect(chart.getActiveElements().map((a) => a.index)).to.deep.equal([1]);
    expect(chart.canvas.toDataURL(), 'the highlight is drawn').not.to.equal(before);
    expect(updates).to.equal(0);
  });
});
