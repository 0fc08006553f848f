import { expect } from '@open-wc/testing';

/**
 * The built partner embed (dist/foi-charts.js, built by `npm test`'s pretest step) in a plain
 * static page: one classic script tag defines every element, and the Chart.js chunk loads
 * from beside it.
 */
async function loadPage(src: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '3000px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

describe('dist/foi-charts.js embed', () => {
  it('draws every element from one classic script tag, even loaded twice', async function () {
    this.timeout(20000);
    const win = await loadPage('/test/fixtures/embed-page.html');
    const doc = win.document;
    const tags = ['offence-platform-bar', 'case-outcome-donut', 'offence-type-bar', 'foi-bar-chart', 'foi-donut-chart'];
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.exist;
    const elements = tags.map((tag) => doc.querySelector(tag) as HTMLElement & { rendered: Promise<void>; chart: any });
    // Charts draw when scrolled near (lazy): bring each into view, as a reader would.
    for (const el of elements) {
      el.scrollIntoView();
      await el.rendered;
    }
    for (const el of elements) expect(el.getAttribute('state'), el.localName).to.equal('ready');

    const bar = elements[0]!;
    expect(bar.chart.data.labels).to.have.length(8);
    expect(bar.chart.data.datasets[0].data[0]).to.equal(261);
    const donut = elements[1]!;
    expect(donut.chart.data.labels).to.have.length(9);
    expect(donut.chart.data.labels[8]).to.equal('Other disposals, such as community resolution');
    expect(donut.chart.data.datasets[0].data[8]).to.equal(27);
  });
});
