/**
 * The builder's pure parts: the copied HTML is text (every payload comes back as the same text,
 * nothing runs), the data forms read as the source does for every sample file, and the
 * transcript says what the project's screen-reader transcripts say.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { DEFAULT_CHOICES, readOptions, type Choices } from '../../src/builder/choices.js';
import { portable } from '../../src/builder/portable.js';
import { syncChart } from '../../src/builder/preview.js';
import { inlineSpec, placeholderHtml, scriptTags, srcSpec, tagHtml } from '../../src/builder/snippets.js';
import { transcript } from '../../src/builder/transcript.js';
import { readTable } from '../../src/read/index.js';
import { PAYLOADS } from '../hostile/xss-corpus.js';
import { TRANSCRIPT_CASES } from '../a11y/transcript-cases.js';
import { drawn } from './helpers.js';

const parse = (markup: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
};

describe('builder snippets: text, never HTML', () => {
  it('every payload in a label, the heading, the source link and a column name comes back as the same text, and nothing else is made', () => {
    for (const payload of PAYLOADS) {
      const choices: Choices = { ...DEFAULT_CHOICES, heading: payload, note: payload, sourceHref: payload, unitMany: payload };
      const text = JSON.stringify([{ Name: payload, [payload]: 1 }, { Name: 'B', [payload]: 2 }]);
      const reading = readTable(text, readOptions(choices));
      const data = portable(text, reading, choices);
      for (const form of ['table', 'values'] as const) {
        const spec = inlineSpec(form, data, choices);
        for (const markup of [tagHtml(spec), placeholderHtml(spec)]) {
          const content = parse(markup);
          expect(content.children.length, markup).to.equal(1);
          const el = content.firstElementChild!;
          // Only the chart's own tags, never one from the data.
          const tags = new Set(Array.from(el.querySelectorAll('*')).map((e) => e.localName));
          for (const tag of tags) expect(['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']).to.include(tag);
          const prefix = el.localName === 'div' ? 'data-' : '';
          expect(el.getAttribute(`${prefix}heading`)).to.equal(payload);
          expect(el.getAttribute(`${prefix}source-href`)).to.equal(payload);
          expect(el.getAttribute(`${prefix}unit`)).to.equal(payload);
          if (form === 'table') {
            expect(el.querySelector('caption')!.textContent).to.equal(payload);
            expect(el.querySelector('thead th:nth-child(2)')!.textContent).to.equal(payload);
            expect(el.querySelector('tbody tr')!.firstElementChild!.textContent).to.equal(payload);
          } else {
            expect(JSON.parse(el.getAttribute(`${prefix}values`)!)[0]).to.deep.equal({ Name: payload, [payload]: 1 });
          }
        }
      }
      const src = parse(tagHtml(srcSpec(payload, choices))).firstElementChild!;
      expect(src.getAttribute('src')).to.equal(payload);
      // The library's address, as typed, in the script tags.
      const scripts = parse(scriptTags(payload, ['foi-charts-draw.js'], { 'foi-charts.js': 'sha384-A', 'foi-charts-draw.js': 'sha384-C' }));
      expect(Array.from(scripts.children).map((e) => e.localName)).to.deep.equal(['link', 'script', 'link', 'script']);
      const base = payload.trim().replace(/\/?$/, '/');
      expect(scripts.querySelector('script[src]')!.getAttribute('src')).to.equal(`${base}foi-charts.js`);
      expect(JSON.parse(scripts.querySelector('script[type=importmap]')!.textContent!)).to.deep.equal({ integrity: { [`${base}foi-charts-draw.js`]: 'sha384-C' } });
    }
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('writes the script tags of the README with this version’s hashes', () => {
    const hashes = { 'foi-charts.js': 'sha384-A', 'foi-charts.css': 'sha384-B', 'foi-charts-draw.js': 'sha384-C', 'foi-charts-remote.js': 'sha384-D' };
    const tags = scriptTags('https://cdn.jsdelivr.net/npm/foi-charts@0.1.0/dist', ['foi-charts-draw.js'], hashes);
    const content = parse(tags);
    expect(Array.from(content.children).map((e) => e.localName)).to.deep.equal(['link', 'script', 'link', 'script']);
    expect(JSON.parse(content.querySelector('script[type=importmap]')!.textContent!)).to.deep.equal({
      integrity: { 'https://cdn.jsdelivr.net/npm/foi-charts@0.1.0/dist/foi-charts-draw.js': 'sha384-C' },
    });
    expect(content.querySelector('link[rel=modulepreload]')!.getAttribute('integrity')).to.equal('sha384-C');
    const script = content.querySelector('script[src]') as HTMLScriptElement;
    expect(script.getAttribute('src')).to.equal('https://cdn.jsdelivr.net/npm/foi-charts@0.1.0/dist/foi-charts.js');
    expect(script.getAttribute('integrity')).to.equal('sha384-A');
    expect(script.hasAttribute('crossorigin') && script.defer).to.equal(true);
  });
});

/** Every sample file the data reader is tested on. */
const FILES = [
  ...['ambiguous', 'council-finance', 'de-bundestag', 'de-gemeinde', 'fr-resultats', 'jp-population', 'jp-years', 'long-format', 'net-migration', 'ons-wards', 'pandas-index', 'population-by-year', 'rates', 'total-first', 'total-unlabelled'].map((n) => `real/${n}.csv`),
  'real/areas.json',
  ...['crimes-long', 'crimes-outline', 'crimes-upper', 'hospital-beds', 'offences-no', 'population-long', 'rates-3dp', 'seroprevalence'].map((n) => `structure/${n}.csv`),
  'series/platforms-by-year.csv',
];

/** Pasted sheets with what the files lack: rows indented under their group, a source line above the header, keys JSON reads by. */
const PASTED: Record<string, string> = {
  'indented.tsv': 'Offence\tCount\nViolence\t31\n  Assault\t20\n  Robbery\t10\nTheft\t30\n  Shoplifting\t25\n  Other theft\t5\n',
  'titled.csv': 'Police recorded crime in 2024\nSource: Home Office\nForce,Offences\nNorth,120\nSouth,80\nTotal,200\nNote: provisional figures\n',
  // Columns named "label" and "value", which JSON objects are read by: the columns read are named in the tag.
  'keys.csv': 'Party,value,label\nLabour,100,first\nGreen,50,second\nReform,75,third\n',
};

describe('builder data forms: a table and values read as the file does', () => {
  for (const file of [...FILES, ...Object.keys(PASTED)]) {
    for (const kind of ['bar', 'column'] as const) {
      it(`${file} as ${kind === 'bar' ? 'bars' : 'columns'}: the src tag, the table and values draw the same labels, figures, summary and notes`, async function () {
        this.timeout(20000);
        let url = `/test/fixtures/${file}`;
        if (PASTED[file]) {
          url = `/__test/store/${file}`;
          await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'text/csv' }, body: PASTED[file] });
        }
        const text = await (await fetch(url)).text();
        const choices: Choices = { ...DEFAULT_CHOICES, kind };
        const reading = readTable(text, readOptions(choices));
        const data = portable(text, reading, choices);
        const box = await fixture<HTMLDivElement>(html`<div style="width: 680px"></div>`);
        const chartOf = async (spec: Parameters<typeof syncChart>[1]) => {
          const holder = document.createElement('div');
          box.append(holder);
          const chart = syncChart(holder, spec, [['eager', '']]);
          await chart.rendered;
          await chart.updateComplete;
          return drawn(chart as Parameters<typeof drawn>[0]);
        };
        const truth = await chartOf(srcSpec(url, choices));
        expect(truth.state, file).to.equal(reading.ok ? 'ready' : 'error');
        for (const form of ['table', 'values'] as const) {
          if (data[form === 'table' ? 'tableProblem' : 'valuesProblem']) continue;
          expect(await chartOf(inlineSpec(form, data, choices)), `${file}, ${form}`).to.deep.equal(truth);
        }
      });
    }
  }
});

describe('builder transcript: what a screen reader says, from the figure', () => {
  for (const [name, template] of TRANSCRIPT_CASES) {
    it(`${name}: the lines of test/a11y/transcripts/${name}.txt (Chromium’s accessibility tree)`, async () => {
      const el = await fixture<HTMLElement & { rendered: Promise<void>; updateComplete: Promise<boolean> }>(template());
      await el.rendered;
      await el.updateComplete;
      const want = (await (await fetch(`/test/a11y/transcripts/${name}.txt`)).text()).split('\n').filter((l) => l.trim() && l !== 'main');
      expect(transcript(el.shadowRoot!.querySelector('figure')!)).to.deep.equal(want);
    });
  }
});
