/**
 * Remote data (`src`): formats, columns, and every way a fetch goes wrong (issue #5). The
 * endpoints are test/server/middleware.mjs; fixture files are test/fixtures/.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { fetchData } from '../../src/core/fetch-data.js';
import {
  clearStages,
  errorTrap,
  fresh,
  make,
  messageText,
  mount,
  settle,
  shadow,
  sleep,
  stage,
  tableLabels,
  tableRows,
} from './helpers.js';

const count = async (name: string): Promise<number> =>
  (await (await fetch(`/__test/count-read/${name}`, { cache: 'no-store' })).json()).count;

const trap = errorTrap();

describe('remote data (src)', () => {
  beforeEach(() => trap.install());
  afterEach(() => {
    trap.stop();
    clearStages();
    expect(trap.errors, 'uncaught errors').to.deep.equal([]);
  });

  describe('formats and columns', () => {
    it('reads a CSV from a path-relative URL', async () => {
      // The test page is at the server root, so this resolves to /test/fixtures/simple.csv.
      expect(new URL('test/fixtures/simple.csv', document.baseURI).pathname).to.equal('/test/fixtures/simple.csv');
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src="test/fixtures/simple.csv"></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      expect(el.chart).to.not.equal(null);
      expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Facebook', '261'],
        ['Snapchat', '123'],
        ['Instagram', '51'],
      ]);
    });

    it('reads a CSV from a root-relative URL', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/test/fixtures/simple.csv')}></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal(['Facebook', 'Snapchat', 'Instagram']);
    });

    it('reads a JSON list of {label, value}', async () => {
      const el = await mount<FoiChart>(html`<foi-donut-chart eager src=${fresh('/test/fixtures/platforms.json')}></foi-donut-chart>`);
      expect(el.state).to.equal('ready');
      expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Facebook', '261'],
        ['Snapchat', '123'],
        ['Instagram', '51'],
      ]);
    });

    it('reads a JSON object {label: value}', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/test/fixtures/platforms-object.json')}></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal(['Facebook', 'Snapchat']);
    });

    it('reads JSON served with a CSV-ish or missing content type (sniffed from the text)', async () => {
      const body = JSON.stringify([['One', 1], ['Two', 2]]);
      const src = fresh(`/__test/slow?type=text/plain&body=${encodeURIComponent(body)}`);
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${src}></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal(['Two', 'One']);
    });

    it('picks columns by header name with label-column / value-column (case-insensitive)', async () => {
      const el = await mount<FoiChart>(
        html`<foi-bar-chart eager src=${fresh('/test/fixtures/platforms.csv')} label-column="platform" value-column="CASES"></foi-bar-chart>`,
      );
      expect(el.state).to.equal('ready');
      expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Facebook', '261'],
        ['Snapchat', '123'],
        ['Instagram', '51'],
      ]);
    });

    it('reads the data- form of the column attributes', async () => {
      const el = await mount<FoiChart>(
        html`<foi-bar-chart eager data-src=${fresh('/test/fixtures/platforms.csv')} data-value-column="Cases"></foi-bar-chart>`,
      );
      expect(el.state).to.equal('ready');
      expect(tableRows(el)[0]!.slice(0, 2)).to.deep.equal(['Facebook', '261']);
    });

    it('changing value-column re-reads the file', async () => {
      const el = await mount<FoiChart>(
        html`<foi-bar-chart eager src=${fresh('/test/fixtures/platforms.csv')} value-column="Cases"></foi-bar-chart>`,
      );
      expect(tableRows(el)[0]!.slice(0, 2)).to.deep.equal(['Facebook', '261']);
      el.setAttribute('value-column', 'Year');
      await settle(el);
      await waitUntil(() => tableRows(el)[0]?.[1] === '2,017', `table: ${JSON.stringify(tableRows(el))}`);
    });

    it('names the columns when value-column is not one of them', async () => {
      const el = await mount<FoiChart>(
        html`<foi-bar-chart eager src=${fresh('/test/fixtures/platforms.csv')} value-column="Victims"></foi-bar-chart>`,
      );
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.contain('Victims').and.contain('Cases');
    });

    it('reads an Excel "CSV UTF-8" file (BOM, CRLF, quoted commas, 1,234)', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/test/fixtures/excel-bom.csv')}></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Snapchat', '1,234'],
        ['Facebook, Inc.', '261'],
      ]);
    });

    it('a header-only or empty file is empty, with a message', async () => {
      for (const file of ['header-only.csv', 'empty.csv']) {
        const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh(`/test/fixtures/${file}`)}></foi-bar-chart>`);
        expect(el.state, file).to.equal('empty');
        expect(messageText(el), file).to.match(/no data/i);
      }
    });
  });

  describe('failures end in error with a message that says which', () => {
    it('404: says not found, fires foi-error, never a blank box', async () => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/status/404') });
      const messages: string[] = [];
      el.addEventListener('foi-error', (e) => messages.push((e as CustomEvent).detail.message));
      stage().append(el);
      await settle(el);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/not found/i);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/not found/i);
      // An error present when the page loads is ordinary text: it interrupts no one.
      expect(shadow(el).querySelector('[part~="message"]')!.getAttribute('role')).to.equal(null);
    });

    it('a drawn chart whose src then fails announces the error as an alert', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/test/fixtures/simple.csv')}></foi-bar-chart>`);
      expect(el.state).to.equal('ready');
      el.src = fresh('/__test/status/404');
      await settle(el);
      expect(el.state).to.equal('error');
      expect(shadow(el).querySelector('[part~="message"]')!.getAttribute('role')).to.equal('alert');
    });

    it('500: says what the server answered', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/__test/status/500')}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.contain('500');
    });

    it('a refused connection: says the request failed', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src="http://127.0.0.1:9/data.csv"></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/could not be loaded/i);
    });

    it('an HTML page (status 200) is not data', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/__test/html')}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/not CSV or JSON/i);
    });

    it('an HTML page sent as text/plain is still not data', async () => {
      const body = '\n  <html><head><title>Log in</title></head><body>Log in</body></html>';
      const src = fresh(`/__test/slow?type=text/plain&body=${encodeURIComponent(body)}`);
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${src}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/not CSV or JSON/i);
    });

    it('over 1 MB (with Content-Length) is too large', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/__test/big')}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/too large/i).and.match(/1 MB/);
    });

    it('over 1 MB streamed without Content-Length is too large', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/__test/big-chunked')}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.match(/too large/i);
    });

    it('a CSV row with no number names the row (value-column given)', async () => {
      const el = await mount<FoiChart>(
        html`<foi-bar-chart eager src=${fresh('/test/fixtures/bad-row.csv')} value-column="Cases"></foi-bar-chart>`,
      );
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.contain('Row 3').and.contain('Snapchat').and.contain('lots');
    });

    it('a CSV row with no number names the row (columns detected)', async () => {
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh('/test/fixtures/bad-row.csv')}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      expect(messageText(el)).to.contain('Row 3');
    });

    it('JSON that is null, unbalanced or the wrong shape is an error with a message', async () => {
      const cases: [string, RegExp][] = [
        ['null.json', /must be a list/i],
        ['unbalanced.json', /could not be read/i],
        ['wrong-shape.json', /Entry 1.*data/i],
      ];
      for (const [file, pattern] of cases) {
        const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${fresh(`/test/fixtures/${file}`)}></foi-bar-chart>`);
        expect(el.state, file).to.equal('error');
        expect(messageText(el), file).to.match(pattern);
      }
    });

    it('refuses non-http(s) addresses without fetching them', async () => {
      for (const src of ['javascript:alert(1)', 'data:text/csv,a%2Cb%0AX%2C1', 'file:///etc/passwd', 'ftp://example.com/a.csv']) {
        const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${src}></foi-bar-chart>`);
        expect(el.state, src).to.equal('error');
        expect(messageText(el), src).to.match(/not an http\(s\) or relative URL/);
      }
    });

    it('a request over 10 s ends in a timed-out error (headers late, and body trickling)', async function () {
      this.timeout(20000);
      const late = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/slow?ms=12000') });
      const drip = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/drip?ms=12000') });
      const started = performance.now();
      stage().append(late, drip);
      await sleep(9000);
      expect(late.state, 'at 9 s').to.equal('loading');
      expect(drip.state, 'at 9 s').to.equal('loading');
      await waitUntil(() => late.state !== 'loading' && drip.state !== 'loading', 'still loading after 10.8 s', {
        timeout: 1800,
        interval: 50,
      });
      expect(performance.now() - started).to.be.below(11500);
      for (const el of [late, drip]) {
        expect(el.state).to.equal('error');
        expect(messageText(el)).to.match(/longer than 10 seconds|timed out/i);
      }
    });
  });

  describe('loading, cancelling and sharing', () => {
    it('is in state loading, with a visible message, while fetching', async () => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/slow?ms=700') });
      stage().append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      expect(messageText(el)).to.match(/loading/i);
      expect(shadow(el).querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelector('figure')!.getAttribute('aria-busy')).to.equal('false');
      expect(tableLabels(el)).to.deep.equal(['B', 'A']);
    });

    it('changing src cancels the previous fetch: the old result never shows', async () => {
      const old = fresh(`/__test/slow?ms=900&body=${encodeURIComponent('label,value\nOld,1\n')}`);
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: old });
      const seen: string[][] = [];
      el.addEventListener('foi-render', () => seen.push(tableLabels(el)));
      stage().append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      el.src = fresh('/test/fixtures/simple.csv');
      await settle(el);
      expect(tableLabels(el)).to.deep.equal(['Facebook', 'Snapchat', 'Instagram']);
      await sleep(1200); // the old response has arrived by now, or been aborted
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal(['Facebook', 'Snapchat', 'Instagram']);
      expect(seen.flat()).to.not.include('Old');
    });

    it('a slow old src never overwrites a faster new one', async () => {
      const body = (label: string) => encodeURIComponent(`label,value\n${label},1\n`);
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh(`/__test/slow?ms=1000&body=${body('First')}`) });
      stage().append(el);
      await el.updateComplete;
      el.src = fresh(`/__test/slow?ms=200&body=${body('Second')}`);
      await settle(el);
      expect(tableLabels(el)).to.deep.equal(['Second']);
      await sleep(1100);
      expect(tableLabels(el)).to.deep.equal(['Second']);
    });

    it('removing src while loading falls back to the next data source, never the fetched one', async () => {
      const el = make<FoiChart>('offence-platform-bar', {
        eager: '',
        src: fresh(`/__test/slow?ms=600&body=${encodeURIComponent('label,value\nLate,1\n')}`),
      });
      stage().append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      el.removeAttribute('src');
      await settle(el);
      expect(tableLabels(el)[0]).to.equal('Facebook');
      await sleep(800);
      expect(tableLabels(el)).to.not.include('Late');
    });

    it('identical src on several charts is fetched once', async () => {
      const name = `shared-${Date.now()}`;
      const src = `/__test/count/${name}?ms=300`;
      const host = stage();
      const els = [0, 1, 2, 3].map(() => make<FoiChart>('foi-bar-chart', { eager: '', src }));
      host.append(...els);
      await Promise.all(els.map((el) => settle(el)));
      for (const el of els) expect(tableLabels(el)).to.deep.equal(['B', 'A']);
      // One more chart after the first fetch settled: served from memory, not fetched again.
      const late = make<FoiChart>('foi-donut-chart', { eager: '', src });
      host.append(late);
      await settle(late);
      expect(late.state).to.equal('ready');
      expect(await count(name)).to.equal(1);
    });

    it('one chart giving up a shared request does not cancel it for the others', async () => {
      const name = `giveup-${Date.now()}`;
      const src = `/__test/count/${name}?ms=500`;
      const a = make<FoiChart>('foi-bar-chart', { eager: '', src });
      const b = make<FoiChart>('foi-bar-chart', { eager: '', src });
      stage().append(a, b);
      await Promise.all([a.updateComplete, b.updateComplete]);
      a.src = fresh('/test/fixtures/simple.csv');
      await Promise.all([settle(a), settle(b)]);
      expect(tableLabels(a)).to.deep.equal(['Facebook', 'Snapchat', 'Instagram']);
      expect(b.state).to.equal('ready');
      expect(tableLabels(b)).to.deep.equal(['B', 'A']);
      expect(await count(name)).to.equal(1);
    });

    it('a request cancelled and asked for again at once is still shared (fetched once more, not twice)', async () => {
      const name = `retry-${Date.now()}`;
      const url = new URL(`/__test/count/${name}?ms=400`, location.href).href;
      const gaveUp = new AbortController();
      const first = fetchData(url, { signal: gaveUp.signal });
      // Let the first request reach the server, then give it up.
      await waitUntil(async () => (await count(name)) === 1, 'the first request never arrived', { timeout: 2000 });
      gaveUp.abort();
      const second = fetchData(url);
      expect(await first).to.deep.equal({ ok: false, error: 'Loading was cancelled.' });
      await sleep(50); // the first request's failure has been handled by now
      const third = fetchData(url);
      const [b, c] = await Promise.all([second, third]);
      expect(b.ok && c.ok).to.equal(true);
      // The aborted first request, then one shared by the second and third.
      expect(await count(name)).to.equal(2);
    });

    it('a chart moved while loading (disconnected and reconnected) still loads', async () => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/slow?ms=400') });
      const a = stage();
      const b = stage();
      a.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      b.append(el); // a move: disconnected, then connected again
      await settle(el, 3000);
      expect(el.state).to.equal('ready');
      expect(tableLabels(el)).to.deep.equal(['B', 'A']);
    });

    it('a chart removed while loading throws nothing when the response arrives', async () => {
      const el = make<FoiChart>('foi-bar-chart', { eager: '', src: fresh('/__test/slow?ms=300') });
      stage().append(el);
      await el.updateComplete;
      el.remove();
      await sleep(500);
      expect(el.state).to.equal('loading');
    });

    it('failures are not cached: the same src set again tries again', async () => {
      const src = fresh('/__test/status/503');
      const el = await mount<FoiChart>(html`<foi-bar-chart eager src=${src}></foi-bar-chart>`);
      expect(el.state).to.equal('error');
      // Another chart asking later makes a new request (and fails the same way).
      const again = await fixture<FoiChart>(html`<foi-bar-chart eager src=${src}></foi-bar-chart>`);
      await settle(again);
      expect(again.state).to.equal('error');
      expect(messageText(again)).to.contain('503');
    });
  });
});
