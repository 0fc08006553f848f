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
    // The second copy defines nothing and says so once, not once per tag.
    const warnings = (win as unknown as { __warnings: string[] }).__warnings.filter((w) => w.startsWith('foi-charts:'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined');
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

describe('dist/foi-charts.js from another origin (a CDN)', () => {
  it('loads its Chart.js chunk cross-origin and draws', async function () {
    this.timeout(20000);
    // localhost and 127.0.0.1 are different origins on the same test server.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const cdn = `${location.protocol}//${other}:${location.port}`;
    const win = await loadPage(`/test/fixtures/cdn-page.html?cdn=${encodeURIComponent(cdn)}`);
    await new Promise<void>((resolve) => {
      const check = () => (win.customElements.get('case-outcome-donut') ? resolve() : setTimeout(check, 50));
      check();
    });
    const bar = win.document.querySelector('offence-platform-bar') as HTMLElement & { rendered: Promise<void>; chart: any };
    const donut = win.document.querySelector('case-outcome-donut') as HTMLElement & { rendered: Promise<void>; chart: any };
    await bar.rendered;
    await donut.rendered;
    expect(bar.getAttribute('state')).to.equal('ready');
    expect(bar.chart.data.datasets[0].data).to.deep.equal([261, 123, 51, 47, 39, 16, 4, 3]);
    expect(donut.chart.data.labels).to.have.length(9);
    const scripts = Array.from(win.document.scripts).map((s) => s.src);
    expect(scripts.some((src) => src.startsWith(cdn))).to.equal(true);
  });
});

describe('dist/foi-charts.js with Subresource Integrity, from another origin', () => {
  const other = () => {
    const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    return `${location.protocol}//${host}:${location.port}`;
  };
  type Chart = HTMLElement & { rendered: Promise<void>; chart: any };
  async function charts(win: Window): Promise<Chart[]> {
    await new Promise<void>((resolve) => {
      const check = () => (win.customElements.get('foi-bar-chart') ? resolve() : setTimeout(check, 50));
      check();
    });
    const elements = ['offence-platform-bar', 'foi-bar-chart'].map((tag) => win.document.querySelector(tag) as Chart);
    for (const el of elements) await el.rendered;
    return elements;
  }

  it('draws with integrity on the script and on the modulepreloaded chunks (the tags docs/cms.md gives)', async function () {
    this.timeout(20000);
    const cdn = other();
    const win = await loadPage(`/test/fixtures/sri-page.html?cdn=${encodeURIComponent(cdn)}&dir=dist`);
    const elements = await charts(win);
    for (const el of elements) expect(el.getAttribute('state'), el.localName).to.equal('ready');
    expect(elements[0]!.chart.data.datasets[0].data).to.deep.equal([261, 123, 51, 47, 39, 16, 4, 3]);
    const map = JSON.parse(win.document.querySelector('script[type=importmap]')!.textContent!);
    expect(Object.keys(map.integrity)).to.have.length(2);
    // Every script and preload from the CDN carries an integrity the browser checked.
    const fromCdn = Array.from(win.document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel=modulepreload]')).filter(
      (el) => ('src' in el ? el.src : el.href).startsWith(cdn),
    );
    expect(fromCdn).to.have.length(3);
    for (const el of fromCdn) expect(el.integrity).to.match(/^sha384-/);
  });

  it('refuses a tampered chunk: the chart says it could not be drawn, and nothing from the chunk runs', async function () {
    this.timeout(20000);
    const cdn = other();
    const win = await loadPage(`/test/fixtures/sri-page.html?cdn=${encodeURIComponent(cdn)}&dir=tampered`);
    const elements = await charts(win);
    for (const el of elements) {
      expect(el.getAttribute('state'), el.localName).to.equal('error');
      expect(el.chart, el.localName).to.equal(null);
      expect(el.shadowRoot!.querySelector('canvas'), el.localName).to.equal(null);
    }
  });
});
