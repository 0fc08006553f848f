/**
 * What a screen reader says, moving through the figure item by item in browse mode, from
 * @guidepup/virtual-screen-reader started inside the figure's shadow root (it does not enter
 * shadow roots by itself). Compared with transcripts/*.spoken.txt; no sentence twice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
// Bundled from the npm package by scripts/bundle-test-deps.mjs (its dependencies are CommonJS).
import { virtual } from '../.generated/virtual-screen-reader.js';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';

async function spoken(template: TemplateResult): Promise<string[]> {
  const el = await fixture<FoiChart>(template);
  await el.rendered;
  await el.updateComplete;
  const figure = el.shadowRoot!.querySelector('figure')!;
  await virtual.start({ container: figure });
  try {
    // Until the reader leaves the figure (its last line is "end of figure…").
    for (let i = 0; i < 80; i++) {
      await virtual.next();
      if ((await virtual.lastSpokenPhrase()).startsWith('end of figure')) break;
    }
    return await virtual.spokenPhraseLog();
  } finally {
    await virtual.stop();
  }
}

async function expected(name: string): Promise<string[]> {
  const text = await (await fetch(new URL(`./transcripts/${name}.spoken.txt`, import.meta.url))).text();
  return text.split('\n').filter((line) => line.trim() !== '');
}

for (const [name, template] of [
  ['offence-platform-bar', html`<offence-platform-bar eager></offence-platform-bar>`],
  ['case-outcome-donut', html`<case-outcome-donut eager></case-outcome-donut>`],
] as const) {
  describe(`<${name}> as a screen reader speaks it`, () => {
    it('matches the transcript, and says each sentence once', async () => {
      const log = await spoken(template);
      expect(log, `spoken:\n${log.join('\n')}\n`).to.deep.equal(await expected(name));
      // Container ends repeat their names by design ("end of group, …"); the figure is named by its heading.
      const said = log
        .filter((line) => !/^(end of|figure,|caption$|paragraph$)/.test(line))
        .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/))
        .filter((s) => s.split(' ').length > 2);
      expect(said.filter((s, i) => said.indexOf(s) !== i)).to.deep.equal([]);
    });
  });
}
