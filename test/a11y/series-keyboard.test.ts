/**
 * Keyboard and pointer in two directions, on charts of several series (<foi-line-chart>,
 * <foi-column-chart>): real key presses from the test runner, in every engine where they can be
 * sent. Left and right move along the labels of one series, up and down between series at the
 * same label, Home and End to the series' first and last label; Escape hides the tooltip; the
 * chart is one tab stop.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import type { FoiFocusDetail } from '../../src/events/index.js';
import { flat, shadow } from '../elements/helpers.js';
import { focusPageOrSkip, orSkip, pressKey } from '../support/commands.js';

const THREE = 'Year: North, South, East; 2019: 10, 20, 30; 2020: 12, .., 28; 2021: 15, 24, 25; 2022: 18, 26, 22';
const TWO = 'Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, 41';

const focusedPart = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const spoken = (el: Element) => focusedPart(el)?.getAttribute('aria-label') ?? '';
const tooltip = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip');
/** Chart.js handles pointer events in the next animation frame. */
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function setup(template: TemplateResult) {
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button>${template}<button id="after">After</button></div>`);
  const el = wrapper.querySelector('foi-line-chart, foi-column-chart') as FoiChart;
  await el.rendered;
  // A chart drawn before its width was measured is drawn again at that width a frame later
  // (see 'rendered' in series-reflow.test.ts): wait for the drawing the reader gets.
  await frames();
  await el.updateComplete;
  await el.rendered;
  (wrapper.querySelector('#before') as HTMLButtonElement).focus();
  return { el, wrapper };
}

/** Presses a key and waits for the chart to move focus (it does so after its update). */
async function press(el: FoiChart, key: string) {
  await pressKey(key);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
}

describe('charts of several series: keyboard in two directions', () => {
  before(async function () {
    await orSkip(this, () => sendKeys({ press: 'Shift' }));
  });
  beforeEach(async function () {
    await focusPageOrSkip(this);
  });

  it('a line chart: Tab enters at the first point; arrows move in two directions; Home/End stay in the series', async () => {
    const { el } = await setup(html`<foi-line-chart eager unit="report|reports" values=${THREE}></foi-line-chart>`);
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));

    await press(el, 'Tab');
    expect(document.activeElement).to.equal(el);
    expect(spoken(el)).to.equal('North, 2019: 10 reports. 1 of 4.');
    expect(events.at(-1)).to.deep.equal({ index: 0, label: '2019', value: 10, series: 'North' });

    await press(el, 'ArrowLeft'); // first label: stays, does not wrap to another series
    expect(focusedPart(el)!.dataset.index).to.equal('0');
    await press(el, 'ArrowUp'); // first series: stays
    expect(focusedPart(el)!.dataset.index).to.equal('0');

    await press(el, 'ArrowRight');
    expect(spoken(el)).to.equal('North, 2020: 12 reports. 2 of 4.');
    await press(el, 'ArrowDown');
    expect(spoken(el)).to.equal('South, 2020: no figure. 2 of 4.');
    expect(events.at(-1)).to.deep.equal({ index: 5, label: '2020', value: null, series: 'South' });
    await press(el, 'ArrowDown');
    expect(spoken(el)).to.equal('East, 2020: 28 reports. 2 of 4.');
    await press(el, 'ArrowDown'); // last series: stays
    expect(spoken(el)).to.equal('East, 2020: 28 reports. 2 of 4.');
    await press(el, 'End');
    expect(spoken(el)).to.equal('East, 2022: 22 reports. 4 of 4.');
    await press(el, 'ArrowRight'); // last label: stays, does not wrap
    expect(focusedPart(el)!.dataset.index).to.equal('11');
    await press(el, 'ArrowUp');
    expect(spoken(el)).to.equal('South, 2022: 26 reports. 4 of 4.');
    await press(el, 'Home');
    expect(spoken(el)).to.equal('South, 2019: 20 reports. 1 of 4.');
    await press(el, 'ArrowLeft');
    expect(focusedPart(el)!.dataset.index).to.equal('4');
    await press(el, 'ArrowUp');
    expect(spoken(el)).to.equal('North, 2019: 10 reports. 1 of 4.');

    // Every move fired foi-focus once with its series; moves that stayed fired nothing.
    expect(events.map((e) => `${e.series} ${e.label}`)).to.deep.equal([
      'North 2019',
      'North 2020',
      'South 2020',
      'East 2020',
      'East 2022',
      'South 2022',
      'South 2019',
      'North 2019',
    ]);
    // One tab stop, on the focused point.
    const stops = Array.from(shadow(el).querySelectorAll<HTMLElement>('.part')).filter((p) => p.tabIndex === 0);
    expect(stops.map((p) => p.dataset.index)).to.deep.equal(['0']);
  });

  it('a line chart: the focused point is active and its tooltip names the series; Escape hides it and keeps focus', async () => {
    const { el } = await setup(html`<foi-line-chart eager unit="report|reports" values=${THREE}></foi-line-chart>`);
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    expect(el.chart!.getActiveElements().map((a) => [a.datasetIndex, a.index])).to.deep.equal([[1, 1]]);
    expect(flat(tooltip(el)?.textContent)).to.equal('South, 2020 no figure');
    await press(el, 'ArrowRight');
    expect(flat(tooltip(el)?.textContent)).to.equal('South, 2021 24 reports');
    expect(tooltip(el)!.getBoundingClientRect().height).to.be.greaterThan(10);
    await press(el, 'Escape');
    expect(tooltip(el)).to.equal(null);
    expect(el.chart!.getActiveElements()).to.have.length(0);
    expect(focusedPart(el)!.dataset.index).to.equal('6');
    // The next move shows it again.
    await press(el, 'ArrowLeft');
    expect(flat(tooltip(el)?.textContent)).to.equal('South, 2020 no figure');
  });

  it('a column chart: the same two directions; Tab leaves the chart past its own controls', async () => {
    const { el, wrapper } = await setup(html`<foi-column-chart eager unit="case|cases" values=${TWO}></foi-column-chart>`);
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));
    await press(el, 'Tab');
    expect(spoken(el)).to.equal('Facebook, 2015/16: 12 cases. 1 of 3.');
    await press(el, 'ArrowDown');
    expect(spoken(el)).to.equal('Snapchat, 2015/16: 20 cases. 1 of 3.');
    await press(el, 'End');
    expect(spoken(el)).to.equal('Snapchat, 2017/18: 41 cases. 3 of 3.');
    expect(events.at(-1)).to.deep.equal({ index: 5, label: '2017/18', value: 41, series: 'Snapchat' });
    await press(el, 'ArrowUp');
    expect(spoken(el)).to.equal('Facebook, 2017/18: 60 cases. 3 of 3.');
    await press(el, 'ArrowLeft');
    expect(spoken(el)).to.equal('Facebook, 2016/17: 48 cases. 2 of 3.');
    expect(el.chart!.getActiveElements().map((a) => [a.datasetIndex, a.index])).to.deep.equal([[0, 1]]);

    // Tab leaves the chart for the next control after it (the chart's own buttons come first).
    const controls = shadow(el).querySelectorAll('[part~="actions"] button').length;
    for (let i = 0; i <= controls; i++) await press(el, 'Tab');
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('a column chart: Shift+Tab comes back to the point last focused, not the first', async function () {
    const { el } = await setup(html`<foi-column-chart eager unit="case|cases" values=${TWO}></foi-column-chart>`);
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    const controls = shadow(el).querySelectorAll('[part~="actions"] button').length;
    for (let i = 0; i <= controls; i++) await press(el, 'Tab');
    expect(focusedPart(el)).to.equal(null);
    // A held Shift: web-test-runner's WebDriver (WebKit) sends only "press" and "type".
    try {
      await sendKeys({ down: 'Shift' });
    } catch (error) {
      if (/Only "press" and "type"/.test(String(error))) this.skip();
      throw error;
    }
    try {
      for (let i = 0; i <= controls; i++) await press(el, 'Tab');
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(spoken(el)).to.equal('Snapchat, 2016/17: 30 cases. 2 of 3.');
  });
});

describe('charts of several series: pointer', () => {
  it('a click on a line point selects it as focus does: foi-focus with its series, the tooltip', async function () {
    // Page coordinates: Chromium only (WebDriver runs the test page in a frame, where window
    // coordinates are not the page's).
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    await executeServerCommand('foi-focus-page');
    const { el } = await setup(html`<foi-line-chart eager unit="report|reports" values=${THREE}></foi-line-chart>`);
    const events: FoiFocusDetail[] = [];
    el.addEventListener('foi-focus', (e) => events.push(e.detail));
    // East in 2021: the third series, third label.
    const point = el.chart!.getDatasetMeta(2).data[2]!;
    const { x, y } = point.getProps(['x', 'y'], true) as unknown as { x: number; y: number };
    const box = el.chart!.canvas.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + x), Math.round(box.top + y)] });
    await frames();
    await el.updateComplete;
    expect(focusedPart(el)!.dataset.index).to.equal('10');
    expect(events.at(-1)).to.deep.equal({ index: 10, label: '2021', value: 25, series: 'East' });
    expect(flat(tooltip(el)?.textContent)).to.equal('East, 2021 25 reports');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a click on a column selects it', async function () {
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    await executeServerCommand('foi-focus-page');
    const { el } = await setup(html`<foi-column-chart eager unit="case|cases" values=${TWO}></foi-column-chart>`);
    const bar = el.chart!.getDatasetMeta(1).data[1]!;
    const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as unknown as { x: number; y: number; base: number };
    const box = el.chart!.canvas.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + x), Math.round(box.top + (y + base) / 2)] });
    await frames();
    await el.updateComplete;
    expect(spoken(el)).to.equal('Snapchat, 2016/17: 30 cases. 2 of 3.');
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
