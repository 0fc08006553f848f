/**
 * What a zoomed-in, high-contrast or translating reader meets: every word of the chart as HTML
 * text where Chart.js places it, legend textures in forced colours, reflow with the WCAG 1.4.12
 * text-spacing styles at 320 px, units that agree with their numbers, and a tooltip that never
 * covers the heading.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { settled, settledIn, shadow, tableRows } from '../elements/helpers.js';
import { focusPageOrSkip, orSkip, quietly, stillFocusedOrSkip } from '../support/commands.js';

interface LabelItem {
  label: string | string[];
  textOffset: number;
  font: { lineHeight: number };
  options: { translation: [number, number] };
}
async function waitFor(ok: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => requestAnimationFrame(r));
}
const words = (el: Element, kind: string) => Array.from(shadow(el).querySelectorAll<HTMLElement>(`.word.${kind}`));

describe('every word of the chart is text', () => {
  it('category labels, value labels and ticks are HTML, within 1 px of where Chart.js places its own', async () => {
    const el = await settled<FoiChart>(html`<offence-platform-bar eager style="width: 700px"></offence-platform-bar>`);
    const canvas = el.chart!.canvas.getBoundingClientRect();
    const items = (el.chart!.scales.y as unknown as { getLabelItems(): LabelItem[] }).getLabelItems();
    const labels = words(el, 'category');
    expect(labels.map((w) => w.textContent!.trim())).to.deep.equal(items.map((i) => String(i.label)));
    labels.forEach((word, i) => {
      const box = word.getBoundingClientRect();
      const [x, y] = items[i]!.options.translation;
      // Right-aligned at Chart.js's x; each line centred where Chart.js centres it.
      expect(Math.abs(box.right - (canvas.left + x)), `right of ${word.textContent}`).to.be.at.most(1);
      expect(Math.abs(box.top + items[i]!.font.lineHeight / 2 - (canvas.top + y + items[i]!.textOffset)), `middle of ${word.textContent}`).to.be.at.most(1);
    });
    expect(words(el, 'value').map((w) => w.textContent!.trim())).to.deep.equal(['261', '123', '51', '47', '39', '16', '4', '3']);
    const ticks = (el.chart!.scales.x as unknown as { getLabelItems(): LabelItem[] }).getLabelItems();
    words(el, 'tick').forEach((word, i) => {
      const box = word.getBoundingClientRect();
      expect(Math.abs((box.left + box.right) / 2 - (canvas.left + ticks[i]!.options.translation[0])), `tick ${word.textContent}`).to.be.at.most(1);
    });
    // The canvas draws none of them.
    expect((el.chart!.options.scales!.y!.ticks as { color: string }).color).to.equal('transparent');
  });

  it('the words take the page\'s text spacing; labels above bars on a narrow screen are text too', async () => {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 320px; letter-spacing: 0.12em; word-spacing: 0.16em"><offence-platform-bar eager></offence-platform-bar></div>`,
      'offence-platform-bar',
    );
    // The 320 px width arrives with the first resize report, after the first drawing; the
    // words and the focus targets follow it within a frame or two.
    const label = () => words(el, 'category')[0]!;
    const bar = () => shadow(el).querySelector<HTMLElement>('.part[data-index="0"]')!.getBoundingClientRect();
    await waitFor(() => (el.chart?.width ?? 0) <= 320 && !!label() && label().getBoundingClientRect().bottom <= bar().top + 1);
    expect(label().textContent!.trim()).to.equal('Facebook');
    expect(getComputedStyle(label()).letterSpacing).to.not.equal('normal');
    // Above its bar: its bottom is above the bar's top, and not far above.
    expect(label().getBoundingClientRect().bottom).to.be.at.most(bar().top + 1);
    expect(label().getBoundingClientRect().bottom).to.be.at.least(bar().top - 8);
  });
});

describe('forced colours', () => {
  afterEach(() => quietly(() => executeServerCommand('foi-forced-colors', { active: false })));

  it('legend swatches keep the textures of their parts', async function () {
    await orSkip(this, () => executeServerCommand('foi-forced-colors', { active: true }));
    const el = await settled<FoiChart>(html`<case-outcome-donut eager></case-outcome-donut>`);
    const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('.swatch'));
    expect(swatches).to.have.length(9);
    const backgrounds = swatches.map((s) => getComputedStyle(s).backgroundImage);
    expect(backgrounds.filter((b) => b.includes('gradient'))).to.have.length(9);
    // Nine entries are told apart: colour and texture together are never the same twice in the first eight.
    const looks = swatches.map((s) => `${getComputedStyle(s).backgroundColor} ${getComputedStyle(s).backgroundImage}`);
    expect(new Set(looks.slice(0, 8)).size).to.equal(8);
  });
});

describe('reflow with text spacing at 320 px (WCAG 1.4.10, 1.4.12)', () => {
  it('no word breaks mid-letter and nothing is cut off: a wide table scrolls in a labelled, focusable region', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
      <style>
        .spaced * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }
        .spaced p { margin-bottom: 2em !important; }
      </style>
      <div class="spaced"><case-outcome-donut eager></case-outcome-donut></div>
    </div>`);
    const el = wrapper.querySelector('case-outcome-donut') as FoiChart;
    await el.rendered;
    shadow(el).querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const wrap = shadow(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.getAttribute('role')).to.equal('region');
    expect(wrap.getAttribute('aria-label')).to.equal('What happened to the 521 cases: data');
    expect(wrap.tabIndex).to.equal(0);
    expect(wrap.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    // Each word of each cell sits on one line.
    for (const cell of Array.from(shadow(el).querySelectorAll('th, td'))) {
      const text = cell.textContent ?? '';
      const node = Array.from(cell.querySelectorAll('*')).concat(cell).flatMap((n) => Array.from(n.childNodes)).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!node) continue;
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        expect(lines.size, `"${match[0]}" in "${text.trim()}"`).to.equal(1);
      }
    }
  });
});

describe('words that agree with numbers', () => {
  it('says "1 case" and "1 signalement", never "1 cases", everywhere a value is written', async () => {
    const el = await settled<FoiChart>(html`<case-outcome-donut eager></case-outcome-donut>`);
    const part = shadow(el).querySelector('.part[data-index="7"]')!.getAttribute('aria-label');
    expect(part).to.equal('Offender under the age of criminal responsibility: 1 case, 0.2%. 8 of 9.');
    expect(el.summaryText).to.not.match(/\b1 cases\b/);
    const fr = await settledIn<FoiChart>(
      html`<div lang="fr"><foi-bar-chart eager unit="signalement|signalements" values="A: 1; B: 2"></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    expect(shadow(fr).querySelector('.part[data-index="1"]')!.getAttribute('aria-label')).to.equal('A: 1 signalement. 2 of 2.');
    expect(shadow(fr).querySelector('.part[data-index="0"]')!.getAttribute('aria-label')).to.equal('B: 2 signalements. 1 of 2.');
    expect(tableRows(fr)[0]).to.deep.equal(['B', '2']);
    expect(fr.getCsv().split('\r\n')[0]).to.equal('Category,Signalements');
  });
});

describe('pointer and focus agree', () => {
  it('the tooltip of the top bar sits below it, never over the heading', async function () {
    // Firefox fires focus events only in the focused window; test files run side by side.
    await focusPageOrSkip(this);
    const el = await settled<FoiChart>(html`<offence-platform-bar eager></offence-platform-bar>`);
    shadow(el).querySelector<HTMLElement>('.part[data-index="0"]')!.focus();
    stillFocusedOrSkip();
    await el.updateComplete;
    const tooltip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    const heading = shadow(el).querySelector('[part~="heading"]')!.getBoundingClientRect();
    const subtitle = shadow(el).querySelector('[part~="subtitle"]')!.getBoundingClientRect();
    const bar = shadow(el).querySelector('.part[data-index="0"]')!.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(box.top).to.be.at.least(Math.max(heading.bottom, subtitle.bottom));
    expect(box.top).to.be.at.least(bar.bottom);
  });

  it('a crowded donut offers "Show as bars" by default', async () => {
    const el = await settled<FoiChart>(html`<case-outcome-donut eager></case-outcome-donut>`);
    const buttons = Array.from(shadow(el).querySelectorAll('[part~="actions"] button')).map((b) => b.textContent!.trim());
    expect(buttons).to.include('Show as bars');
    const few = await settled<FoiChart>(html`<foi-donut-chart eager values="A: 50; B: 30; C: 20"></foi-donut-chart>`);
    expect(Array.from(shadow(few).querySelectorAll('[part~="actions"] button')).map((b) => b.textContent!.trim())).to.not.include('Show as bars');
  });
});
