import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { picturePadding } from '../../src/draw/export/layout.js';
import { count, decode, inkColumns, near, pixel, rgb, rowRuns, textWidth, type Picture } from '../support/picture.js';
import { settled, settledIn, shadow } from './helpers.js';

/** Clicks "Download image" and returns the file the page saved, and its name. */
async function download(el: FoiChart): Promise<{ blob: Blob; name: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => {
    blob = b;
    return 'blob:test';
  };
  try {
    const saved = new Promise<string>((resolve) =>
      shadow(el).addEventListener('click', (e) => {
        const a = e.target as HTMLAnchorElement;
        if (a.localName !== 'a') return;
        e.preventDefault();
        resolve(a.download);
      }),
    );
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].find((b) => b.textContent!.includes('image'))!;
    button.click();
    const name = await saved;
    return { blob: blob!, name };
  } finally {
    URL.createObjectURL = original;
  }
}

const background = (el: FoiChart) => rgb(getComputedStyle(shadow(el).querySelector('.probe .p-background')!).color);
const textColor = (el: FoiChart) => rgb(getComputedStyle(shadow(el).querySelector('.probe .p-text')!).color);
const corners = (p: Picture) => [pixel(p, 0, 0), pixel(p, p.width - 1, 0), pixel(p, 0, p.height - 1), pixel(p, p.width - 1, p.height - 1)];

const BARS = 'Facebook: 261; Snapchat: 123; Instagram: 51';

describe('"Download image": one picture of the whole figure', () => {
  it('saves one PNG, twice the figure’s width, on the theme’s background, never see-through', async () => {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 600px"><foi-bar-chart eager actions="png" heading="Platforms" source="Police records" values=${BARS}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const { blob, name } = await download(el);
    expect(name).to.equal('platforms.png');
    expect(blob.type).to.equal('image/png');
    const picture = await decode(blob);
    expect(picture.width).to.equal(2 * el.getBoundingClientRect().width);
    // Taller than the chart alone: the heading and source line are above and below it.
    expect(picture.height).to.be.greaterThan(2 * shadow(el).querySelector('canvas')!.getBoundingClientRect().height + 40);
    const bg = background(el);
    for (const corner of corners(picture)) {
      expect(corner[3], 'opaque').to.equal(255);
      expect(near(corner, bg), `corner ${corner} is the background ${bg}`).to.equal(true);
    }
  });

  it('carries the heading at the top and the source line at the bottom, each at its full width in the figure’s font', async () => {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 600px"><foi-bar-chart eager actions="png" heading="Platforms" source="Police records" values=${BARS}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const picture = await decode((await el.getImage())!);
    const bg = background(el);
    const ink = (px: number[]) => !near(px as [number, number, number], bg, 8);
    const runs = rowRuns(picture, ink);
    // The first rows with anything in them are the heading's line; the last, the source line's.
    const heading = shadow(el).querySelector('[part~="heading"]')!;
    const source = shadow(el).querySelector('[part~="source"]')!;
    const [headTop, headBottom] = runs[0]!;
    const [sourceTop, sourceBottom] = runs[runs.length - 1]!;
    const headSize = parseFloat(getComputedStyle(heading).fontSize);
    expect(headBottom - headTop, 'one line of the heading').to.be.within(headSize, 2.6 * headSize);
    const headInk = inkColumns(picture, ink, headTop, headBottom)!;
    const sourceInk = inkColumns(picture, ink, sourceTop, sourceBottom)!;
    // Ink spans the text's measured width (less the first and last letters' side bearings).
    expect((headInk[1] - headInk[0]) / 2).to.be.closeTo(textWidth(heading, 'Platforms'), 4);
    expect((sourceInk[1] - sourceInk[0]) / 2).to.be.closeTo(textWidth(source, 'Source: Police records'), 4);
    // Both start at the picture's left margin, in the text's colours.
    expect(Math.abs(headInk[0] - sourceInk[0]) / 2).to.be.below(3);
    expect(headInk[0] / 2).to.be.within(12, 40);
    const darkest = (top: number, bottom: number) => {
      let best: number[] = [255, 255, 255];
      for (let y = top; y <= bottom; y++)
        for (let x = 0; x < picture.width; x++) {
          const px = pixel(picture, x, y);
          if (px[0] + px[1] + px[2] < best[0]! + best[1]! + best[2]!) best = px;
        }
      return best as [number, number, number];
    };
    expect(near(darkest(headTop, headBottom), textColor(el), 12), 'heading in the text colour').to.equal(true);
    expect(near(darkest(sourceTop, sourceBottom), rgb(getComputedStyle(source).color), 12), 'source in its muted colour').to.equal(true);
  });

  it('draws the chart’s words (labels, values, ticks) where the figure shows them', async () => {
    // The picture's chart is laid out for the picture's width less its margins: a figure of that
    // width shows the same layout on screen, words and all.
    const inner = 600 - 2 * picturePadding(600);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="width: 600px"><foi-bar-chart eager actions="png" heading="Platforms" values=${BARS}></foi-bar-chart></div>
      <div style=${`width: ${inner}px`}><foi-bar-chart eager values=${BARS}></foi-bar-chart></div>
    </div>`);
    const [el, screen] = [...wrapper.querySelectorAll<FoiChart>('foi-bar-chart')] as [FoiChart, FoiChart];
    await Promise.all([el.rendered, screen.rendered]);
    await screen.updateComplete;
    const picture = await decode((await el.getImage())!);
    const root = shadow(screen);
    // Where the chart sits in the picture: the first bar's top-left corner, found by its colour.
    const fill = rgb((el.chart!.data.datasets[0]!.backgroundColor as string[])[0]!);
    const isFill = (px: number[]) => near(px as [number, number, number], fill, 2);
    const [barTop] = rowRuns(picture, isFill)[0]!;
    const [barLeft] = inkColumns(picture, isFill, barTop + 2, barTop + 2)!;
    const part = root.querySelector<HTMLElement>('.part[data-index="0"]')!;
    const dx = barLeft / 2 - parseFloat(part.style.left);
    const dy = barTop / 2 - parseFloat(part.style.top);
    const chart = root.querySelector('.chart')!.getBoundingClientRect();
    const words = [...root.querySelectorAll('.words .word')];
    expect(words.length).to.equal(3 + 3 + root.querySelectorAll('.word.tick').length);
    const text = textColor(el);
    for (const word of words) {
      const r = word.getBoundingClientRect();
      const box = { x: 2 * (r.left - chart.left + dx), y: 2 * (r.top - chart.top + dy), width: 2 * r.width, height: 2 * r.height };
      const inked = count(picture, (px) => near(px, text, 40), box);
      expect(inked, `"${word.textContent!.trim()}" drawn at its place`).to.be.greaterThan(10);
    }
  });

  it('keeps the figure’s space between its caption and the chart', async () => {
    // The takeaway hidden, nothing but the caption's margin lies between the heading and the chart.
    const el = await settledIn<FoiChart>(
      html`<div style="width: 600px"><foi-bar-chart eager takeaway="hidden" heading="Platforms" values=${BARS}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const picture = await decode((await el.getImage())!);
    const fill = rgb((el.chart!.data.datasets[0]!.backgroundColor as string[])[0]!);
    const [barTop] = rowRuns(picture, (px) => near(px, fill, 2))[0]!;
    const heading = shadow(el).querySelector('[part~="heading"]')!.getBoundingClientRect();
    const bar = shadow(el).querySelector('.part[data-index="0"]')!.getBoundingClientRect();
    expect(parseFloat(getComputedStyle(shadow(el).querySelector('.caption')!).marginBottom), 'the caption has a margin').to.be.greaterThan(0);
    // The heading's line starts at the picture's top margin; the first bar is as far under it as in the figure.
    expect(barTop / 2 - picturePadding(600)).to.be.closeTo(bar.top - heading.top, 1.5);
  });

  it('png-width sets the picture’s width (1200 gives 2400 px), the chart laid out for it', async () => {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 500px"><foi-bar-chart eager png-width="1200" heading="Wide" values=${BARS}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const picture = await decode((await el.getImage())!);
    expect(picture.width).to.equal(2400);
    // The longest bar is laid out for the wider picture, not stretched from the figure.
    const fill = rgb((el.chart!.data.datasets[0]!.backgroundColor as string[])[0]!);
    const isFill = (px: number[]) => near(px as [number, number, number], fill, 2);
    const [top] = rowRuns(picture, isFill)[0]!;
    const [left, right] = inkColumns(picture, isFill, top + 2, top + 2)!;
    const bar = shadow(el).querySelector<HTMLElement>('.part[data-index="0"]')!;
    expect((right - left) / 2).to.be.greaterThan(2 * parseFloat(bar.style.width));
    // A value that is no width leaves the figure's width.
    el.setAttribute('png-width', 'wide');
    await el.updateComplete;
    expect((await decode((await el.getImage())!)).width).to.equal(1000);
  });

  it('a donut’s legend is under it, each swatch in its part’s colour', async () => {
    const el = await settledIn<FoiChart>(html`<div style="width: 600px"><case-outcome-donut eager actions="png"></case-outcome-donut></div>`, 'case-outcome-donut');
    const picture = await decode((await el.getImage())!);
    const swatches = [...shadow(el).querySelectorAll('[part~="legend"] .swatch')].slice(0, 3);
    expect(swatches).to.have.length(3);
    for (const swatch of swatches) {
      const color = rgb(getComputedStyle(swatch).backgroundColor);
      const runs = rowRuns(picture, (px) => near(px, color, 2));
      // The part in the donut, then (after rows without that colour) its swatch in the legend.
      expect(runs.length, `${color}: part and swatch`).to.be.at.least(2);
      const [top, bottom] = runs[runs.length - 1]!;
      const inside = swatch.getBoundingClientRect().height - 2; // less its 1 px border
      expect(bottom - top + 1).to.be.closeTo(2 * inside, 3);
    }
  });

  it('a line chart’s series legend draws each series’ line under the plot', async () => {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 600px"><foi-line-chart eager actions="png" heading="Lines" .data=${{ labels: ['2019', '2020', '2021', '2022'], series: [{ name: 'Facebook', values: [80, 90, 91, 120] }, { name: 'Snapchat', values: [20, 30, 40, 50] }] }}></foi-line-chart></div>`,
      'foi-line-chart',
    );
    const picture = await decode((await el.getImage())!);
    const lines = [...shadow(el).querySelectorAll('[part~="legend"] .line-swatch line')];
    expect(lines).to.have.length(2);
    for (const line of lines) {
      const color = rgb(getComputedStyle(line).stroke);
      const runs = rowRuns(picture, (px) => near(px, color, 2));
      expect(runs.length, `${color}: the plotted line and its legend line`).to.be.at.least(2);
      const [top, bottom] = runs[runs.length - 1]!;
      // 2.5 CSS px thick at 2×.
      expect(bottom - top + 1).to.be.within(3, 6);
    }
  });

  it('offers the alt text beside it after saving, and copies it', async () => {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager actions="png" heading="Platforms" values=${BARS}></foi-bar-chart>`);
    const region = shadow(el).querySelector('[part~="image-alt"]')!;
    expect(region.querySelector('[role="status"]')!.textContent).to.equal('');
    expect(region.querySelector('textarea')).to.equal(null);
    await download(el);
    await el.updateComplete;
    const alt = el.getImageAlt();
    expect(alt).to.equal(el.summaryText);
    expect(alt).to.contain('Bar chart, 3 categories');
    expect(region.querySelector('[role="status"]')!.textContent).to.equal('Image saved as platforms.png.');
    const textarea = region.querySelector('textarea')!;
    expect(textarea.value).to.equal(alt);
    expect(textarea.readOnly).to.equal(true);
    await expect(el).to.be.accessible();
    const copy = async (writeText: ((text: string) => Promise<void>) | null) => {
      // A stand-in clipboard: one that copies, or one that refuses (an insecure page, a denied permission).
      const clipboard = navigator.clipboard as Clipboard | undefined;
      const own = clipboard && Object.getOwnPropertyDescriptor(clipboard, 'writeText');
      if (clipboard) Object.defineProperty(clipboard, 'writeText', { configurable: true, value: writeText ?? (() => Promise.reject(new DOMException('denied', 'NotAllowedError'))) });
      try {
        [...region.querySelectorAll('button')].find((b) => b.textContent === 'Copy alt text')!.click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
      } finally {
        if (own) Object.defineProperty(clipboard, 'writeText', own);
        else if (clipboard) delete (clipboard as unknown as Record<string, unknown>).writeText;
      }
    };
    // No clipboard to write to: the alt text is selected, for the reader to copy.
    await copy(null);
    expect(region.querySelector('[role="status"]')!.textContent).to.equal('The alt text is selected: copy it with your keyboard or menu.');
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, alt.length]);
    if (navigator.clipboard) {
      let copied = '';
      await copy(async (text) => void (copied = text));
      expect(copied).to.equal(alt);
      expect(region.querySelector('[role="status"]')!.textContent).to.equal('Alt text copied.');
    }
  });

  it('is opaque even when the page makes the background see-through, and dark in the dark theme', async () => {
    const clear = await settled<FoiChart>(html`<foi-bar-chart eager style="--foi-background: transparent" values=${BARS}></foi-bar-chart>`);
    for (const corner of corners(await decode((await clear.getImage())!))) {
      expect(corner[3]).to.equal(255);
      expect(near(corner, [255, 255, 255])).to.equal(true);
    }
    const dark = await settled<FoiChart>(html`<foi-bar-chart eager theme="dark" values=${BARS}></foi-bar-chart>`);
    const bg = background(dark);
    expect(bg[0]).to.be.below(60);
    for (const corner of corners(await decode((await dark.getImage())!))) expect(near(corner, bg)).to.equal(true);
  });

  it('draws a chart not yet scrolled near, for its picture', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div><foi-bar-chart heading="Below" values=${BARS}></foi-bar-chart></div>`);
    const el = wrapper.querySelector<FoiChart>('foi-bar-chart')!;
    await el.updateComplete;
    expect(el.chart).to.equal(null);
    const picture = await decode((await el.getImage())!);
    expect(picture.width).to.equal(2 * el.getBoundingClientRect().width);
    expect(el.chart).to.not.equal(null);
  });

  it('is null for a chart that could not be drawn', async () => {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager actions="png" values="no numbers here"></foi-bar-chart>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(await el.getImage()).to.equal(null);
  });
});
