import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { PRINT_SCALE } from '../../src/base/controllers/print-controller.js';
import { orSkip, quietly } from '../support/commands.js';
import { decode, near, rgb } from '../support/picture.js';
import { settled, settledIn, shadow } from './helpers.js';

const BARS = 'Facebook: 261; Snapchat: 123; Instagram: 51';
const printing = () => dispatchEvent(new Event('beforeprint'));
const printed = () => dispatchEvent(new Event('afterprint'));
const display = (el: Element | null) => (el ? getComputedStyle(el).display : 'absent');

describe('print', () => {
  afterEach(async () => {
    printed();
    await quietly(() => emulateMedia({ media: 'screen' }));
  });

  it('before printing, the chart becomes an image at print resolution, its words drawn in; after, it is dropped', async () => {
    const el = await settledIn<FoiChart>(html`<div style="width: 500px"><foi-bar-chart eager heading="Platforms" values=${BARS}></foi-bar-chart></div>`, 'foi-bar-chart');
    const img = shadow(el).querySelector<HTMLImageElement>('.chart img.print-image')!;
    expect(img.hasAttribute('src')).to.equal(false);
    printing();
    expect(img.src).to.match(/^data:image\/png/);
    await img.decode();
    const canvas = shadow(el).querySelector('canvas')!.getBoundingClientRect();
    expect(img.naturalWidth).to.equal(Math.round(canvas.width * PRINT_SCALE));
    expect(img.naturalHeight).to.equal(Math.round(canvas.height * PRINT_SCALE));
    // The category labels, HTML on screen, are in the image: the column left of the first bar has text-coloured ink.
    const picture = await decode(img.src);
    const text = rgb(getComputedStyle(shadow(el).querySelector('.probe .p-text')!).color);
    const label = shadow(el).querySelector('.word.category')!.getBoundingClientRect();
    const chart = shadow(el).querySelector('.chart')!.getBoundingClientRect();
    let ink = 0;
    for (let y = (label.top - chart.top) * PRINT_SCALE; y < (label.bottom - chart.top) * PRINT_SCALE; y++)
      for (let x = (label.left - chart.left) * PRINT_SCALE; x < (label.right - chart.left) * PRINT_SCALE; x++) {
        const i = (Math.round(y) * picture.width + Math.round(x)) * 4;
        if (near([picture.data[i]!, picture.data[i + 1]!, picture.data[i + 2]!], text, 40)) ink++;
      }
    expect(ink, 'the first label in the image').to.be.greaterThan(20);
    printed();
    expect(img.hasAttribute('src')).to.equal(false);
  });

  it('prints the image in the canvas’s place, with heading, notes and source, without the buttons or key hint, kept on one page', async function () {
    const el = await settledIn<FoiChart>(
      html`<div style="width: 500px"><foi-bar-chart eager actions="table csv png" heading="Platforms" note="A note." source="Police" values=${BARS}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const root = shadow(el);
    printing();
    await orSkip(this, () => emulateMedia({ media: 'print' }));
    const img = root.querySelector<HTMLImageElement>('img.print-image')!;
    await img.decode();
    expect(display(img)).to.equal('block');
    expect(display(root.querySelector('canvas'))).to.equal('none');
    expect(display(root.querySelector('.words'))).to.equal('none');
    // The image takes the chart's room: its width, and the height the canvas had.
    const chart = root.querySelector('.chart')!.getBoundingClientRect();
    const box = img.getBoundingClientRect();
    expect(box.width).to.be.closeTo(chart.width, 1);
    expect(box.height).to.be.closeTo((chart.width * img.naturalHeight) / img.naturalWidth, 1);
    expect(chart.height).to.be.closeTo(box.height, 1);
    expect(display(root.querySelector('[part~="actions"]'))).to.equal('none');
    expect(display(root.querySelector('.hint'))).to.equal('none');
    for (const part of ['heading', 'notes', 'source']) expect(display(root.querySelector(`[part~="${part}"]`)), part).to.not.equal('none');
    expect(getComputedStyle(root.querySelector('figure')!).breakInside).to.equal('avoid');
    // Not asked for: the table stays behind "Show table" on paper too.
    expect(display(root.querySelector('.table-wrap'))).to.equal('none');
  });

  it('print-table prints the table under the chart', async function () {
    const el = await settled<FoiChart>(html`<foi-bar-chart eager print-table values=${BARS}></foi-bar-chart>`);
    const wrap = shadow(el).querySelector('.table-wrap')!;
    expect(display(wrap), 'on screen, behind "Show table"').to.equal('none');
    printing();
    await orSkip(this, () => emulateMedia({ media: 'print' }));
    expect(display(wrap)).to.equal('block');
    expect(wrap.getBoundingClientRect().top).to.be.greaterThan(shadow(el).querySelector('.chart')!.getBoundingClientRect().bottom);
    expect(wrap.querySelectorAll('tbody tr')).to.have.length(3);
    // Its data- form, as a CMS writes it, does the same.
    const cms = await settled<FoiChart>(html`<foi-bar-chart eager data-print-table values=${BARS}></foi-bar-chart>`);
    expect(display(shadow(cms).querySelector('.table-wrap'))).to.equal('block');
  });

  it('a chart not drawn yet (never scrolled near) prints its table, never an empty box', async function () {
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div><foi-bar-chart values=${BARS}></foi-bar-chart></div>`);
    const el = wrapper.querySelector<FoiChart>('foi-bar-chart')!;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.chart).to.equal(null);
    printing();
    await orSkip(this, () => emulateMedia({ media: 'print' }));
    expect(display(shadow(el).querySelector('.chart'))).to.equal('none');
    expect(display(shadow(el).querySelector('.table-wrap'))).to.equal('block');
  });
});
