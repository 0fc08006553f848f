/**
 * A strict Content-Security-Policy page (no inline script or style, no eval):
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:
 * served by /__test/csp-page (test/server/middleware.mjs) and opened in an iframe. Violations are
 * recorded by /test/server/csp-listener.js, a same-origin script the page loads first.
 *
 * The page loads /src/all.ts as a module: the dev server compiles TypeScript and rewrites bare
 * imports for any module it serves, and it does not touch the page's own HTML (the middleware
 * answers before the dev server's transforms), so nothing inline is injected.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** As test/server/middleware.mjs sends it (that module is Node-only, so not imported here). */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}
interface FrameWindow extends Window {
  __cspViolations?: Violation[];
  __pageErrors?: string[];
}

const IDS = ['preset', 'donut', 'patterns', 'remote', 'placeholder'];
const frames: HTMLIFrameElement[] = [];

async function open(variant = ''): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '3000px';
  frames.push(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/__test/csp-page?variant=${variant}&t=${Date.now()}`;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const states = (doc: Document) => IDS.map((id) => `${id}:${doc.getElementById(id)?.localName}:${doc.getElementById(id)?.getAttribute('state')}`);

async function allReady(doc: Document): Promise<void> {
  await waitUntil(
    () => IDS.every((id) => doc.getElementById(id)?.getAttribute('state') === 'ready'),
    `not all ready: ${states(doc).join(', ')}`,
    { timeout: 15000 },
  );
  // `ready` is set as soon as the data is read; drawing follows once the Chart.js chunk is in.
  await Promise.all(IDS.map((id) => (doc.getElementById(id) as HTMLElement & { rendered: Promise<void> }).rendered));
  await waitUntil(
    () => IDS.every((id) => (doc.getElementById(id) as HTMLElement & { chart: unknown }).chart),
    `not all drawn: ${states(doc).join(', ')}`,
    { timeout: 15000 },
  );
}

const report = (win: FrameWindow) => JSON.stringify(win.__cspViolations, null, 1);

describe('strict Content-Security-Policy', function () {
  this.timeout(30000);

  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('the page really is served with the strict policy', async () => {
    const response = await fetch('/__test/csp-page');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const text = await response.text();
    expect(text, 'no inline script in the page').to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    const module = await fetch('/src/all.ts');
    expect(module.headers.get('content-type')).to.contain('javascript');
    expect(await module.text(), 'TypeScript compiled for the browser').to.not.match(/:\s*Document\)/);
  });

  it('control: an inline style attribute on the page is reported (the listener works)', async () => {
    const { win, doc } = await open('canary');
    await waitUntil(() => (win.__cspViolations ?? []).length > 0, 'no violation reported for the canary');
    expect(win.__cspViolations!.some((v) => /style-src/.test(v.directive))).to.equal(true);
    expect(getComputedStyle(doc.getElementById('canary')!).color).to.not.equal('rgb(255, 0, 0)');
  });

  it('every chart reaches ready with zero violations, also while a reader uses it', async () => {
    const { win, doc } = await open();
    expect(win.__cspViolations, 'the listener loaded').to.be.an('array');
    await allReady(doc);
    expect(doc.getElementById('placeholder')!.localName).to.equal('foi-bar-chart');
    for (const id of IDS) {
      const el = doc.getElementById(id) as HTMLElement & { chart: unknown };
      expect(el.chart, `${id} drawn`).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('table tbody tr'), `${id} table`).to.not.equal(null);
    }
    // Inline sizes and swatch colours are set through the CSSOM, not style attributes.
    const bar = doc.getElementById('patterns')!;
    expect((bar.shadowRoot!.querySelector('[part~="chart"]') as HTMLElement).style.height).to.match(/px$/);

    // Reader actions: show the table, show the donut as bars, move through parts with the keyboard.
    const donut = doc.getElementById('donut')!;
    const buttons = Array.from(donut.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="actions"] button'));
    buttons.find((b) => /show table/i.test(b.textContent ?? ''))!.click();
    buttons.find((b) => /bars/i.test(b.textContent ?? ''))!.click();
    await waitUntil(() => (donut as unknown as { chart: { config: { type: string } } | null }).chart?.config.type === 'bar', 'donut not shown as bars');
    const part = bar.shadowRoot!.querySelector<HTMLElement>('.part[tabindex="0"]')!;
    part.focus();
    part.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__cspViolations, report(win)).to.deep.equal([]);
    expect(win.__pageErrors ?? [], 'errors in the page').to.deep.equal([]);
  });

  it('the built embed (dist/foi-charts.js, a classic script) also runs with zero violations', async function () {
    const built = await fetch('/dist/foi-charts.js', { method: 'HEAD' });
    if (!built.ok) this.skip(); // dist/ is built, not committed: run `npm run build` first
    const { win, doc } = await open('embed');
    await allReady(doc);
    // The drawing chunk was loaded from beside the embed script.
    const chunk = win.performance.getEntriesByType('resource').map((e) => e.name).find((n) => /foi-charts-draw\.js/.test(n));
    expect(chunk, 'foi-charts-draw.js loaded').to.be.a('string');
    expect(win.__cspViolations, report(win)).to.deep.equal([]);
    expect(win.__pageErrors ?? [], 'errors in the page').to.deep.equal([]);
  });
});
