import { expect } from '@open-wc/testing';

/**
 * dist/foi-charts.css reserves each story chart's room before the script defines the tags, in
 * the demo article's typography: the reserved height is within 5% of the drawn one (engines set type a little differently), on a desktop
 * and a phone-width page, so nothing moves when the script runs.
 */
async function loadPage(width: number): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '3600px';
  frame.src = '/test/fixtures/reserve-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

const TAGS = ['offence-platform-bar', 'case-outcome-donut', 'offence-type-bar'];

for (const width of [1280, 412]) {
  describe(`dist/foi-charts.css at ${width} px`, () => {
    it('reserves each story chart\'s drawn height before the script runs', async function () {
      this.timeout(20000);
      const win = await loadPage(width);
      const doc = win.document;
      const height = (tag: string) => doc.querySelector(tag)!.getBoundingClientRect().height;
      const reserved = TAGS.map(height);
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
      const script = doc.createElement('script');
      script.src = '/dist/foi-charts.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await loaded;
      const elements = TAGS.map((tag) => doc.querySelector(tag) as HTMLElement & { rendered: Promise<void> });
      await Promise.all(elements.map((el) => el.rendered));
      await new Promise((r) => setTimeout(r, 300));
      const drawn = TAGS.map(height);
      TAGS.forEach((tag, i) => {
        expect(Math.abs(reserved[i]! - drawn[i]!) / drawn[i]!, `${tag}: reserved ${reserved[i]} px, drawn ${drawn[i]} px`).to.be.at.most(0.05);
      });
      doc.defaultView!.frameElement!.remove();
    });
  });
}
