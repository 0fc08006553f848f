import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { nextFrame, settled, shadow } from '../elements/helpers.js';
import { orSkip, quietly } from '../support/commands.js';

const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
const forcedColors = (active: boolean) => executeServerCommand('foi-forced-colors', { active });

describe('reader settings, live', () => {
  afterEach(async () => {
    await quietly(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));
    await quietly(() => forcedColors(false));
  });

  it('forced-colors: redraws with system colours and textures, and back', async function () {
    const el = await settled<FoiChart>(html`<foi-donut-chart eager values="A: 1; B: 2; C: 3"></foi-donut-chart>`);
    const before = el.chart!.data.datasets[0]!.backgroundColor as unknown[];
    expect(before.every((c) => typeof c === 'string')).to.equal(true);
    await orSkip(this, () => forcedColors(true));
    await frames();
    await el.updateComplete;
    await frames();
    const forced = el.chart!.data.datasets[0]!.backgroundColor as unknown[];
    expect(forced.every((c) => c instanceof CanvasPattern)).to.equal(true);
    await forcedColors(false);
    await frames();
    await el.updateComplete;
    await frames();
    expect((el.chart!.data.datasets[0]!.backgroundColor as unknown[]).every((c) => typeof c === 'string')).to.equal(true);
  });

  it('prefers-reduced-motion: no animation even when asked for, and back', async function () {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager animate values="A: 1; B: 2"></foi-bar-chart>`);
    expect(el.chart!.options.animation).to.not.equal(false);
    await orSkip(this, () => emulateMedia({ reducedMotion: 'reduce' }));
    await frames();
    expect(el.chart!.options.animation).to.equal(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await frames();
    expect(el.chart!.options.animation).to.not.equal(false);
  });

  it('no animation by default', async function () {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager values="A: 1; B: 2"></foi-bar-chart>`);
    expect(el.chart!.options.animation).to.equal(false);
  });

  it('theme="auto" follows prefers-color-scheme live', async function () {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager theme="auto" values="A: 1; B: 2"></foi-bar-chart>`);
    const light = getComputedStyle(el).backgroundColor;
    // The chart's words are HTML over the canvas: their colour follows the scheme with the figure's.
    const tick = () => getComputedStyle(el.shadowRoot!.querySelector('.word.tick')!).color;
    const lightTicks = tick();
    await orSkip(this, () => emulateMedia({ colorScheme: 'dark' }));
    await frames();
    await el.updateComplete;
    await frames();
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
    expect(tick()).to.not.equal(lightTicks);
    await emulateMedia({ colorScheme: 'light' });
    await frames();
    await el.updateComplete;
    await frames();
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });

  it('the patterns attribute adds textures', async function () {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager patterns values="A: 1; B: 2"></foi-bar-chart>`);
    expect((el.chart!.data.datasets[0]!.backgroundColor as unknown[]).every((c) => c instanceof CanvasPattern)).to.equal(true);
  });

  it('with patterns, the donut legend swatches show the same textures', async function () {
    const el = await settled<FoiChart>(html`<foi-donut-chart eager patterns values="A: 1; B: 2; C: 3"></foi-donut-chart>`);
    await el.updateComplete;
    const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('.swatch'));
    const images = swatches.map((s) => getComputedStyle(s).backgroundImage);
    expect(images[1]).to.contain('gradient');
    expect(new Set(images).size).to.equal(3);
  });

  it('canvas text follows the page text size', async function () {
    const small = await settled<FoiChart>(html`<foi-bar-chart eager values="A: 1" style="font-size: 16px"></foi-bar-chart>`);
    const large = await settled<FoiChart>(html`<foi-bar-chart eager values="A: 1" style="font-size: 32px"></foi-bar-chart>`);
    const size = (el: FoiChart) => (el.chart!.options.scales!.y!.ticks as { font: { size: number } }).font.size;
    expect(size(large)).to.equal(2 * size(small));
    expect(size(small)).to.be.at.least(12);
  });
});

describe('reflow at 320 CSS px', () => {
  after(() => quietly(() => setViewport({ width: 800, height: 600 })));

  it('no horizontal scrolling; bar labels go above the bars', async function () {
    await orSkip(this, () => setViewport({ width: 320, height: 800 }));
    const el = await settled<FoiChart>(html`<offence-type-bar eager></offence-type-bar>`);
    await frames();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const { specs } = await import('../../src/draw/plugins.js');
    expect(specs.get(el.chart!.canvas)!.labelsAbove).to.equal(true);
    expect((el.chart!.options.scales!.y!.ticks as { display: boolean }).display).to.equal(false);
    // Each bar sits under its own label: five bars take well under 100 px each.
    expect(shadow(el).querySelector('canvas')!.getBoundingClientRect().height).to.be.below(5 * 100);
  });
});

describe('the accessibility tree', () => {
  it('holds the summary and every label and value', async function () {
    const el = await settled<FoiChart>(html`<offence-platform-bar eager></offence-platform-bar>`);
    const snapshot = await orSkip(this, () => a11ySnapshot({}));
    const text = JSON.stringify(snapshot);
    for (const label of ['Facebook', 'Snapchat', 'Instagram', 'ooVoo', 'Skype', 'WhatsApp', 'Platform not identified', 'Twitter']) {
      expect(text, label).to.contain(label);
    }
    for (const value of ['261 cases', '123 cases', '51 cases', '47 cases', '39 cases', '16 cases', ': 4 cases', ': 3 cases']) expect(text, value).to.contain(value);
    expect(text).to.contain('Facebook has the most cases: 261 of 521 (50%)');
    expect(text).to.contain('Social media platforms named in child sexual offence reports');
    expect(
      findAccessibilityNode(snapshot, (n: { role?: string; name?: string }) =>
        n.role === 'button' && n.name === 'Show table'),
    ).to.exist;
    expect(shadow(el).querySelector('table caption')!.textContent).to.contain('data');
  });
});

describe('authoring warnings (development builds)', () => {
  it('warns once with a fix when a chart has no heading, no source, or a low-contrast colour', async function () {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<FoiChart>(
        html`<foi-bar-chart eager values="A: 1" style="--foi-color-1: #eeeeee"></foi-bar-chart>`,
      );
      await el.rendered;
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('no heading') && w.includes('heading="'))).to.equal(true);
    expect(warnings.some((w) => w.includes('no source'))).to.equal(true);
    expect(warnings.some((w) => w.includes('contrast') && w.includes('3:1'))).to.equal(true);
  });
});
