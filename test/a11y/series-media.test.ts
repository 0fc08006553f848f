/**
 * Charts of several series without colour and on a phone: forced colours (Windows High
 * Contrast, emulated in Chromium), the `patterns` attribute, each line's own point shape and
 * dash, and reflow in a 320 CSS px column (WCAG 1.4.1, 1.4.10, 1.4.11).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { nextFrame, settled, shadow } from '../elements/helpers.js';
import { orSkip, quietly } from '../support/commands.js';
import { wordFaults } from '../support/geometry.js';

const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
const forcedColors = (active: boolean) => executeServerCommand('foi-forced-colors', { active });

const THREE = 'Year: North, South, East; 2019: 10, 20, 30; 2020: 12, .., 28; 2021: 15, 24, 25; 2022: 18, 26, 22';
/** Eight series: every point shape, dash and texture the library has. */
const EIGHT = `Year: ${'ABCDEFGH'.split('').join(', ')}; 2020: 1, 2, 3, 4, 5, 6, 7, 8; 2021: 2, 3, 4, 5, 6, 7, 8, 9`;

type Dataset = { backgroundColor?: unknown; borderColor?: unknown; pointStyle?: unknown; borderDash?: unknown };
const datasets = (el: FoiChart) => el.chart!.data.datasets as Dataset[];
const legendLines = (el: Element) => Array.from(shadow(el).querySelectorAll<SVGLineElement>('.series-legend .line-swatch line'));
const swatches = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('.series-legend .swatch'));

/** Waits until a media change has reached the element and its drawing. */
async function redrawn(el: FoiChart) {
  await frames();
  await el.updateComplete;
  await el.rendered;
  await frames();
}

describe('several series: never colour alone', () => {
  afterEach(() => quietly(() => forcedColors(false)));

  it('lines: each series has its own point shape and dash, on the canvas and in the legend', async () => {
    const el = await settled<FoiChart>(html`<foi-line-chart eager values=${EIGHT}></foi-line-chart>`);
    const styles = datasets(el).map((d) => d.pointStyle);
    const dashes = datasets(el).map((d) => JSON.stringify(d.borderDash));
    expect(new Set(styles).size, String(styles)).to.equal(8);
    expect(new Set(dashes).size, String(dashes)).to.equal(8);
    // The legend draws the same dashes as the canvas, series by series.
    const legend = legendLines(el).map((l) => getComputedStyle(l).strokeDasharray.replace(/px/g, '').replace(/,\s*/g, ' '));
    expect(legend).to.have.length(8);
    expect(legend.map((d) => (d === 'none' ? '[]' : JSON.stringify(d.split(' ').map(Number))))).to.deep.equal(dashes);
  });

  it('columns with patterns: a CanvasPattern fill per series, and the legend shows each texture', async () => {
    // One series: colour is not telling series apart, so plain fills unless `patterns` asks.
    const one = await settled<FoiChart>(html`<foi-column-chart eager values="2019: 1; 2020: 2"></foi-column-chart>`);
    expect(datasets(one).map((d) => typeof d.backgroundColor)).to.deep.equal(['string']);
    const asked = await settled<FoiChart>(html`<foi-column-chart eager patterns values="2019: 1; 2020: 2"></foi-column-chart>`);
    expect(datasets(asked)[0]!.backgroundColor).to.be.instanceOf(CanvasPattern);
    // Several series: textures always, with or without `patterns`.
    const plain = await settled<FoiChart>(html`<foi-column-chart eager values=${THREE}></foi-column-chart>`);
    expect(datasets(plain).map((d) => d.backgroundColor instanceof CanvasPattern)).to.deep.equal([true, true, true]);
    const el = await settled<FoiChart>(html`<foi-column-chart eager patterns values=${THREE}></foi-column-chart>`);
    const fills = datasets(el).map((d) => d.backgroundColor);
    expect(fills.map((f) => f instanceof CanvasPattern)).to.deep.equal([true, true, true]);
    expect(new Set(fills).size).to.equal(3);
    const images = swatches(el).map((s) => getComputedStyle(s).backgroundImage);
    expect(images).to.have.length(3);
    expect(new Set(images).size, images.join('\n')).to.equal(3);
    expect(images[1]).to.contain('repeating-linear-gradient');
    expect(images[2]).to.contain('radial-gradient');
  });

  it('forced colours: columns fill with textures, and the legend swatches keep theirs', async function () {
    const el = await settled<FoiChart>(html`<foi-column-chart eager values=${THREE}></foi-column-chart>`);
    await orSkip(this, () => forcedColors(true));
    await redrawn(el);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(datasets(el).map((d) => d.backgroundColor instanceof CanvasPattern)).to.deep.equal([true, true, true]);
    const images = swatches(el).map((s) => getComputedStyle(s).backgroundImage);
    expect(images.every((i) => i !== 'none')).to.equal(true);
    expect(new Set(images).size, images.join('\n')).to.equal(3);
    expect(getComputedStyle(swatches(el)[1]!).forcedColorAdjust).to.equal('none');
    // And back: several series keep their textures with or without forced colours.
    await forcedColors(false);
    await redrawn(el);
    expect(datasets(el).every((d) => d.backgroundColor instanceof CanvasPattern)).to.equal(true);
  });

  it('forced colours: the line legend keeps each dash, drawn visibly; the canvas keeps shapes and dashes', async function () {
    const el = await settled<FoiChart>(html`<foi-line-chart eager values=${THREE}></foi-line-chart>`);
    await orSkip(this, () => forcedColors(true));
    await redrawn(el);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const lines = legendLines(el).map((l) => getComputedStyle(l));
    expect(lines).to.have.length(3);
    expect(new Set(lines.map((s) => s.strokeDasharray)).size, lines.map((s) => s.strokeDasharray).join(' | ')).to.equal(3);
    const background = getComputedStyle(el).backgroundColor;
    expect(background).to.not.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    for (const s of lines) {
      expect(s.stroke).to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
      expect(s.stroke).to.not.equal(background);
      expect(parseFloat(s.strokeWidth)).to.be.at.least(2);
    }
    expect(datasets(el).map((d) => d.pointStyle)).to.deep.equal(['circle', 'rect', 'triangle']);
    expect(new Set(datasets(el).map((d) => JSON.stringify(d.borderDash))).size).to.equal(3);
    // The lines are drawn in system colours, not the palette.
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    const ctx = document.createElement('canvas').getContext('2d')!;
    const norm = (c: unknown) => {
      ctx.fillStyle = '#000';
      ctx.fillStyle = String(c);
      return ctx.fillStyle;
    };
    expect(norm(datasets(el)[0]!.borderColor)).to.equal(norm(canvasText));
  });
});

describe('several series: reflow in a 320 px column', () => {
  // BUG (src/base/controllers/room-controller.ts, foi-chart.ts `rendered`): once the drawing
  // chunk is loaded, an eager column or line chart is drawn before its width is measured, in a
  // box as high as a 600 px guess gives (330 px), and `rendered` resolves for that drawing; the
  // measured width redraws it (800 px page: 400 px high) without making `rendered` pending again.
  // A script that awaits `rendered` and reads `chart` (sizes, positions, toBase64Image) gets the
  // replaced drawing. (The redraw comes before paint, so readers likely never see the 330 px one.)
  it('`rendered` resolves with the drawing at the measured width', async () => {
    for (let k = 0; k < 2; k++) {
      const wrapper = await fixture<HTMLElement>(html`<div><foi-line-chart eager values=${THREE}></foi-line-chart></div>`);
      const el = wrapper.firstElementChild as FoiChart;
      await el.rendered;
      const first = el.chart!.height;
      await new Promise((r) => setTimeout(r, 300));
      expect(first, `chart ${k + 1}: height when rendered resolved, then later`).to.equal(el.chart!.height);
    }
  });

  it('a long period label wraps under its column instead of leaving the next one unnamed', async () => {
    // The demo's columns: Chart.js skipped "2016/17" at phone width when the first label ran long.
    // Whether the label needs two lines depends on the machine's fonts, so the expectation is
    // derived from its measured width, and the column is then made narrower than the label in
    // any font, so the wrapping is always exercised.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><foi-column-chart eager heading="Cases by year" values="2014/15 and 2015/16: 273; 2016/17: 248"></foi-column-chart></div>`,
    );
    const el = wrapper.firstElementChild as FoiChart;
    await el.rendered;
    await redrawn(el);
    const check = () => {
      const labels = Array.from(shadow(el).querySelectorAll<HTMLElement>('.words .word.category'));
      const lines = labels.map((w) => Array.from(w.querySelectorAll('span'), (span) => span.textContent));
      expect(lines.map((l) => l.join(' '))).to.deep.equal(['2014/15 and 2015/16', '2016/17']);
      const parts = Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'), (p) => p.getBoundingClientRect());
      labels.forEach((label, i) => {
        const r = label.getBoundingClientRect();
        expect(r.left + r.width / 2, `label ${i + 1} under its column`).to.be.closeTo(parts[i]!.left + parts[i]!.width / 2, 2);
      });
      expect(wordFaults(el), 'inside the chart, over no other word').to.deep.equal([]);
      // The label's width on one line, as HTML in the words' own font and spacing.
      const probe = document.createElement('span');
      probe.textContent = '2014/15 and 2015/16';
      shadow(el).querySelector('.words')!.append(probe);
      const oneLine = probe.getBoundingClientRect().width;
      probe.remove();
      const between = parts[1]!.left - parts[0]!.left;
      if (oneLine > between) expect(lines[0]!.length, `${oneLine} px on one line, ${between} px between the columns`).to.be.greaterThan(1);
      return { oneLine, between };
    };
    const { oneLine, between } = check();
    if (oneLine <= between) {
      // Narrower, until the label is wider than the room between the columns in this font.
      wrapper.style.width = `${Math.floor(320 - 2 * (between - 0.8 * oneLine))}px`;
      await redrawn(el);
      await redrawn(el);
      const narrow = check();
      expect(narrow.oneLine, 'the label is now wider than the room').to.be.greaterThan(narrow.between);
    }
  });

  for (const tag of ['foi-column-chart', 'foi-line-chart'] as const) {
    it(`<${tag}>: no horizontal scrolling; the canvas is 320 wide and 240 to 400 high; every word inside`, async () => {
      const wrapper = await fixture<HTMLElement>(
        tag === 'foi-column-chart'
          ? html`<div style="width: 320px"><foi-column-chart eager heading="Reports by region" unit="report|reports" values=${THREE} actions="table csv sound"></foi-column-chart></div>`
          : html`<div style="width: 320px"><foi-line-chart eager heading="Reports by region" unit="report|reports" values=${THREE} actions="table csv sound"></foi-line-chart></div>`,
      );
      const el = wrapper.firstElementChild as FoiChart;
      await el.rendered;
      await redrawn(el);
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.scrollWidth, 'figure scrolls sideways').to.be.at.most(figure.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      const canvas = shadow(el).querySelector('canvas')!.getBoundingClientRect();
      expect(Math.round(canvas.width)).to.equal(320);
      expect(canvas.height).to.be.within(240, 400);
      expect(el.chart!.width).to.equal(320);
      const box = shadow(el).querySelector('.chart')!.getBoundingClientRect();
      const words = Array.from(shadow(el).querySelectorAll<HTMLElement>('.words .word'));
      expect(words.length).to.be.greaterThan(4);
      for (const word of words) {
        const r = word.getBoundingClientRect();
        const where = `"${word.textContent}" at ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} × ${Math.round(r.top - box.top)}..${Math.round(r.bottom - box.top)} in ${box.width} × ${box.height}`;
        expect(r.left, where).to.be.at.least(box.left - 0.5);
        expect(r.right, where).to.be.at.most(box.right + 0.5);
        expect(r.top, where).to.be.at.least(box.top - 0.5);
        expect(r.bottom, where).to.be.at.most(box.bottom + 0.5);
      }
      // Every label is there, once, across the bottom.
      expect(words.map((w) => w.textContent!.trim()).filter((t) => /^20\d\d$/.test(t))).to.deep.equal(['2019', '2020', '2021', '2022']);
      // The parts (focus targets) are inside the box too.
      for (const part of Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'))) {
        const r = part.getBoundingClientRect();
        expect(r.left, part.getAttribute('aria-label')!).to.be.at.least(box.left - 10);
        expect(r.right, part.getAttribute('aria-label')!).to.be.at.most(box.right + 10);
      }
    });
  }
});
