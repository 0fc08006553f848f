import { expect } from '@open-wc/testing';

/**
 * dist/foi-charts.css reserves each story chart's room before the script defines the tags, in
 * the demo article's typography, and holds it while a chart is `loading` (a column chart waits
 * for the code that reads it): the reserved height is within 5% of the drawn one (engines set
 * type a little differently), on a desktop and a phone-width page, and no chart is ever shorter
 * than its room on the way, so nothing moves when the script runs.
 */
async function loadPage(width: number): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '4800px';
  frame.src = '/test/fixtures/reserve-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  // The page's own copy of the demo's type, loaded before anything is measured or drawn.
  await Promise.all(['18px Georgia', 'bold 18px Georgia'].map((font) => win.document.fonts.load(font)));
  await win.document.fonts.ready;
  // The demo's own column chart, as the demo writes it: its page rule (demo/article.css) is
  // measured for exactly that markup, and it is `loading` while the column code arrives.
  const demo = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  const chart = win.document.importNode(demo.querySelector('#cases-by-year')!, true);
  chart.setAttribute('eager', '');
  win.document.querySelector('main')!.prepend(chart);
  return win;
}

/** The demo's column chart with its page rule (demo/article.css), and the story presets. */
const ALL = ['#cases-by-year', 'offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];

/** A layout shift (Chromium's Layout Instability API, not in TypeScript's DOM types). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/** The shift and what moved: each node (if still in the page) with its top and height before and after. */
function describeShift(entry: LayoutShift): string {
  const moved = (entry.sources ?? []).map(({ node, previousRect: a, currentRect: b }) => {
    const name = node ? ((node as Element).localName ?? node.nodeName) : 'a node';
    return `${name} ${[a.y, a.height, b.y, b.height].map(Math.round).join(',')}`;
  });
  return `${entry.value.toFixed(4)} (${moved.join('; ')})`;
}

/**
 * Loads the page at `width`, runs the script and waits until every chart is drawn: each chart's
 * height before and after, the states it passed through, and what moved on screen meanwhile
 * (Chromium reports layout shifts; the other engines have no such report, and a size read
 * between frames may be one the browser never paints: `shifts` is null there).
 */
async function loadAndDraw(width: number) {
  const win = await loadPage(width);
  const doc = win.document;
  const el = (selector: string) => doc.querySelector(selector) as HTMLElement & { rendered: Promise<void>; state: string };
  const height = (selector: string) => el(selector).getBoundingClientRect().height;
  const reserved = ALL.map(height);
  const definedBefore = ALL.filter((selector) => win.customElements.get(el(selector).localName));
  const shifts: string[] | null = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift') ? [] : null;
  const shiftObserver = shifts
    ? new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) shifts.push(describeShift(entry));
      })
    : null;
  shiftObserver?.observe({ type: 'layout-shift' });
  const states = new Map<string, Set<string>>(ALL.map((s) => [s, new Set<string>()]));
  const attributes = new win.MutationObserver((records) => {
    for (const r of records) states.get(ALL.find((s) => el(s) === r.target)!)!.add((r.target as Element).getAttribute('state') ?? '');
  });
  for (const selector of ALL) attributes.observe(el(selector), { attributes: true, attributeFilter: ['state'] });
  const script = doc.createElement('script');
  script.src = '/dist/foi-charts.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  await Promise.all(ALL.map((s) => el(s).rendered));
  await new Promise((r) => setTimeout(r, 300));
  shiftObserver?.disconnect();
  attributes.disconnect();
  const drawn = ALL.map(height);
  const finalStates = ALL.map((s) => el(s).state);
  win.frameElement!.remove();
  return { reserved, drawn, definedBefore, finalStates, states, shifts };
}

for (const width of [1280, 412]) {
  describe(`dist/foi-charts.css at ${width} px`, () => {
    it("reserves each chart's drawn height before the script runs", async function () {
      this.timeout(20000);
      const { reserved, drawn, definedBefore, finalStates } = await loadAndDraw(width);
      expect(definedBefore, 'no tag is defined before the script').to.deep.equal([]);
      expect(finalStates).to.deep.equal(ALL.map(() => 'ready'));
      ALL.forEach((selector, i) => {
        expect(Math.abs(reserved[i]! - drawn[i]!) / drawn[i]!, `${selector}: reserved ${reserved[i]} px, drawn ${drawn[i]} px`).to.be.at.most(0.05);
      });
    });

    it('holds the room while the charts load and draw: nothing on the page moves', async function () {
      this.timeout(20000);
      const { states, shifts } = await loadAndDraw(width);
      expect([...states.get('#cases-by-year')!], 'the column chart passes through loading').to.include('loading');
      // Only Chromium reports what moved on screen.
      if (!shifts) this.skip();
      expect(shifts.join(' | '), 'layout shifts while the charts load and draw').to.equal('');
    });
  });
}
