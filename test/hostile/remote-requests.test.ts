/**
 * One request per data file, never cancelled (issue #22): what the browser's network log shows,
 * recorded by the test runner (test/plugins/browser-commands.mjs, `foi-network-log`), beside the
 * test server's own count of requests (test/server/middleware.mjs, /__test/count/NAME).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { fetchData } from '../../src/core/fetch-data.js';
import { orSkip } from '../support/commands.js';
import { clearStages, make, settle, sleep, stage, tableLabels } from './helpers.js';

interface Request {
  url: string;
  finished: boolean;
  failed: string | null;
}

let unique = 0;
/** A data file no other test asks for: the test server counts its requests and answers after `ms`. */
const dataFile = (ms: number) => {
  const name = `requests-${Date.now()}-${++unique}`;
  return { name, src: `/__test/count/${name}?ms=${ms}` };
};
const served = async (name: string): Promise<number> =>
  (await (await fetch(`/__test/count-read/${name}`, { cache: 'no-store' })).json()).count;

/** The requests for `name` since the log started, once none is still pending. */
async function requestsFor(name: string): Promise<Request[]> {
  let found: Request[] = [];
  await waitUntil(
    async () => {
      const log = (await executeServerCommand('foi-network-log')) as Request[];
      found = log.filter((r) => r.url.includes(`/count/${name}`));
      return found.length > 0 && found.every((r) => r.finished || r.failed);
    },
    `no settled request for ${name}`,
    { timeout: 5000 },
  );
  // A request given up late would be logged as failed a moment after the chart drew.
  await sleep(200);
  return ((await executeServerCommand('foi-network-log')) as Request[]).filter((r) => r.url.includes(`/count/${name}`));
}

describe('remote data requests, as the network log shows them', () => {
  beforeEach(async function () {
    await orSkip(this, () => executeServerCommand('foi-network-log', { start: true }));
  });
  afterEach(() => clearStages());

  it('a chart with src fetches its file once, and the request finishes', async () => {
    const { name, src } = dataFile(100);
    const el = make<FoiChart>('foi-bar-chart', { eager: '', src });
    stage().append(el);
    await settle(el);
    expect(tableLabels(el)).to.deep.equal(['B', 'A']);
    expect(await requestsFor(name)).to.deep.equal([{ url: new URL(src, location.href).href, finished: true, failed: null }]);
    expect(await served(name)).to.equal(1);
  });

  it('a chart moved while loading keeps its one request (a framework moves elements)', async () => {
    const { name, src } = dataFile(400);
    const el = make<FoiChart>('foi-bar-chart', { eager: '', src });
    stage().append(el);
    await el.updateComplete;
    await waitUntil(async () => (await served(name)) === 1, 'the request never reached the server', { timeout: 3000 });
    stage().append(el); // disconnected, then connected again, while the file loads
    await settle(el, 3000);
    expect(tableLabels(el)).to.deep.equal(['B', 'A']);
    const requests = await requestsFor(name);
    expect(requests.map((r) => r.failed), 'no request cancelled').to.deep.equal([null]);
    expect(await served(name)).to.equal(1);
  });

  it('a chart removed while loading and added again later draws from the same request', async () => {
    const { name, src } = dataFile(300);
    const el = make<FoiChart>('foi-bar-chart', { eager: '', src });
    const host = stage();
    host.append(el);
    await el.updateComplete;
    el.remove();
    await sleep(600); // the response arrives while the chart is off the page
    expect(el.state, 'nothing is shown off the page').to.equal('loading');
    host.append(el);
    await settle(el);
    expect(tableLabels(el)).to.deep.equal(['B', 'A']);
    expect((await requestsFor(name)).map((r) => r.failed), 'one request, not cancelled').to.deep.equal([null]);
    expect(await served(name)).to.equal(1);
  });

  it('a request given up before it began is never made', async () => {
    const { name, src } = dataFile(0);
    const gaveUp = new AbortController();
    gaveUp.abort();
    expect(await fetchData(new URL(src, location.href).href, { signal: gaveUp.signal })).to.deep.equal({ ok: false, error: 'Loading was cancelled.' });
    await sleep(200);
    const log = (await executeServerCommand('foi-network-log')) as Request[];
    expect(log.filter((r) => r.url.includes(`/count/${name}`))).to.deep.equal([]);
    expect(await served(name)).to.equal(0);
  });
});
