/**
 * The chart and the page leave each other alone: hostile page CSS cannot break the chart, the
 * chart's CSS does not leak out, theming goes only through the documented custom properties,
 * ::part() names and `theme`, and a second copy of the script on the page is harmless.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { defineElement } from '../../src/define.js';
import { orSkip, quietly } from '../support/commands.js';
import {
  clearStages,
  errorTrap,
  make,
  messageText,
  nextFrame,
  settle,
  shadow,
  sleep,
  stage,
  tableLabels,
} from './helpers.js';

const trap = errorTrap();

/** Adds a stylesheet to document.head for one test. */
function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.className = 'hostile-style';
  style.textContent = css;
  document.head.append(style);
  return style;
}

const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`) as HTMLElement | null;

/** Mounts a chart built with setAttribute into a stage of the given width. */
async function chartIn<T extends FoiChart>(
  tag: string,
  attrs: Record<string, string>,
  { width = 600, style = '' }: { width?: number; style?: string } = {},
): Promise<T> {
  const host = stage(width);
  if (style) host.setAttribute('style', `width:${width}px;${style}`);
  const el = make<T>(tag, { eager: '', ...attrs });
  host.append(el);
  return settle(el);
}

/** The colour a reader sees behind an element: its own background, or the nearest ancestor's. */
function effectiveBackground(start: Element): string {
  let node: Element | null = start;
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    node = (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement) as Element | null;
  }
  return 'rgb(255, 255, 255)';
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

const datasetColors = (el: FoiChart) => el.chart!.data.datasets[0]!.backgroundColor as string[];

const STYLE_PROPS = [
  'font-size',
  'font-family',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'color',
  'background-color',
  'display',
  'box-sizing',
  'width',
  'height',
  'line-height',
  'margin-top',
] as const;

function snapshot(el: Element): Record<string, string> {
  const style = getComputedStyle(el);
  return Object.fromEntries(STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)]));
}

describe('isolation from the page', () => {
  beforeEach(() => trap.install());
  afterEach(async () => {
    trap.stop();
    clearStages();
    for (const s of Array.from(document.querySelectorAll('.hostile-style'))) s.remove();
    expect(trap.errors, 'uncaught errors').to.deep.equal([]);
  });

  describe('page CSS cannot break the chart', () => {
    const HOSTILE = `
      canvas { width: 10px !important; height: 10px !important; }
      table { display: none !important; }
      * { box-sizing: content-box !important; }
      button { font-size: 40px !important; padding: 30px !important; }
      figure, figcaption, p, div:not(.hostile-stage), span, ul, li { display: none !important; }
      th, td { color: transparent !important; }
      [part], .chart, .actions { display: none !important; }
    `;

    it('canvas fills its container, the table shows on "Show table", buttons keep their size', async () => {
      pageStyle(HOSTILE);
      const el = await chartIn<FoiChart>('foi-bar-chart', { values: 'Alpha: 10; Beta: 20; Gamma: 5', heading: 'Hostile page' });
      expect(el.state).to.equal('ready');
      const canvas = shadow(el).querySelector('canvas')!;
      const box = part(el, 'chart')!.getBoundingClientRect();
      const drawn = canvas.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(500);
      expect(Math.abs(drawn.width - box.width), `canvas ${drawn.width} vs container ${box.width}`).to.be.at.most(1);
      expect(drawn.height).to.be.greaterThan(50);
      expect(el.chart!.width).to.be.closeTo(box.width, 1);

      const buttons = Array.from(part(el, 'actions')!.querySelectorAll('button'));
      expect(buttons.length).to.be.greaterThan(0);
      const hostSize = parseFloat(getComputedStyle(el).fontSize);
      for (const b of buttons) {
        expect(parseFloat(getComputedStyle(b).fontSize)).to.be.closeTo(hostSize * 0.875, 0.5);
        expect(b.getBoundingClientRect().height).to.be.within(24, 40);
      }
      expect(getComputedStyle(shadow(el).querySelector('figure')!).boxSizing).to.equal('border-box');

      const show = buttons.find((b) => /show table/i.test(b.textContent ?? ''))!;
      show.click();
      await el.updateComplete;
      const table = part(el, 'table')!;
      expect(getComputedStyle(table).display).to.equal('table');
      const rect = table.getBoundingClientRect();
      expect(rect.height).to.be.greaterThan(60);
      expect(rect.width).to.be.greaterThan(300);
      const cell = shadow(el).querySelector('tbody th')!;
      expect(getComputedStyle(cell).color).to.not.equal('rgba(0, 0, 0, 0)');
      expect(tableLabels(el)).to.deep.equal(['Beta', 'Alpha', 'Gamma']);
    });

    it('the donut and its legend survive the same page CSS', async () => {
      pageStyle(HOSTILE);
      const el = await chartIn<FoiChart>('foi-donut-chart', { values: 'A: 1; B: 2; C: 3' });
      const legend = part(el, 'legend')!;
      expect(getComputedStyle(legend).display).to.equal('flex');
      expect(legend.getBoundingClientRect().height).to.be.greaterThan(10);
      const canvas = shadow(el).querySelector('canvas')!.getBoundingClientRect();
      expect(canvas.width).to.be.greaterThan(100);
      expect(canvas.height).to.be.greaterThan(100);
    });

    it('inherited page text settings that would garble it (line-height: 0, text-align: right) are reset', async () => {
      const el = await chartIn<FoiChart>(
        'foi-bar-chart',
        { values: 'A: 1; B: 2', heading: 'Heading' },
        { style: 'line-height: 0; text-align: right; font-size: 16px' },
      );
      const heading = part(el, 'heading')!;
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(heading).textAlign).to.be.oneOf(['start', 'left']);
    });

    it('the chart does not leak: page elements keep their style', async () => {
      const host = stage();
      host.innerHTML = `<button type="button" class="page-button">Page button</button>
        <table class="page-table"><tr><td>x</td></tr></table><figure class="page-figure"><p class="page-p">p</p></figure>
        <canvas class="page-canvas" width="50" height="20"></canvas><div class="message chart legend actions">classes</div>`;
      const probes = ['.page-button', '.page-table', '.page-figure', '.page-p', '.page-canvas', '.message'].map(
        (s) => host.querySelector(s)!,
      );
      const before = probes.map(snapshot);
      const headSheets = document.head.querySelectorAll('style, link').length;
      for (const tag of ['foi-bar-chart', 'foi-donut-chart', 'offence-platform-bar']) {
        const el = make<FoiChart>(tag, { eager: '', values: 'A: 1; B: 2' });
        host.append(el);
        await settle(el);
      }
      await nextFrame();
      const after = probes.map(snapshot);
      expect(after).to.deep.equal(before);
      // No stylesheet was added to the document itself: styles live in shadow roots.
      expect(document.head.querySelectorAll('style, link').length).to.equal(headSheets);
      expect(document.body.querySelectorAll('style, link')).to.have.length(0);
      expect(document.adoptedStyleSheets.length).to.equal(0);
    });

    it('a page button next to the chart keeps the page’s own hostile style', async () => {
      pageStyle('button { font-size: 40px !important; }');
      const host = stage();
      host.innerHTML = '<button type="button" class="outside">Outside</button>';
      const outside = host.querySelector('button')!;
      const before = snapshot(outside);
      const el = make<FoiChart>('foi-bar-chart', { eager: '', values: 'A: 1' });
      host.append(el);
      await settle(el);
      expect(getComputedStyle(outside).fontSize).to.equal('40px');
      expect(snapshot(outside)).to.deep.equal(before);
    });
  });

  describe('custom properties change what is drawn', () => {
    it('--foi-color-1 colours the bars', async () => {
      const el = await chartIn<FoiChart>('foi-bar-chart', { values: 'A: 1; B: 2; C: 3' }, { style: '--foi-color-1: rgb(200, 0, 0)' });
      expect(datasetColors(el)).to.deep.equal(['rgb(200, 0, 0)', 'rgb(200, 0, 0)', 'rgb(200, 0, 0)']);
    });

    it('--foi-color-1 … --foi-color-8 colour the donut parts, and the legend swatches agree', async () => {
      const colors = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `rgb(${n * 20}, ${200 - n * 20}, ${n * 10})`);
      const style = colors.map((c, i) => `--foi-color-${i + 1}: ${c}`).join(';');
      const values = colors.map((_, i) => `P${i + 1}: ${80 - i * 10}`).join('; ');
      const el = await chartIn<FoiChart>('foi-donut-chart', { values }, { style });
      expect(datasetColors(el)).to.deep.equal(colors);
      await el.updateComplete;
      const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('.legend .swatch'));
      expect(swatches.map((s) => getComputedStyle(s).backgroundColor)).to.deep.equal(colors);
    });

    it('--foi-accent and --foi-muted-color colour highlighted and other bars', async () => {
      const el = await chartIn<FoiChart>(
        'foi-bar-chart',
        { values: 'A: 3; B: 2; C: 1', highlight: 'B' },
        { style: '--foi-accent: rgb(0, 0, 180); --foi-muted-color: rgb(90, 90, 90)' },
      );
      expect(datasetColors(el)).to.deep.equal(['rgb(90, 90, 90)', 'rgb(0, 0, 180)', 'rgb(90, 90, 90)']);
    });

    it('--foi-text-color, --foi-grid-color and --foi-background reach the canvas and the figure', async () => {
      const el = await chartIn<FoiChart>(
        'foi-bar-chart',
        { values: 'A: 3; B: 2', heading: 'H' },
        { style: '--foi-text-color: rgb(10, 20, 30); --foi-grid-color: rgb(1, 100, 1); --foi-background: rgb(250, 240, 230)' },
      );
      const options = el.chart!.options as any;
      expect(options.color).to.equal('rgb(10, 20, 30)');
      // The words (ticks, labels, values) are HTML over the canvas, which draws none itself.
      expect(options.scales.x.ticks.color).to.equal('transparent');
      for (const word of Array.from(el.shadowRoot!.querySelectorAll('.word'))) expect(getComputedStyle(word).color).to.equal('rgb(10, 20, 30)');
      expect(el.shadowRoot!.querySelectorAll('.word').length).to.be.greaterThan(4);
      expect(options.scales.x.grid.color).to.equal('rgb(1, 100, 1)');
      expect(getComputedStyle(part(el, 'heading')!).color).to.equal('rgb(10, 20, 30)');
      expect(effectiveBackground(part(el, 'figure')!)).to.equal('rgb(250, 240, 230)');
    });

    it('--foi-bar-height makes bars (and the canvas) taller', async () => {
      const values = 'A: 1; B: 2; C: 3; D: 4';
      const plain = await chartIn<FoiChart>('foi-bar-chart', { values });
      const tall = await chartIn<FoiChart>('foi-bar-chart', { values }, { style: '--foi-bar-height: 60px' });
      expect((tall.chart!.data.datasets[0] as any).barThickness).to.equal(60);
      const h = (el: FoiChart) => shadow(el).querySelector('canvas')!.getBoundingClientRect().height;
      expect(h(tall)).to.be.greaterThan(h(plain) + 4 * 20);
    });

    it('--foi-max-height limits the donut', async () => {
      const small = await chartIn<FoiChart>('foi-donut-chart', { values: 'A: 1; B: 2' }, { style: '--foi-max-height: 150px' });
      const big = await chartIn<FoiChart>('foi-donut-chart', { values: 'A: 1; B: 2' });
      const size = (el: FoiChart) => shadow(el).querySelector('canvas')!.getBoundingClientRect();
      expect(size(small).height).to.be.at.most(151);
      expect(size(small).width).to.be.at.most(151);
      expect(size(big).height).to.be.greaterThan(250);
    });

    it('--foi-font-family sets the text font and the canvas font', async () => {
      const el = await chartIn<FoiChart>(
        'foi-bar-chart',
        { values: 'A: 1; B: 2', heading: 'Font' },
        { style: '--foi-font-family: "Courier New", monospace' },
      );
      expect(getComputedStyle(part(el, 'heading')!).fontFamily).to.contain('Courier New');
      expect((el.chart!.options as any).scales.x.ticks.font.family).to.contain('Courier New');
    });

    it('changing a custom property later redraws with it (on the next data or theme change)', async () => {
      const el = await chartIn<FoiChart>('foi-bar-chart', { values: 'A: 1' });
      el.style.setProperty('--foi-color-1', 'rgb(0, 128, 0)');
      el.values = 'A: 1; B: 2';
      await settle(el);
      await waitUntil(() => datasetColors(el)[0] === 'rgb(0, 128, 0)', `colours ${datasetColors(el)}`);
    });
  });

  describe('::part() names', () => {
    const PARTS = ['figure', 'heading', 'subtitle', 'chart', 'legend', 'table', 'notes', 'source', 'actions'];

    it('each part name can be styled from the page', async () => {
      pageStyle(
        PARTS.map((name, i) => `.parts-test::part(${name}) { outline: 2px solid rgb(${i + 1}, 2, 3); }`).join('\n') +
          '\n.parts-test::part(message) { outline: 2px solid rgb(99, 2, 3); }',
      );
      const el = await chartIn<FoiChart>('foi-donut-chart', {
        class: 'parts-test',
        values: 'A: 1; B: 2',
        heading: 'Heading',
        subtitle: 'Subtitle',
        note: 'Note',
        source: 'Source',
      });
      for (const [i, name] of PARTS.entries()) {
        const node = part(el, name);
        expect(node, `part ${name}`).to.not.equal(null);
        expect(getComputedStyle(node!).outlineColor, name).to.equal(`rgb(${i + 1}, 2, 3)`);
      }
      const empty = await chartIn<FoiChart>('foi-bar-chart', { class: 'parts-test' });
      expect(empty.state).to.equal('empty');
      expect(getComputedStyle(part(empty, 'message')!).outlineColor).to.equal('rgb(99, 2, 3)');
    });
  });

  describe('themes', () => {
    afterEach(async () => {
      await quietly(() => emulateMedia({ colorScheme: 'light' }));
    });

    it('theme="dark" darkens the figure and the drawing', async () => {
      const light = await chartIn<FoiChart>('foi-donut-chart', { values: 'A: 1; B: 2', heading: 'Light' });
      const dark = await chartIn<FoiChart>('foi-donut-chart', { values: 'A: 1; B: 2', heading: 'Dark', theme: 'dark' });
      const bgLight = effectiveBackground(part(light, 'figure')!);
      const bgDark = effectiveBackground(part(dark, 'figure')!);
      expect(bgDark).to.not.equal(bgLight);
      expect(luminance(bgDark)).to.be.below(0.2);
      expect(luminance(getComputedStyle(part(dark, 'heading')!).color)).to.be.above(0.8);
      expect(datasetColors(dark)).to.not.deep.equal(datasetColors(light));
      expect(luminance((dark.chart!.options as any).color)).to.be.above(0.8);
    });

    it('theme="auto" follows prefers-color-scheme, also when it changes after drawing', async function () {
      await orSkip(this, () => emulateMedia({ colorScheme: 'dark' }));
      const el = await chartIn<FoiChart>('foi-bar-chart', { values: 'A: 1; B: 2', heading: 'Auto', theme: 'auto' });
      expect(luminance(effectiveBackground(part(el, 'figure')!))).to.be.below(0.2);
      expect(luminance((el.chart!.options as any).color)).to.be.above(0.8);
      const lightOnly = await chartIn<FoiChart>('foi-bar-chart', { values: 'A: 1; B: 2', heading: 'No theme' });
      expect(luminance(effectiveBackground(part(lightOnly, 'figure')!)), 'no theme stays light').to.be.above(0.9);

      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(
        () => luminance(effectiveBackground(part(el, 'figure')!)) > 0.9,
        'figure did not turn light',
      );
      await waitUntil(
        () => luminance((el.chart!.options as any).color) < 0.3,
        `canvas text colour stayed ${(el.chart!.options as any).color}`,
      );
    });
  });

  describe('two copies of the script on one page', () => {
    const TAGS = ['foi-bar-chart', 'foi-donut-chart', 'offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];

    it('defining every tag again (another copy’s classes) throws nothing and warns once in all', async () => {
      const originals = TAGS.map((t) => customElements.get(t));
      const warnings: unknown[][] = [];
      const realWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        // A second copy has its own module instance of define.ts and its own classes.
        const copy = (await import(`../../src/define.ts?copy=${Date.now()}`)) as typeof import('../../src/define.js');
        const copyBar = (await import(`../../src/charts/foi-bar-chart.ts?copy=${Date.now()}`)) as typeof import('../../src/charts/foi-bar-chart.js');
        for (const tag of TAGS) {
          expect(() => copy.defineElement(tag, class extends HTMLElement {})).to.not.throw();
          expect(() => defineElement(tag, class extends HTMLElement {})).to.not.throw();
        }
        expect(() => copy.defineElement('foi-bar-chart', copyBar.FoiBarChart)).to.not.throw();
        // The same copy defining its own class again (a module evaluated twice) is silent.
        expect(() => defineElement('foi-bar-chart', originals[0]!)).to.not.throw();
        // A constructor already used for another tag: the registry refuses, defineElement must not throw.
        expect(() => copy.defineElement('foi-bar-chart-copy', originals[0]!)).to.not.throw();
      } finally {
        console.warn = realWarn;
      }
      expect(warnings, JSON.stringify(warnings)).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(/already defined/);
      expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(originals);
      // The first copy's elements still work.
      const el = await chartIn<FoiChart>('offence-platform-bar', {});
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)[0]).to.equal('Facebook');
    });
  });

  it('the message part is visible in empty and error states, with the page hiding paragraphs', async () => {
    pageStyle('p, [role="alert"] { display: none !important; visibility: hidden !important; }');
    const empty = await chartIn<FoiChart>('foi-bar-chart', {});
    const error = await chartIn<FoiChart>('foi-bar-chart', { values: 'A: lots' });
    for (const el of [empty, error]) {
      const msg = part(el, 'message')!;
      expect(messageText(el)).to.not.equal('');
      expect(msg.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(msg).visibility).to.equal('visible');
    }
    await sleep(0);
  });
});
