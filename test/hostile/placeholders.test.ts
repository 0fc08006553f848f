/**
 * Placeholders for CMSs that strip unknown tags (WordPress for authors and contributors):
 * `<div data-foi-chart="TAG" data-…>` becomes `<TAG data-…>`, children and all.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import {
  clearStages,
  errorTrap,
  flat,
  messageText,
  settle,
  shadow,
  sleep,
  stage,
  tableLabels,
  tableRows,
} from './helpers.js';

const trap = errorTrap();

/** Puts markup on the page (as a CMS would print it) and waits for the upgrade of `selector`. */
async function place(markup: string, selector: string): Promise<{ host: HTMLElement; el: FoiChart }> {
  const host = stage();
  host.innerHTML = markup;
  await waitUntil(() => host.querySelector(selector), `no ${selector} in ${host.innerHTML.slice(0, 200)}`);
  const el = host.querySelector(selector) as FoiChart;
  await settle(el);
  return { host, el };
}

describe('placeholders (data-foi-chart)', () => {
  beforeEach(() => trap.install());
  afterEach(() => {
    trap.stop();
    clearStages();
    expect(trap.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('becomes the element it names, with the same data-* settings, attributes and children', async () => {
    const { host, el } = await place(
      `<div data-foi-chart="offence-platform-bar" data-values="A: 1; B: 2" data-heading="From a placeholder"
            data-unit="reports" data-eager id="chart-1" class="wp-chart" lang="en-GB" aria-describedby="desc"
        ><p class="fallback">Fallback <strong>text</strong></p><span id="desc">Described</span></div>`,
      'offence-platform-bar',
    );
    expect(host.querySelector('div[data-foi-chart]'), 'placeholder left behind').to.equal(null);
    expect(el.localName).to.equal('offence-platform-bar');
    expect(el.getAttribute('data-values')).to.equal('A: 1; B: 2');
    expect(el.getAttribute('data-heading')).to.equal('From a placeholder');
    expect(el.getAttribute('data-unit')).to.equal('reports');
    expect(el.hasAttribute('data-eager')).to.equal(true);
    expect(el.id).to.equal('chart-1');
    expect(el.className).to.equal('wp-chart');
    expect(el.getAttribute('aria-describedby')).to.equal('desc');
    // Children are kept, in order, as the same nodes.
    expect(Array.from(el.children).map((c) => c.localName)).to.deep.equal(['p', 'span']);
    expect(el.querySelector('.fallback strong')!.textContent).to.equal('text');
    // And the settings are read.
    expect(el.state).to.equal('ready');
    expect(el.chart).to.not.equal(null);
    expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['B', '2'],
      ['A', '1'],
    ]);
    expect(flat(shadow(el).querySelector('[part~="heading"]')!.textContent)).to.equal('From a placeholder');
    expect(flat(shadow(el).querySelector('thead')!.textContent)).to.contain('Reports');
  });

  it('wrapping a <table>: draws the table, which stays in the page', async () => {
    const { el } = await place(
      `<div data-foi-chart="foi-bar-chart" data-eager>
         <table><caption>Platforms named</caption>
           <thead><tr><th>Platform</th><th>Cases</th></tr></thead>
           <tbody><tr><td>Facebook</td><td>261</td></tr><tr><td>Snapchat</td><td>123</td></tr></tbody>
         </table>
       </div>`,
      'foi-bar-chart',
    );
    expect(el.state).to.equal('ready');
    expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Facebook', '261'],
      ['Snapchat', '123'],
    ]);
    expect(flat(shadow(el).querySelector('[part~="heading"]')!.textContent)).to.equal('Platforms named');
    expect(el.querySelector('table'), 'the page’s table is kept as a child').to.not.equal(null);
  });

  it('wrapping a <table> after stray WordPress paragraphs (<p></p>, <p><br></p>) draws the table', async () => {
    const { el } = await place(
      `<div data-foi-chart="case-outcome-donut" data-eager><p></p>
<p><br></p>
<p>&nbsp;</p>
<table><tbody>
<tr><th>Outcome</th><th>Cases</th></tr>
<tr><td>Charged</td><td>40</td></tr>
<tr><td>No further action</td><td>60</td></tr>
</tbody></table>
<p></p></div>`,
      'case-outcome-donut',
    );
    expect(el.state).to.equal('ready');
    const labels = tableLabels(el).map(flat);
    expect(labels).to.include.members(['Charged', 'No further action']);
  });

  it('a table inside a WordPress table block (<figure class="wp-block-table">) is found', async () => {
    const { el } = await place(
      `<div data-foi-chart="foi-bar-chart" data-eager><figure class="wp-block-table"><table><tbody>
         <tr><td>Alpha</td><td>3</td></tr><tr><td>Beta</td><td>7</td></tr>
       </tbody></table><figcaption>Caption</figcaption></figure></div>`,
      'foi-bar-chart',
    );
    expect(el.state).to.equal('ready');
    expect(tableLabels(el)).to.deep.equal(['Beta', 'Alpha']);
  });

  it('any element with data-foi-chart (a <p>, a <span>, a <section>) is upgraded; the name is trimmed and case-insensitive', async () => {
    const host = stage();
    host.innerHTML = `
      <section data-foi-chart=" Foi-Bar-Chart " data-values="A: 1" data-eager class="one"></section>
      <p data-foi-chart="foi-donut-chart" data-values="A: 1; B: 1" data-eager class="two"></p>
      <span data-foi-chart="OFFENCE-TYPE-BAR" data-eager class="three"></span>`;
    await waitUntil(() => host.querySelectorAll('[data-foi-chart]').length === 0, 'not all upgraded');
    const tags = Array.from(host.children).map((c) => `${c.localName}.${c.className}`);
    expect(tags).to.deep.equal(['foi-bar-chart.one', 'foi-donut-chart.two', 'offence-type-bar.three']);
    for (const el of Array.from(host.children) as FoiChart[]) {
      await settle(el);
      expect(el.state, el.localName).to.equal('ready');
    }
  });

  it('placeholders added after load are upgraded, however deep and however many', async () => {
    const host = stage();
    const wrapper = document.createElement('article');
    const cards = Array.from({ length: 40 }, (_, i) => {
      const card = document.createElement('div');
      card.innerHTML = `<div class="inner"><div data-foi-chart="foi-bar-chart" data-values="X: ${i + 1}; Y: 1" id="late-${i}"></div></div>`;
      return card;
    });
    wrapper.append(...cards);
    host.append(wrapper); // one mutation adding a subtree
    await waitUntil(() => host.querySelectorAll('foi-bar-chart').length === 40, 'not all 40 upgraded');
    expect(host.querySelectorAll('[data-foi-chart]')).to.have.length(0);
    // One added directly, later still.
    await sleep(20);
    const single = document.createElement('div');
    single.setAttribute('data-foi-chart', 'foi-donut-chart');
    single.setAttribute('data-values', 'P: 2; Q: 3');
    single.setAttribute('data-eager', '');
    host.append(single);
    await waitUntil(() => host.querySelector('foi-donut-chart'), 'the direct one was not upgraded');
    const donut = host.querySelector('foi-donut-chart') as FoiChart;
    await settle(donut);
    expect(donut.state).to.equal('ready');
    expect(tableLabels(donut)).to.deep.equal(['Q', 'P']);
    const first = host.querySelector('#late-0') as FoiChart;
    first.setAttribute('eager', '');
    await settle(first);
    expect(first.state).to.equal('ready');
  });

  it('a placeholder whose contents a script fills in later reads the table when it arrives', async () => {
    const { el } = await place(`<div data-foi-chart="foi-bar-chart" data-eager></div>`, 'foi-bar-chart');
    expect(el.state).to.equal('empty');
    el.innerHTML = '<p></p><table><tr><td>Late</td><td>5</td></tr></table>';
    await waitUntil(() => el.state === 'ready', `state ${el.state}: ${messageText(el)}`);
    await settle(el);
    expect(tableLabels(el)).to.deep.equal(['Late']);
  });

  it('names that are not foi-charts tags are left alone (no script, no other element made)', async () => {
    const host = stage();
    host.innerHTML = `
      <div data-foi-chart="script" data-values="A: 1">a</div>
      <div data-foi-chart="img" data-src="x">b</div>
      <div data-foi-chart="evil-element">c</div>
      <div data-foi-chart="">d</div>
      <div data-foi-chart="foi-bar-chart extra">e</div>
      <div data-foi-chart="<foi-bar-chart>">f</div>`;
    await sleep(50);
    expect(host.querySelectorAll('div[data-foi-chart]')).to.have.length(6);
    expect(host.querySelectorAll('script, img, evil-element, foi-bar-chart')).to.have.length(0);
  });

  it('a placeholder removed before the upgrader runs is ignored', async () => {
    const host = stage();
    const p = document.createElement('div');
    p.setAttribute('data-foi-chart', 'foi-bar-chart');
    host.append(p);
    p.remove();
    await sleep(30);
    expect(host.children).to.have.length(0);
  });

  it('a second copy of the upgrader (the script loaded twice) makes one element, not two, and throws nothing', async () => {
    const copy = (await import(`../../src/placeholders.ts?copy=${Date.now()}`)) as typeof import('../../src/placeholders.js');
    copy.watchPlaceholders(document);
    const host = stage();
    host.innerHTML = `<div data-foi-chart="foi-bar-chart" data-values="A: 1; B: 2" data-eager><p>child</p></div>`;
    await waitUntil(() => host.querySelector('foi-bar-chart'));
    await sleep(30);
    expect(host.children).to.have.length(1);
    const el = host.firstElementChild as FoiChart;
    expect(el.localName).to.equal('foi-bar-chart');
    expect(el.querySelectorAll('p')).to.have.length(1);
    await settle(el);
    expect(el.state).to.equal('ready');
  });
});
