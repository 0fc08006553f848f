/**
 * Tooltips as WCAG 1.4.13 asks, with a real pointer (puppeteer's mouse, through sendMouse):
 * hoverable (the pointer moves from the part onto the tooltip, and it stays that part's),
 * persistent until the pointer leaves both, dismissible with Escape without moving focus; and
 * where it goes: beside its part, inside the figure at its full width (words whole), never over
 * the focused part's own label or value, at 320 px too. `placeTooltip` is tested on its own first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import type { FoiFocusDetail } from '../../src/events/index.js';
import { TOOLTIP_GRACE_MS } from '../../src/base/controllers/tooltip-controller.js';
import { overlaps, placeTooltip, TOOLTIP_GAP, type Rect } from '../../src/base/tooltip-place.js';
import { flat, nextFrame, shadow } from '../elements/helpers.js';
import { focusPageOrSkip, stillFocusedOrSkip } from '../support/commands.js';

describe('placeTooltip', () => {
  const area = { width: 300, height: 200 };
  const size = { width: 80, height: 30 };

  it('goes above its part, centred on it, with the gap between', () => {
    const part = { x: 100, y: 100, width: 40, height: 20 };
    expect(placeTooltip({ area, part, size, own: [], others: [] })).to.deep.equal({ x: 80, y: 100 - TOOLTIP_GAP - 30, side: 'above' });
  });

  it('slides along the edge to stay inside, and goes below where above would stick out', () => {
    const part = { x: 280, y: 10, width: 20, height: 20 };
    expect(placeTooltip({ area, part, size, own: [], others: [] })).to.deep.equal({ x: 220, y: 30 + TOOLTIP_GAP, side: 'below' });
  });

  it('may stick out by the gap, into the figure\'s margin, rather than cover another word', () => {
    const part = { x: 100, y: 33, width: 40, height: 20 };
    // Words below, right and left of it: above, 3 px over the top, covers none.
    const others = [
      { x: 100, y: 60, width: 40, height: 18 },
      { x: 146, y: 34, width: 40, height: 18 },
      { x: 10, y: 34, width: 80, height: 18 },
    ];
    expect(placeTooltip({ area, part, size, own: [], others })).to.deep.equal({ x: 80, y: -3, side: 'above' });
  });

  it('never covers its own words; covers as few others as it can', () => {
    const part = { x: 0, y: 100, width: 200, height: 20 };
    const label = { x: 0, y: 80, width: 120, height: 18 };
    const next = { x: 0, y: 130, width: 120, height: 18 };
    // Above is its own label's, below the next bar's label: right covers nothing.
    expect(placeTooltip({ area, part, size, own: [label], others: [next] }).side).to.equal('right');
    // With its value on the right, and no room on the left: below, over the next label only.
    const value = { x: 206, y: 100, width: 30, height: 20 };
    expect(placeTooltip({ area, part: { ...part, x: 10 }, size, own: [label, value], others: [next] }).side).to.equal('below');
  });

  it('flips to the side with room rather than squeeze at an edge', () => {
    const tall = { width: 80, height: 150 };
    const part = { x: 280, y: 90, width: 18, height: 18 };
    expect(placeTooltip({ area, part, size: tall, own: [], others: [] })).to.deep.equal({ x: 280 - TOOLTIP_GAP - 80, y: 24, side: 'left' });
  });

  it("a donut's goes in its hole", () => {
    expect(placeTooltip({ area, part: { x: 0, y: 0, width: 100, height: 100 }, size, own: [], others: [], centre: true })).to.deep.equal({ x: 110, y: 85, side: 'centre' });
  });

  it('with no room anywhere, sticks out up or down rather than sideways or over its words', () => {
    const tiny = { width: 120, height: 60 };
    const part = { x: 0, y: 10, width: 110, height: 40 };
    const place = placeTooltip({ area: tiny, part, size: { width: 100, height: 40 }, own: [], others: [] });
    expect(place.x).to.be.within(0, 20);
    expect(['above', 'below']).to.include(place.side);
  });
});

// ---------------------------------------------------------------------------------------------

const tooltip = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip');
const tipText = (el: Element) => flat(tooltip(el)?.textContent);
const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];

/** Waits (a frame at a time, up to `ms`) until `done()`; true if it came. */
async function until(done: () => boolean, ms = 2000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!done() && performance.now() < end) await new Promise((r) => setTimeout(r, 16));
  return done();
}

async function move(x: number, y: number) {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  // Chart.js handles pointer moves once a frame.
  await nextFrame();
  await nextFrame();
}

async function chartIn(template: TemplateResult, width: number | null = null): Promise<FoiChart> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}><button id="before">Before</button>${template}</div>`,
  );
  const el = wrapper.querySelector('offence-platform-bar, offence-type-bar, case-outcome-donut, foi-column-chart, foi-line-chart') as FoiChart;
  await el.rendered;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
  await el.rendered;
  return el;
}

/** The part's box on the page, and a point well inside what Chart.js counts as the part. */
function partAt(el: FoiChart, index: number): { box: DOMRect; point: [number, number] } {
  const box = shadow(el).querySelector(`.part[data-index="${index}"]`)!.getBoundingClientRect();
  if (el.chart!.config.type !== 'doughnut') return { box, point: centre(box) };
  // A donut part: the middle of its arc.
  const arc = el.chart!.getDatasetMeta(0).data[index]!.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as Record<string, number>;
  const canvas = el.chart!.canvas.getBoundingClientRect();
  const angle = (arc.startAngle! + arc.endAngle!) / 2;
  const r = (arc.innerRadius! + arc.outerRadius!) / 2;
  return { box, point: [canvas.left + arc.x! + Math.cos(angle) * r, canvas.top + arc.y! + Math.sin(angle) * r] };
}

/** Hovers a part with the pointer, and waits for its tooltip. */
async function hover(el: FoiChart, index: number, title: string) {
  await move(...partAt(el, index).point);
  expect(await until(() => tipText(el).startsWith(title)), `tooltip of ${title}: "${tipText(el)}"`).to.equal(true);
}

const CHARTS: [string, TemplateResult, number, string][] = [
  ['bars', html`<offence-platform-bar eager></offence-platform-bar>`, 3, 'ooVoo 47 cases, 9%'],
  ['columns', html`<foi-column-chart eager unit="case|cases" values="Year: Facebook, Snapchat; 2015/16: 12, 20; 2016/17: 48, 30; 2017/18: 60, 41"></foi-column-chart>`, 4, 'Snapchat, 2016/17 30 cases'],
  // The last point of a line chart, at its right edge.
  ['lines', html`<foi-line-chart eager unit="report|reports" values="Year: Facebook, Snapchat; 2015: 10, 20; 2016: 12, 26; 2017: 15, 24; 2018: 18, 30"></foi-line-chart>`, 7, 'Snapchat, 2018 30 reports'],
  ['a donut', html`<case-outcome-donut eager></case-outcome-donut>`, 1, 'Evidential difficulties 106 cases, 20%'],
];

describe('tooltips under a pointer (WCAG 1.4.13)', () => {
  beforeEach(async function () {
    // Real pointer moves at page coordinates: WebKit's WebDriver runs the page in a frame.
    if (!/Chrome|Firefox/.test(navigator.userAgent)) this.skip();
    await focusPageOrSkip(this);
  });
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }).catch(() => {}));

  for (const [name, template, index, text] of CHARTS) {
    it(`${name}: the pointer moves onto the tooltip and it stays the same; it goes once the pointer leaves both`, async () => {
      const el = await chartIn(template);
      const title = text.split(/ \d/)[0]!;
      await hover(el, index, title);
      expect(tipText(el)).to.equal(text);
      // Straight from the part to the tooltip, as a hand would: every step on the way, the same tooltip.
      const from = partAt(el, index).point;
      const to = centre(tooltip(el)!.getBoundingClientRect());
      for (let step = 1; step <= 8; step++) {
        await move(from[0] + ((to[0] - from[0]) * step) / 8, from[1] + ((to[1] - from[1]) * step) / 8);
        expect(tipText(el), `step ${step} of 8 onto the tooltip`).to.equal(text);
      }
      // Resting on it: it stays, past the time it waits for a pointer crossing over.
      await new Promise((r) => setTimeout(r, TOOLTIP_GRACE_MS * 2));
      expect(tipText(el), 'still there with the pointer on it').to.equal(text);
      // Back onto the part: still there.
      await move(...from);
      expect(tipText(el)).to.equal(text);
      // Off both, out of the chart: it goes.
      const box = shadow(el).querySelector('.chart')!.getBoundingClientRect();
      await move(box.left + box.width / 2, box.bottom + 40);
      expect(await until(() => tooltip(el) === null), 'gone once the pointer left part and tooltip').to.equal(true);
    });
  }

  it('Escape hides a hovered tooltip without moving focus; it stays hidden on that part, and the next part shows its own', async () => {
    const el = await chartIn(html`<offence-platform-bar eager></offence-platform-bar>`);
    const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    stillFocusedOrSkip();
    await hover(el, 2, 'Instagram');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tipText(el), 'Escape hides it').to.equal('');
    expect(document.activeElement === before, 'focus stays where it was').to.equal(true);
    // The pointer moving on the same bar does not bring it back.
    const { point } = partAt(el, 2);
    await move(point[0] + 3, point[1] + 1);
    expect(tipText(el), 'still hidden on the same bar').to.equal('');
    await hover(el, 3, 'ooVoo');
    expect(document.activeElement === before, 'focus still where it was').to.equal(true);
  });

  it('Escape on a focused part hides its tooltip and keeps focus on the part', async () => {
    const el = await chartIn(html`<offence-platform-bar eager></offence-platform-bar>`);
    const part = shadow(el).querySelector<HTMLElement>('.part[data-index="1"]')!;
    part.focus();
    stillFocusedOrSkip();
    await el.updateComplete;
    expect(tipText(el)).to.equal('Snapchat 123 cases, 24%');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tipText(el), 'Escape hides it').to.equal('');
    expect(shadow(el).activeElement === part, 'focus stays on the part').to.equal(true);
  });
});

/** Each word of the tooltip on one line: none broken across two ("Snapc/hat"). */
function brokenWords(tip: HTMLElement): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(tip, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

const rectOf = (r: DOMRect): Rect => ({ x: r.left, y: r.top, width: r.width, height: r.height });

describe('where a tooltip goes', () => {
  beforeEach(async function () {
    await focusPageOrSkip(this);
  });

  for (const width of [320, 640]) {
    for (const [name, template] of [
      ['offence-type-bar', html`<offence-type-bar eager></offence-type-bar>`],
      ['offence-platform-bar', html`<offence-platform-bar eager></offence-platform-bar>`],
      ['a line chart', CHARTS[2]![1]],
      ['a column chart', CHARTS[1]![1]],
      ['case-outcome-donut', html`<case-outcome-donut eager></case-outcome-donut>`],
    ] as const) {
      it(`${name} at ${width} px: each part's tooltip inside the figure, words whole, never over the part's own label or value`, async () => {
        const el = await chartIn(template, width);
        const parts = Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'));
        const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');
        const words = (kind: string) => Array.from(shadow(el).querySelectorAll<HTMLElement>(`.words .word.${kind}`), (w) => ({ text: squash(w.textContent), rect: rectOf(w.getBoundingClientRect()) }));
        let focused: FoiFocusDetail | null = null;
        el.addEventListener('foi-focus', (e) => (focused = e.detail));
        for (const part of parts) {
          part.focus();
          stillFocusedOrSkip();
          await el.updateComplete;
          // Every box read after the focus, which may have scrolled the page to the part.
          const figure = shadow(el).querySelector('figure')!.getBoundingClientRect();
          const [labels, values] = [words('category'), words('value')];
          const tip = tooltip(el)!;
          const r = tip.getBoundingClientRect();
          const where = `part ${part.dataset.index} "${flat(tip.textContent)}" at ${Math.round(r.left - figure.left)},${Math.round(r.top - figure.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${figure.width}`;
          expect(r.left, `${where}: inside the figure`).to.be.at.least(figure.left - 0.5);
          expect(r.right, `${where}: inside the figure`).to.be.at.most(figure.right + 0.5);
          expect(r.top, `${where}: inside the figure`).to.be.at.least(figure.top - 0.5);
          expect(r.bottom, `${where}: inside the figure`).to.be.at.most(figure.bottom + 0.5);
          expect(brokenWords(tip), `${where}: words broken across lines`).to.deep.equal([]);
          // Never over its own label, nor (bars) its own value, nor its part (a donut's sits in the hole, over the ring's inside edge).
          const index = Number(part.dataset.index);
          const own = [...labels.filter((w) => w.text === squash(focused!.label)), ...(values[index] ? [values[index]!] : [])];
          if (labels.length) expect(own.length, `${where}: its label is on the chart`).to.be.greaterThan(0);
          for (const w of own) expect(overlaps(rectOf(r), w.rect), `${where} covers its own "${w.text}"`).to.equal(false);
          if (el.chart!.config.type !== 'doughnut') expect(overlaps(rectOf(r), rectOf(part.getBoundingClientRect())), `${where} covers its part`).to.equal(false);
        }
      });
    }
  }
});
