/**
 * Every word of the chart where a reader can see it: inside the chart's box and never drawn
 * over another word, in every kind, on a phone, with the WCAG 1.4.12 text spacing and larger
 * text (1.4.4, 1.4.10, 1.4.12), and in the donut's bar view. Boxes, not screenshots: the checks
 * hold whatever fonts the machine has.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { nextFrame, shadow } from '../elements/helpers.js';
import { chartWords, wordFaults } from '../support/geometry.js';

const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Waits until the chart has drawn and its words have followed the drawing. */
async function drawn(el: FoiChart) {
  await el.rendered;
  await frames();
  await el.updateComplete;
}

const actionButton = (el: FoiChart, text: RegExp) =>
  Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="actions"] button')).find((b) => text.test(b.textContent!))!;

describe('"Show as bars": the bar view keeps its words', () => {
  for (const [name, template] of [
    ['<case-outcome-donut>', html`<div style="width: 800px"><case-outcome-donut eager></case-outcome-donut></div>`],
    [
      '<foi-donut-chart actions="… bars">',
      html`<div style="width: 800px"><foi-donut-chart eager actions="table bars" values="Charged: 60; Cautioned: 25; No further action: 300; Under investigation: 40; Other: 5"></foi-donut-chart></div>`,
    ],
  ] as const) {
    it(`${name}: as many category words as parts, each inside the figure; the button says what it will do next`, async () => {
      const wrapper = await fixture<HTMLElement>(template);
      const el = wrapper.firstElementChild as FoiChart;
      await drawn(el);
      const button = actionButton(el, /Show as bars/);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const before = getComputedStyle(button).borderTopWidth;
      button.click();
      await drawn(el);
      const parts = shadow(el).querySelectorAll('.part').length;
      expect(parts).to.be.greaterThan(2);
      const words = chartWords(el);
      expect(words.filter((w) => w.kind === 'category'), 'category words').to.have.length(parts);
      expect(words.filter((w) => w.kind === 'value'), 'value words').to.have.length(parts);
      expect(words.filter((w) => w.kind === 'tick').length, 'axis ticks').to.be.greaterThan(1);
      expect(wordFaults(el)).to.deep.equal([]);
      const figure = shadow(el).querySelector('figure')!.getBoundingClientRect();
      for (const w of words) expect(w.box.left >= figure.left - 0.5 && w.box.right <= figure.right + 0.5, w.text).to.equal(true);
      // Each bar's words are its part's: the label its part names, in the parts' order.
      const values = shadow(el).querySelectorAll('.part');
      expect(words.filter((w) => w.kind === 'category').map((w) => w.text)).to.deep.equal(
        Array.from(values, (p) => p.getAttribute('aria-label')!.split(':')[0]),
      );
      // And the words a <foi-bar-chart> of the same data writes, at the same width.
      if (el.localName === 'foi-donut-chart') {
        const bars = await fixture<HTMLElement>(html`<div style="width: 800px"><foi-bar-chart eager values=${el.getAttribute('values')!}></foi-bar-chart></div>`);
        const bar = bars.firstElementChild as FoiChart;
        await drawn(bar);
        const texts = (of: FoiChart, kind: string) => chartWords(of).filter((w) => w.kind === kind).map((w) => w.text).sort();
        for (const kind of ['category', 'value', 'tick']) expect(texts(el, kind), kind).to.deep.equal(texts(bar, kind));
      }
      // The button now offers the donut back, and looks pressed: not by colour alone.
      const pressed = actionButton(el, /Show as/);
      expect(pressed.textContent!.trim()).to.equal('Show as donut');
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(pressed).borderTopWidth).to.not.equal(before);
    });
  }

  it('the bar view keeps its words after a resize, and the donut comes back with its legend', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px"><case-outcome-donut eager></case-outcome-donut></div>`);
    const el = wrapper.firstElementChild as FoiChart;
    await drawn(el);
    actionButton(el, /Show as bars/).click();
    await drawn(el);
    wrapper.style.width = '320px';
    await frames(6);
    await drawn(el);
    expect(el.chart!.width).to.equal(320);
    expect(chartWords(el).filter((w) => w.kind === 'category')).to.have.length(9);
    expect(wordFaults(el)).to.deep.equal([]);
    actionButton(el, /Show as donut/).click();
    await drawn(el);
    expect((el.chart!.config as { type?: string }).type).to.equal('doughnut');
    expect(chartWords(el)).to.have.length(0);
    expect(shadow(el).querySelectorAll('.legend li')).to.have.length(9);
    expect(actionButton(el, /Show as/).textContent!.trim()).to.equal('Show as bars');
  });
});

/** WCAG 1.4.12's text spacing, as the bookmarklets apply it: on every element, with !important. */
const SPACING = '{ letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';
const PAGE_SPACING = `.spaced, .spaced * ${SPACING} .spaced p { margin-bottom: 2em !important; }`;

const THREE = 'Year: North, South, East; 2019: 10, 20, 30; 2020: 12, 5, 28; 2021: 15, 24, 25; 2022: 18, 26, 22';
const TWELVE = Array.from({ length: 12 }, (_, i) => `${2006 + i}/${String(7 + i).padStart(2, '0')}: ${5 + ((i * 7) % 11)}`).join('; ');
const OFFENCES = 'Sexual activity with a child: 434; Grooming: 35; Rape: 26; Abuse of a position of trust: 4; Not itemised: 22';
const OFFENCE_SERIES = 'Offence: 2015/16, 2016/17; Sexual activity with a child: 140, 160; Abuse of a position of trust: 2, 1; Grooming: 12, 15';

/** One chart of every kind, and each layout of several series. */
const KINDS: [string, TemplateResult][] = [
  ['bars', html`<foi-bar-chart eager heading="Offences" values=${OFFENCES}></foi-bar-chart>`],
  ['bars, grouped', html`<foi-bar-chart eager layout="grouped" values=${OFFENCE_SERIES}></foi-bar-chart>`],
  ['bars, stacked', html`<foi-bar-chart eager layout="stacked" values=${OFFENCE_SERIES}></foi-bar-chart>`],
  ['donut shown as bars', html`<case-outcome-donut eager></case-outcome-donut>`],
  ['columns', html`<foi-column-chart eager heading="Cases by year" values="2014/15 and 2015/16: 273; 2016/17: 248"></foi-column-chart>`],
  ['columns, grouped', html`<foi-column-chart eager values=${THREE}></foi-column-chart>`],
  ['columns, stacked', html`<foi-column-chart eager layout="stacked" values=${THREE}></foi-column-chart>`],
  ['line, 12 periods', html`<foi-line-chart eager values=${TWELVE}></foi-line-chart>`],
  ['lines, 3 series', html`<foi-line-chart eager values=${THREE}></foi-line-chart>`],
];

/** How the reader sees the page: its width, its text size, and text spacing from where. */
const READERS: { name: string; width: number; fontSize: number; spacing: 'none' | 'page' | 'shadow' }[] = [
  { name: '320 px (400% zoom of a 1280 px window)', width: 320, fontSize: 16, spacing: 'none' },
  { name: '320 px, 1.4.12 spacing in a page stylesheet', width: 320, fontSize: 16, spacing: 'page' },
  { name: '320 px, 1.4.12 spacing inside the shadow root', width: 320, fontSize: 16, spacing: 'shadow' },
  { name: '320 px, text at 200%, with 1.4.12 spacing', width: 320, fontSize: 32, spacing: 'page' },
  { name: '900 px, text at 200%', width: 900, fontSize: 32, spacing: 'none' },
];

/** The category labels the chart has, in order: its parts' names for one series, its table's rows for several. */
function labelsOf(el: FoiChart): string[] {
  const rows = Array.from(shadow(el).querySelectorAll('table tbody tr th'), (th) => th.textContent!.trim());
  return rows;
}

/** Applies the reader's text spacing after the chart is drawn, as a bookmarklet does, and waits for the chart to follow. */
async function applySpacing(el: FoiChart, wrapper: HTMLElement, spacing: 'none' | 'page' | 'shadow') {
  if (spacing === 'none') return;
  const before = JSON.stringify(chartWords(el).map((w) => w.box));
  if (spacing === 'page') wrapper.classList.add('spaced');
  else {
    const style = document.createElement('style');
    style.textContent = `* ${SPACING}`;
    shadow(el).append(style);
  }
  // The chart sees the change (its words' probe changes size), lays out and draws again.
  for (let i = 0; i < 30 && JSON.stringify(chartWords(el).map((w) => w.box)) === before; i++) await nextFrame();
  await drawn(el);
  await frames();
}

describe('every chart word inside the chart and over no other (WCAG 1.4.4, 1.4.10, 1.4.12)', () => {
  for (const reader of READERS) {
    describe(reader.name, () => {
      for (const [kind, chart] of KINDS) {
        it(kind, async () => {
          const wrapper = await fixture<HTMLElement>(
            html`<div><style>${PAGE_SPACING}</style><div class="reader" style="width: ${reader.width}px; font-size: ${reader.fontSize}px">${chart}</div></div>`,
          );
          const el = wrapper.querySelector('[eager]') as FoiChart;
          await drawn(el);
          if (kind === 'donut shown as bars') {
            actionButton(el, /Show as bars/).click();
            await drawn(el);
          }
          await applySpacing(el, wrapper.querySelector('.reader')!, reader.spacing);
          const probe = getComputedStyle(shadow(el).querySelector('.words .word')!);
          if (reader.spacing !== 'none') expect(parseFloat(probe.letterSpacing), 'the words take the spacing').to.be.greaterThan(0);
          expect(wordFaults(el)).to.deep.equal([]);
          // No word lost: every label is written (several series: the first and last at least,
          // and when some are left out the chart says which are written).
          const labels = labelsOf(el);
          const written = chartWords(el).filter((w) => w.kind === 'category').map((w) => w.text.replace(/(\/|-) /g, '$1'));
          const name = shadow(el).querySelector('.parts')!.getAttribute('aria-label')!;
          if (written.length < labels.length) {
            expect(written[0], 'the first label').to.equal(labels[0]);
            expect(written[written.length - 1], 'the last label').to.equal(labels[labels.length - 1]);
            expect(name, 'the structure sentence').to.match(/The labels under the axis name (every \w+|only the first and the last)/);
          } else {
            expect(written).to.deep.equal(labels);
            expect(name).to.not.contain('labels under the axis');
          }
          expect(chartWords(el).filter((w) => w.kind === 'tick').length, 'axis numbers').to.be.greaterThan(1);
          const figure = shadow(el).querySelector('figure')!;
          expect(figure.scrollWidth, 'no sideways scrolling').to.be.at.most(figure.clientWidth + 1);
        });
      }
    });
  }
});

/** 88 categories with 100-character labels, as an official table of industries has them. */
function longTable(signed: boolean): string {
  return Array.from({ length: 88 }, (_, i) => {
    const label = `${i + 1}. Industria del tabaco, de la alimentación y de las manufacturas afines, grupo ${String(i).padStart(2, '0')} ${'x'.repeat(20)}`.slice(0, 100);
    // Large and tiny values side by side; signed: a change, some of it down.
    const value = i % 7 === 0 ? 24 : i % 5 === 0 ? 3 : 150 + ((i * 997) % 4800);
    return `${label}: ${signed && i % 3 === 0 ? -value : value}`;
  }).join('\n');
}

describe('a long bar chart: no value label over a category label or another value label', () => {
  for (const width of [900, 320]) {
    for (const signed of [false, true]) {
      it(`88 bars with 100-character labels${signed ? ', some negative,' : ''} at ${width} px`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px"><foi-bar-chart eager sort="none" values=${longTable(signed)}></foi-bar-chart></div>`,
        );
        const el = wrapper.firstElementChild as FoiChart;
        await drawn(el);
        const words = chartWords(el);
        expect(words.filter((w) => w.kind === 'category')).to.have.length(88);
        expect(words.filter((w) => w.kind === 'value')).to.have.length(88);
        expect(wordFaults(el)).to.deep.equal([]);
        // Each value label is level with its own bar, after its end: right of a bar that grows
        // right, left of one that grows left (the plot has room for it), however short the bar.
        const bars = Array.from(shadow(el).querySelectorAll<HTMLElement>('.part'), (p) => p.getBoundingClientRect());
        const values = longTable(signed).split('\n').map((line) => Number(line.slice(line.lastIndexOf(':') + 1)));
        const plot = shadow(el).querySelector('.chart')!.getBoundingClientRect().left + el.chart!.chartArea.left;
        words
          .filter((w) => w.kind === 'value')
          .forEach((w, i) => {
            const bar = bars[i]!;
            const where = `value ${i + 1} (${w.text}) at ${Math.round(w.box.left)}..${Math.round(w.box.right)}, its bar at ${Math.round(bar.left)}..${Math.round(bar.right)}`;
            expect(w.text).to.equal(values[i]!.toLocaleString('en-GB'));
            expect(Math.abs((w.box.top + w.box.bottom) / 2 - (bar.top + bar.bottom) / 2), where).to.be.below(2);
            if (values[i]! < 0) {
              expect(w.box.right, where).to.be.at.most(bar.left + 1);
              expect(w.box.left, `${where}: inside the plot`).to.be.at.least(plot - 0.5);
            } else expect(w.box.left, where).to.be.at.least(bar.right - 1);
          });
      });
    }
  }
});

describe('period labels under a line chart at 320 px (issue 19, finding 5)', () => {
  it('a 12-period line chart writes its first and last period, overprints none, and says which it writes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><foi-line-chart eager values=${TWELVE}></foi-line-chart></div>`);
    const el = wrapper.firstElementChild as FoiChart;
    await drawn(el);
    const written = chartWords(el).filter((w) => w.kind === 'category');
    expect(written.length).to.be.within(2, 11);
    expect(written[0]!.text).to.equal('2006/07');
    expect(written[written.length - 1]!.text).to.equal('2017/18');
    expect(wordFaults(el)).to.deep.equal([]);
    // The rule: the first, every k-th after it, and the last; and the structure sentence says which k.
    const shown = written.map((w) => TWELVE.split('; ').findIndex((entry) => entry.startsWith(w.text)));
    const step = shown[1]! - shown[0]!;
    shown.slice(0, -1).forEach((index, i) => expect(index, `label ${i + 1}`).to.equal(i * step));
    const name = shadow(el).querySelector('.parts')!.getAttribute('aria-label')!;
    const ordinal = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth'][step];
    expect(name).to.contain(`The labels under the axis name every ${ordinal} period from the first`);
    // At 900 px every period is written and nothing is said.
    wrapper.style.width = '900px';
    await frames(6);
    await drawn(el);
    expect(chartWords(el).filter((w) => w.kind === 'category')).to.have.length(12);
    expect(shadow(el).querySelector('.parts')!.getAttribute('aria-label')).to.not.contain('labels under the axis');
  });
});
