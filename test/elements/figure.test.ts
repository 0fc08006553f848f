import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiBarChart, FoiDonutChart } from '../../src/index.js';
import { nextFrame, settled, settledIn, shadow } from './helpers.js';

describe('figure', () => {
  it('links the source only for http(s)', async () => {
    const ok = await settled<FoiBarChart>(
      html`<foi-bar-chart eager values="A: 1" source="Police" source-href="https://example.org/foi"></foi-bar-chart>`,
    );
    expect(shadow(ok).querySelector('[part~="source"] a')!.getAttribute('href')).to.equal('https://example.org/foi');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', ' java\nscript:alert(1)', '/relative']) {
      const el = await settled<FoiBarChart>(
        html`<foi-bar-chart eager values="A: 1" source="Police" source-href=${bad}></foi-bar-chart>`,
      );
      const source = shadow(el).querySelector('[part~="source"]')!;
      expect(source.querySelector('a'), bad).to.equal(null);
      expect(source.textContent).to.contain('Police');
    }
  });

  it('has a data table in the accessibility tree, shown by "Show table"', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1; B: 2" unit="cases"></foi-bar-chart>`);
    const root = shadow(el);
    const wrap = root.querySelector('.table-wrap') as HTMLElement;
    expect(wrap.getBoundingClientRect().height).to.be.lessThan(2);
    const button = Array.from(root.querySelectorAll('[part~="actions"] button')).find((b) =>
      b.textContent!.includes('Show table'),
    ) as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(root.querySelector('thead')!.textContent).to.contain('Cases');
  });

  it('downloads a CSV with a header row, exactly the rows shown, plain numbers', async () => {
    const el = await settled<FoiDonutChart>(
      html`<case-outcome-donut eager heading="What happened: the cases"></case-outcome-donut>`,
    );
    const csv = el.getCsv().trim().split('\r\n');
    expect(csv[0]).to.equal('Category,Cases,Share (%)');
    expect(csv).to.have.length(10);
    expect(csv[1]).to.match(/^Closed,171,32\.8/);
    expect(csv[9]).to.match(/^"Other disposals, such as community resolution",27,/);
    // The button really saves that file, named after the heading.
    const original = URL.createObjectURL;
    let saved: Blob | undefined;
    let name = '';
    URL.createObjectURL = (blob: Blob) => {
      saved = blob;
      return 'blob:test';
    };
    const clicked = new Promise<void>((resolve) =>
      shadow(el).addEventListener('click', (e) => {
        const a = e.target as HTMLAnchorElement;
        if (a.localName === 'a') {
          name = a.download;
          e.preventDefault();
          resolve();
        }
      }),
    );
    try {
      const button = Array.from(shadow(el).querySelectorAll('[part~="actions"] button')).find((b) =>
        b.textContent!.includes('CSV'),
      ) as HTMLButtonElement;
      button.click();
      await clicked;
    } finally {
      URL.createObjectURL = original;
    }
    expect(name).to.equal('what-happened-the-cases.csv');
    expect(await saved!.text()).to.equal(el.getCsv());
  });

  it('wraps long labels instead of cutting them off', async () => {
    const el = await settledIn<FoiBarChart>(
      html`<div style="width: 600px">
        <foi-bar-chart eager values="Offender under the age of criminal responsibility: 1; Caution: 21"></foi-bar-chart>
      </div>`,
      'foi-bar-chart',
    );
    const labels = el.chart!.data.labels as (string | string[])[];
    const long = labels.find((l) => Array.isArray(l)) as string[];
    expect(long.join(' ')).to.equal('Offender under the age of criminal responsibility');
    expect(long.length).to.be.greaterThan(1);
    // Every line fits the label column (40% of the width), so none is cut off or overlaps a bar.
    const font = (el.chart!.options.scales!.y!.ticks as { font: { size: number; family: string } }).font;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${font.size}px ${font.family}`;
    for (const line of long) expect(ctx.measureText(line).width, line).to.be.at.most(600 * 0.4);
    expect(el.chart!.chartArea.left).to.be.at.least(Math.max(...long.map((l) => ctx.measureText(l).width)));
  });

  it('a chart resized while off screen draws its labels wrapped for its width when it comes into view', async () => {
    // Many short words: a slightly narrower column moves the line breaks without adding a line,
    // so the reserved height stays the same and the resize alone asks for no update.
    const values = 'aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq rr ss tt uu vv: 3; B: 1';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px; margin-top: 400vh"><foi-bar-chart values=${values}></foi-bar-chart></div>`,
    );
    const el = wrapper.querySelector('foi-bar-chart') as FoiBarChart;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await nextFrame();
    const box = () => shadow(el).querySelector('.chart')!.getBoundingClientRect();
    const heightBefore = box().height;
    expect(el.chart, 'not drawn while off screen').to.equal(null);
    wrapper.style.width = '700px';
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(box().height, 'the resize leaves the reserved height (else this tests nothing new)').to.equal(heightBefore);

    const reference = await settledIn<FoiBarChart>(
      html`<div style="width: 700px"><foi-bar-chart eager values=${values}></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    try {
      el.scrollIntoView();
      await el.rendered;
      expect(el.chart!.data.labels).to.deep.equal(reference.chart!.data.labels);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('draws a new chart with one Chart.js update and no resize afterwards', async () => {
    const { Chart } = await import('../../src/draw/register.js');
    const calls = { update: 0, resize: 0 };
    const { update, resize } = Chart.prototype;
    Chart.prototype.update = function (this: InstanceType<typeof Chart>, ...args: Parameters<typeof update>) {
      calls.update++;
      return update.apply(this, args);
    };
    Chart.prototype.resize = function (this: InstanceType<typeof Chart>, ...args: Parameters<typeof resize>) {
      calls.resize++;
      return resize.apply(this, args);
    };
    try {
      const el = await settledIn<FoiBarChart>(
        html`<div style="width: 500px"><foi-bar-chart eager values="A: 1; B: 2; C: 3"></foi-bar-chart></div>`,
        'foi-bar-chart',
      );
      expect(el.chart!.data.datasets[0]!.data).to.deep.equal([3, 2, 1]);
      expect(el.chart!.width).to.be.within(480, 500);
      expect(calls).to.deep.equal({ update: 1, resize: 0 });
    } finally {
      Chart.prototype.update = update;
      Chart.prototype.resize = resize;
    }
  });

  it('follows its container width (no fixed pixel width)', async () => {
    const el = await settledIn<FoiBarChart>(
      html`<div style="width: 500px"><foi-bar-chart eager values="A: 1; B: 2"></foi-bar-chart></div>`,
      'foi-bar-chart',
    );
    const wrapper = el.parentElement!;
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getBoundingClientRect().width).to.be.within(480, 500);
    expect(canvas.getBoundingClientRect().height).to.be.greaterThan(50);
    wrapper.style.width = '350px';
    for (let i = 0; i < 6; i++) await nextFrame();
    expect(canvas.getBoundingClientRect().width).to.be.within(330, 350);
  });
});

describe('lifecycle', () => {
  it('updates the chart in place when data changes', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1; B: 2"></foi-bar-chart>`);
    const first = el.chart;
    el.setAttribute('values', 'A: 5; B: 2; C: 9');
    await el.updateComplete;
    await el.rendered;
    expect(el.chart).to.equal(first);
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([9, 5, 2]);
  });

  it('destroys the chart on disconnect and draws again on reconnect', async () => {
    const { Chart } = await import('chart.js');
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1"></foi-bar-chart>`);
    const parent = el.parentNode!;
    const chart = el.chart!;
    el.remove();
    expect(el.chart).to.equal(null);
    expect(Object.values(Chart.instances)).not.to.include(chart);
    parent.appendChild(el);
    await el.updateComplete;
    await el.rendered;
    await nextFrame();
    expect(el.chart).to.not.equal(null);
    expect(el.chart).to.not.equal(chart);
  });

  it('leaks no Chart.js instances over 300 create/remove cycles', async function () {
    this.timeout(60000);
    const { Chart } = await import('chart.js');
    const before = Object.keys(Chart.instances).length;
    for (let i = 0; i < 300; i++) {
      const el = document.createElement(i % 2 ? 'foi-bar-chart' : 'foi-donut-chart') as FoiBarChart;
      el.eager = true;
      el.values = `A: ${i + 1}; B: 2`;
      document.body.append(el);
      await el.rendered;
      el.remove();
    }
    expect(Object.keys(Chart.instances).length).to.equal(before);
  });

  it('defining a tag twice does not throw', async () => {
    const { defineElement } = await import('../../src/define.js');
    const { FoiBarChart: Ctor } = await import('../../src/index.js');
    class Another extends Ctor {}
    expect(() => defineElement('foi-bar-chart', Another)).not.to.throw();
    expect(customElements.get('foi-bar-chart')).to.equal(Ctor);
  });
});

describe('reader controls', () => {
  it('sorts the table by a column, with aria-sort', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="B: 2; A: 1; C: 3"></foi-bar-chart>`);
    const root = shadow(el);
    (Array.from(root.querySelectorAll('[part~="actions"] button')).find((b) => b.textContent!.includes('Show table')) as HTMLButtonElement).click();
    await el.updateComplete;
    const headers = () => Array.from(root.querySelectorAll('thead th'));
    const labels = () => Array.from(root.querySelectorAll('tbody th')).map((th) => th.textContent!.trim());
    expect(labels()).to.deep.equal(['C', 'B', 'A']);
    (headers()[0]!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(labels()).to.deep.equal(['A', 'B', 'C']);
    expect(headers()[0]!.getAttribute('aria-sort')).to.equal('ascending');
    (headers()[1]!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    (headers()[1]!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(labels()).to.deep.equal(['C', 'B', 'A']);
    expect(headers()[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(headers()[0]!.getAttribute('aria-sort')).to.equal('none');
  });

  it('shows a donut as bars, and back', async () => {
    const el = await settled<FoiDonutChart>(html`<case-outcome-donut eager actions="table csv bars"></case-outcome-donut>`);
    const button = Array.from(shadow(el).querySelectorAll('[part~="actions"] button')).find((b) =>
      b.textContent!.includes('Show as bars'),
    ) as HTMLButtonElement;
    expect((el.chart!.config as { type?: string }).type).to.equal('doughnut');
    button.click();
    await el.updateComplete;
    await el.rendered;
    await nextFrame();
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect((el.chart!.config as { type?: string }).type).to.equal('bar');
    expect(el.chart!.data.datasets[0]!.data).to.have.length(9);
    button.click();
    await el.updateComplete;
    await nextFrame();
    expect((el.chart!.config as { type?: string }).type).to.equal('doughnut');
  });
});

describe('the rendered promise', () => {
  it('waits for the new drawing when data is set, without awaiting updateComplete first', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1"></foi-bar-chart>`);
    el.data = [
      { label: 'New', value: 5 },
      { label: 'Data', value: 3 },
    ];
    await el.rendered;
    expect(el.chart!.data.labels).to.deep.equal(['New', 'Data']);
    el.setAttribute('sort', 'asc');
    await el.rendered;
    expect(el.chart!.data.labels).to.deep.equal(['Data', 'New']);
    el.data = [{ label: 'Bad', value: Number.NaN }];
    await el.rendered;
    expect(el.getAttribute('state')).to.equal('error');
  });
  it('stays resolved when a property is set to the value it already has', async () => {
    const el = await settled<FoiBarChart>(html`<foi-bar-chart eager values="A: 1" heading="Same"></foi-bar-chart>`);
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    const drawn = el.chart;
    for (const setSame of [
      () => (el.values = el.values),
      () => (el.heading = 'Same'),
      () => el.setAttribute('heading', 'Same'),
    ]) {
      setSame();
      // Nothing changed, so no update comes: a renewed promise would never resolve.
      const outcome = await Promise.race([
        el.rendered.then(() => 'resolved'),
        new Promise((done) => setTimeout(() => done('still pending'), 300)),
      ]);
      expect(outcome).to.equal('resolved');
    }
    expect(el.chart).to.equal(drawn);
  });
});
