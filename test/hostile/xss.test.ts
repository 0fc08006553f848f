/**
 * Input that cannot hurt: every text path (values labels, heading, subtitle, note, source,
 * source-href, summary, unit, remainder-label, child table cells, CSV via src, JSON via src and
 * via `.data`) gets the XSS corpus. Nothing may run, and each text shows literally.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import {
  clearStages,
  errorTrap,
  flat,
  make,
  messageText,
  settle,
  shadow,
  sleep,
  stage,
  tableLabels,
} from './helpers.js';
import { FORMULAS, PAYLOADS } from './xss-corpus.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const trap = errorTrap();
const calls: string[] = [];
const real = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open };

/** Elements that only markup injection could have put into a chart's shadow root (its own print image, first in the chart's box, aside). */
const INJECTED = 'script, img:not(.chart > img.print-image:first-child), iframe, object, embed, svg, math, video, audio, source, details, input, marquee, form, noscript, x, body, template, style, link, meta, textarea, select';

function expectClean(el: Element, what: string): void {
  const found = Array.from(shadow(el).querySelectorAll(INJECTED)).map((n) => n.localName);
  expect(found, `${what}: injected elements`).to.deep.equal([]);
  for (const node of Array.from(shadow(el).querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.startsWith('on'), `${what}: ${node.localName}[${attr.name}]`).to.equal(false);
    }
  }
  for (const a of Array.from(shadow(el).querySelectorAll('a'))) {
    expect(['http:', 'https:', 'blob:'], `${what}: link ${a.href}`).to.include(a.protocol);
  }
}

/** Waits for late handlers (an <img onerror> fires after its failed load) and checks nothing ran. */
async function expectNothingRan(): Promise<void> {
  await sleep(300);
  expect(window.__xss, 'window.__xss was set: a payload ran').to.equal(undefined);
  expect(calls, 'alert/confirm/prompt/open called').to.deep.equal([]);
}

const uniqueCsvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
let stored = 0;
async function serve(body: string, type: string): Promise<string> {
  const name = `xss-${Date.now()}-${++stored}`;
  const r = await fetch(`/__test/store/${name}`, { method: 'PUT', body, headers: { 'content-type': type } });
  expect(r.status).to.equal(204);
  return `/__test/store/${name}`;
}

describe('XSS: input that cannot hurt', () => {
  before(() => {
    window.alert = (m?: unknown) => void calls.push(`alert ${String(m)}`);
    window.confirm = (m?: unknown) => (calls.push(`confirm ${String(m)}`), false);
    window.prompt = (m?: unknown) => (calls.push(`prompt ${String(m)}`), null);
    window.open = ((u?: unknown) => (calls.push(`open ${String(u)}`), null)) as typeof window.open;
  });
  after(() => Object.assign(window, real));
  beforeEach(() => {
    calls.length = 0;
    delete window.__xss;
    trap.install();
  });
  afterEach(() => {
    trap.stop();
    clearStages();
    expect(trap.errors, 'uncaught errors').to.deep.equal([]);
  });

  it(`the corpus has at least 30 distinct payloads (${PAYLOADS.length})`, () => {
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
    expect(PAYLOADS.length).to.be.at.least(30);
    for (const p of PAYLOADS) {
      expect(p, 'trimmed').to.equal(p.trim());
      expect(p.length, p).to.be.at.most(300);
    }
  });

  it('control: the detector sees a payload that does run (put in with innerHTML)', async () => {
    const div = stage();
    div.innerHTML = PAYLOADS[2]!; // <img src=x onerror="window.__xss=1">
    await waitUntil(() => window.__xss === 1, 'the control payload did not run', { timeout: 2000 });
    delete window.__xss;
  });

  it('values (JSON) labels: table, summary and canvas show the text literally', async () => {
    const values = JSON.stringify(PAYLOADS.map((label, i) => ({ label, value: i + 1 })));
    const el = make<FoiChart>('foi-bar-chart', { eager: '', sort: 'none', values, heading: 'Labels' });
    stage().append(el);
    await settle(el);
    expect(el.state, messageText(el)).to.equal('ready');
    expect(tableLabels(el)).to.deep.equal([...PAYLOADS]);
    expect((el.chart!.data.labels as unknown[]).flat().join(' ')).to.contain('window.__xss=1');
    expectClean(el, 'values');
    // Focus a part: the tooltip and live region get a label too.
    const focusable = shadow(el).querySelector<HTMLElement>('.part[tabindex="0"]')!;
    focusable.focus();
    await sleep(200);
    await el.updateComplete;
    expectClean(el, 'values after focus');
    await expectNothingRan();
  });

  it('values (text form) labels, one chart each: ready with the literal label, or an error that quotes it as text', async () => {
    const host = stage();
    const usable = PAYLOADS.filter((p) => !/[;\n\r]/.test(p));
    const els = usable.map((p) => {
      const el = make<FoiChart>('foi-donut-chart', { eager: '', values: `${p}: 5; Other: 1` });
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => settle(el)));
    let ready = 0;
    for (const [i, el] of els.entries()) {
      expect(el.state, usable[i]).to.be.oneOf(['ready', 'error']);
      if (el.state === 'ready') {
        ready++;
        expect(tableLabels(el)).to.include(usable[i]);
        const legend = Array.from(shadow(el).querySelectorAll('.legend-label')).map((n) => n.textContent);
        expect(legend).to.include(usable[i]);
      } else {
        expect(messageText(el)).to.not.equal('');
      }
      expectClean(el, usable[i]!);
    }
    expect(ready).to.be.greaterThan(usable.length / 2);
    await expectNothingRan();
  });

  it('heading, subtitle, note, source, summary, unit and remainder-label (plain and data- forms) show literally', async () => {
    const host = stage();
    const els = PAYLOADS.map((p, i) => {
      const prefix = i % 2 ? 'data-' : '';
      const attrs: Record<string, string> = { eager: '', values: 'Alpha: 1; Beta: 2', total: '10' };
      for (const name of ['heading', 'subtitle', 'note', 'source', 'summary', 'unit', 'remainder-label']) {
        attrs[`${prefix}${name}`] = p;
      }
      const el = make<FoiChart>(i % 3 ? 'foi-bar-chart' : 'case-outcome-donut', attrs);
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => settle(el)));
    for (const [i, el] of els.entries()) {
      const p = PAYLOADS[i]!;
      const text = (name: string) => shadow(el).querySelector(`[part~="${name}"]`)?.textContent ?? '';
      expect(el.state, p).to.equal('ready');
      expect(text('heading'), 'heading').to.equal(p);
      expect(text('subtitle'), 'subtitle').to.equal(p);
      expect(text('notes'), 'note').to.equal(p);
      expect(flat(text('source')), 'source').to.equal(flat(`Source: ${p}`));
      expect(el.summaryText.startsWith(p), `summary ${el.summaryText}`).to.equal(true);
      expect(shadow(el).querySelector('.summary')!.textContent!.includes(p), 'summary text').to.equal(true);
      expect(tableLabels(el), 'remainder-label').to.include(p);
      expectClean(el, p);
    }
    await expectNothingRan();
  });

  it('source-href makes a link only for http(s), never for script or data URLs', async () => {
    const hrefs = [
      ...PAYLOADS,
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      '//127.0.0.1:9/evil',
      '/relative/path',
      'https://example.com/a?b="><script>window.__xss=1</script>',
      'http://example.com/" onclick="window.__xss=1',
    ];
    const host = stage();
    const els = hrefs.map((href) => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', values: 'A: 1', source: 'The source', 'source-href': href });
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => settle(el)));
    let links = 0;
    for (const [i, el] of els.entries()) {
      const href = hrefs[i]!;
      const a = shadow(el).querySelector('[part~="source"] a') as HTMLAnchorElement | null;
      let expected: string | null = null;
      try {
        const url = new URL(href);
        if (url.protocol === 'http:' || url.protocol === 'https:') expected = url.href;
      } catch {
        expected = null;
      }
      if (expected) {
        links++;
        expect(a, href).to.not.equal(null);
        expect(a!.getAttribute('href')).to.equal(expected);
        expect(a!.getAttribute('onclick')).to.equal(null);
        expect(a!.textContent).to.equal('The source');
      } else {
        expect(a, `a link was made for ${JSON.stringify(href)}`).to.equal(null);
        expect(flat(shadow(el).querySelector('[part~="source"]')!.textContent)).to.equal('Source: The source');
      }
      expectClean(el, href);
    }
    expect(links).to.equal(2);
    await expectNothingRan();
  });

  it('child <table> cells (as text) are read and shown as text', async () => {
    const el = make<FoiChart>('foi-bar-chart', { eager: '', sort: 'none' });
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = PAYLOADS[0]!;
    PAYLOADS.forEach((p, i) => {
      const row = table.insertRow();
      row.insertCell().textContent = p;
      row.insertCell().textContent = String(i + 1);
    });
    el.append(table);
    stage().append(el);
    await settle(el);
    expect(el.state, messageText(el)).to.equal('ready');
    expect(tableLabels(el).map(flat)).to.deep.equal(PAYLOADS.map(flat));
    expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal(PAYLOADS[0]);
    expectClean(el, 'table');
    await expectNothingRan();
  });

  it('CSV via src: labels and headers show literally', async () => {
    const header = `${uniqueCsvField(PAYLOADS[0]!)},${uniqueCsvField('<img src=x onerror=window.__xss=1>')}`;
    const csv = [header, ...PAYLOADS.map((p, i) => `${uniqueCsvField(p)},${i + 1}`)].join('\r\n');
    const src = await serve(csv, 'text/csv');
    const el = make<FoiChart>('foi-bar-chart', { eager: '', sort: 'none', src });
    stage().append(el);
    await settle(el);
    expect(el.state, messageText(el)).to.equal('ready');
    expect(tableLabels(el)).to.deep.equal([...PAYLOADS]);
    expectClean(el, 'csv');
    await expectNothingRan();
  });

  it('CSV via src: a payload column name in label-column / value-column errors show as text', async () => {
    const src = await serve('label,value\nA,1\n', 'text/csv');
    const host = stage();
    const els = PAYLOADS.slice(0, 12).map((p) => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src, 'value-column': p });
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => settle(el)));
    for (const el of els) {
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.contain('No column named');
      expectClean(el, 'column');
    }
    await expectNothingRan();
  });

  it('JSON via src and via .data: labels show literally in the table and the donut legend', async () => {
    const data = PAYLOADS.map((label, i) => ({ label, value: PAYLOADS.length - i }));
    const src = await serve(JSON.stringify(data), 'application/json');
    const fromSrc = make<FoiChart>('foi-bar-chart', { eager: '', src });
    const fromData = make<FoiChart>('foi-donut-chart', { eager: '' });
    fromData.data = data;
    stage().append(fromSrc, fromData);
    await Promise.all([settle(fromSrc), settle(fromData)]);
    for (const el of [fromSrc, fromData]) {
      expect(el.state, messageText(el)).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal([...PAYLOADS]);
      expectClean(el, el.localName);
    }
    const legend = Array.from(shadow(fromData).querySelectorAll('.legend-label')).map((n) => n.textContent);
    expect(legend).to.deep.equal([...PAYLOADS]);
    await expectNothingRan();
  });

  it('error messages that quote bad input show it as text', async () => {
    const host = stage();
    const els = PAYLOADS.map((p) => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '' });
      el.data = [{ label: p, value: 'not a number' as unknown as number }];
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => settle(el)));
    for (const [i, el] of els.entries()) {
      expect(el.state).to.equal('error');
      // The message quotes the label (shortened to 40 characters).
      expect(messageText(el)).to.contain(flat(PAYLOADS[i]!).slice(0, 20));
      expectClean(el, PAYLOADS[i]!);
    }
    await expectNothingRan();
  });

  it('placeholders carrying payloads in every data- setting upgrade without running anything', async () => {
    const host = stage();
    host.innerHTML = PAYLOADS.slice(0, 10)
      .map(
        (p) =>
          `<div data-foi-chart="offence-platform-bar" data-eager data-heading="${p.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></div>`,
      )
      .join('');
    await waitUntil(() => host.querySelectorAll('offence-platform-bar').length === 10);
    const els = Array.from(host.querySelectorAll('offence-platform-bar')) as FoiChart[];
    await Promise.all(els.map((el) => settle(el)));
    els.forEach((el, i) => {
      expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal(PAYLOADS[i]);
      expectClean(el, PAYLOADS[i]!);
    });
    await expectNothingRan();
  });

  it('"Download CSV" neutralises spreadsheet formulas in labels (=, +, @)', async () => {
    const formulas = FORMULAS.filter((f) => !f.startsWith('-'));
    const el = make<FoiChart>('foi-bar-chart', { eager: '', sort: 'none' });
    el.data = formulas.map((label, i) => ({ label, value: i + 1 }));
    stage().append(el);
    await settle(el);
    const lines = el.getCsv().trim().split('\r\n').slice(1);
    expect(lines).to.have.length(formulas.length);
    for (const line of lines) expect(line, line).to.match(/^"?'/);
  });

  it('"Download CSV" neutralises a label formula starting with "-2+3"', async () => {
    const el = make<FoiChart>('foi-bar-chart', { eager: '' });
    el.data = [{ label: "-2+3+cmd|' /C calc'!A0", value: 1 }];
    stage().append(el);
    await settle(el);
    const line = el.getCsv().trim().split('\r\n')[1]!;
    expect(line).to.match(/^"?'/);
  });
});
