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
      // Container ends repeat their names by design ("end of group, …").
      const said = log
        .filter((line) => !/^(end of|paragraph$)/.test(line))
        .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/))
        .filter((s) => s.split(' ').length > 2);
      expect(said.filter((s, i) => said.indexOf(s) !== i)).to.deep.equal([]);
    });
  });
}

describe('one name on entry', () => {
  it('the figure is not named by its title: the title is heard once, as the heading', async () => {
    const log = await spoken(html`<foi-bar-chart eager heading="Votes cast" subtitle="By party" unit="vote|votes" values="Labour: 20; Green: 10"></foi-bar-chart>`);
    const entry = log.filter((line) => !line.startsWith('end of'));
    expect(entry.filter((line) => line.includes('Votes cast')), log.join('\n')).to.deep.equal(['heading, Votes cast, level 2']);
    expect(entry[0]).to.match(/^figure(, not busy)?$/);
    expect(entry[1]).to.equal('heading, Votes cast, level 2');
  });

  it('an opened table: its caption is heard once', async () => {
    const el = await fixture<FoiChart>(html`<foi-bar-chart eager heading="Votes cast" unit="vote|votes" values="Labour: 20; Green: 10"></foi-bar-chart>`);
    await el.rendered;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
    await el.updateComplete;
    await virtual.start({ container: el.shadowRoot!.querySelector('figure')! });
    try {
      for (let i = 0; i < 80 && !(await virtual.lastSpokenPhrase()).startsWith('end of figure'); i++) await virtual.next();
      const log = await virtual.spokenPhraseLog();
      const heard = log.filter((line) => !line.startsWith('end of') && line.includes('Votes cast: data'));
      expect(heard, log.join('\n')).to.deep.equal(['region, Votes cast: data']);
      expect(log[log.indexOf('region, Votes cast: data') + 1]).to.equal('table');
    } finally {
      await virtual.stop();
    }
  });
});

describe('<foi-line-chart> as a screen reader speaks it', () => {
  it('heading, takeaway, the group with its move hint, then the first point', async () => {
    const log = await spoken(
      html`<foi-line-chart
        eager
        heading="Reports by region"
        unit="report|reports"
        values="Year: North, South, East; 2019: 10, 20, 30; 2020: 12, .., 28; 2021: 15, 24, 25; 2022: 18, 26, 22"
      ></foi-line-chart>`,
    );
    const at = (phrase: string) => log.findIndex((line) => line.startsWith(phrase));
    const heading = at('heading, Reports by region, level 2');
    const takeaway = at('From 2019 to 2022, North rose from 10 to 18 reports');
    const group = at('group, Line chart of 3 series over 4 periods');
    const first = at('image, North, 2019: 10 reports. 1 of 4.');
    expect([heading, takeaway, group, first].every((i) => i >= 0), `spoken:\n${log.join('\n')}\n`).to.equal(true);
    expect(heading).to.be.below(takeaway);
    expect(takeaway).to.be.below(group);
    expect(first, 'the first point comes straight after the group').to.equal(group + 1);
    expect(log[group]).to.contain('No figure for South in 2020.');
    expect(log[group]).to.match(/Left and right arrows move along the labels; up and down, between series\.$/);
    // Every point once, series by series; the gap is spoken as one, not as zero.
    const points = log.filter((line) => line.startsWith('image, '));
    expect(points).to.have.length(12);
    expect(points[5]).to.equal('image, South, 2020: no figure. 2 of 4.');
    expect(points[8]).to.equal('image, East, 2019: 30 reports. 1 of 4.');
    // The legend is for eyes: a reader does not hear the series' names on their own.
    expect(log.filter((line) => /^(North|South|East)$/.test(line))).to.deep.equal([]);
  });
});
