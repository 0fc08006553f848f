/**
 * Every code sample in the README and docs/ is tested. HTML samples are rendered (script and
 * stylesheet tags aside: the elements are defined here) and every chart in them must draw, or,
 * where a sample abbreviates with "…", use only tags, attributes and parts the elements have.
 * CSS samples must parse and name real parts; shell samples name scripts package.json has.
 * TypeScript and JavaScript samples are files of the package check's fixtures, word for word,
 * type-checked against the packed package there (scripts/package-check.mjs, step 8).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { foiChartTags } from '../../src/tags.js';

const DOCS = ['README.md', 'docs/data.md', 'docs/accessibility.md', 'docs/frameworks.md', 'docs/cms.md', 'docs/performance.md', 'docs/builder.md'];
/** Parts every figure has, or has in some state; `legend` only donuts and series, `message` only errors. */
const PARTS = ['figure', 'heading', 'subtitle', 'chart', 'legend', 'table', 'notes', 'source', 'actions', 'message', 'takeaway', 'image-alt'];

interface Sample {
  doc: string;
  line: number;
  lang: string;
  code: string;
}

async function samples(): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const doc of DOCS) {
    const response = await fetch(`/${doc}`);
    // A page that moved would otherwise give no samples, and pass.
    if (!response.ok) throw new Error(`${doc}: ${response.status}`);
    const text = await response.text();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^\s*```(\w*)\s*$/.exec(lines[i]!);
      if (!open) continue;
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      out.push({ doc, line: start + 1, lang: open[1] ?? '', code: body.join('\n') });
    }
  }
  return out;
}

const where = (s: Sample) => `${s.doc}:${s.line}`;

describe('the docs’ code samples', () => {
  let all: Sample[] = [];
  before(async () => {
    all = await samples();
  });

  it('every README and docs page is tested here, and every page the README links is listed', async () => {
    const readme = await (await fetch('/README.md')).text();
    const linked = [...readme.matchAll(/blob\/main\/(docs\/[\w-]+\.md)/g)].map((m) => m[1]!);
    expect([...new Set(linked)].sort()).to.deep.equal(DOCS.filter((d) => d.startsWith('docs/')).sort());
  });

  it('every code block names its language (text for plain text)', () => {
    const unnamed = all.filter((s) => !s.lang).map(where);
    expect(unnamed, 'blocks with no language').to.deep.equal([]);
  });

  it('html: every chart in a sample draws; a sample abbreviated with "…" uses only real tags and attributes', async function () {
    this.timeout(60000);
    const htmlSamples = all.filter((s) => s.lang === 'html');
    expect(htmlSamples.length).to.be.greaterThan(3);
    for (const sample of htmlSamples) {
      const template = document.createElement('template');
      template.innerHTML = sample.code;
      // The page's script and stylesheet tags: the elements are defined by this test.
      template.content.querySelectorAll('script, link').forEach((el) => el.remove());
      const charts = [...template.content.querySelectorAll<HTMLElement>(foiChartTags.join(','))];
      const placeholders = [...template.content.querySelectorAll<HTMLElement>('[data-foi-chart]')];
      for (const el of [...charts, ...placeholders]) {
        const tag = el.dataset.foiChart ?? el.localName;
        expect(foiChartTags, `${where(sample)}: a tag the library has`).to.include(tag);
        const known = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        for (const { name } of Array.from(el.attributes)) {
          if (name === 'data-foi-chart' || name === 'id' || name === 'class' || name === 'lang' || name === 'style') continue;
          expect(known, `${where(sample)}: <${tag} ${name}>`).to.include(name);
        }
      }
      if (sample.code.includes('…')) continue;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(template.content.cloneNode(true));
      await new Promise((r) => setTimeout(r, 0));
      const rendered = [...wrapper.querySelectorAll<FoiChart>(foiChartTags.join(','))];
      expect(rendered.length, `${where(sample)}: charts in the sample`).to.be.greaterThan(0);
      for (const chart of rendered) {
        chart.eager = true;
        await chart.rendered;
        expect(chart.state, `${where(sample)}: <${chart.localName}> ${chart.getAttribute('heading') ?? ''}`).to.equal('ready');
      }
      wrapper.remove();
    }
  });

  it('css: every sample parses, and names only real parts and custom properties', () => {
    const cssSamples = all.filter((s) => s.lang === 'css');
    expect(cssSamples.length, 'css samples').to.be.greaterThan(0);
    for (const sample of cssSamples) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(sample.code);
      expect(sheet.cssRules.length).to.be.greaterThan(0);
      for (const [, part] of sample.code.matchAll(/::part\(([\w-]+)\)/g)) expect(PARTS, `${where(sample)}: ::part(${part})`).to.include(part);
      for (const [, prop] of sample.code.matchAll(/(--foi-[\w-]+)/g)) expect(prop, where(sample)).to.match(/^--foi-(?:font-family|text-color|muted-color|background|grid-color|accent|focus-color|color-[1-8]|bar-height|max-height)$/);
    }
  });

  it('sh: every npm script and file a sample runs exists', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { scripts: Record<string, string> };
    const shSamples = all.filter((s) => s.lang === 'sh');
    expect(shSamples.length, 'sh samples').to.be.greaterThan(0);
    for (const sample of shSamples) {
      for (const [, script] of sample.code.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts, `${where(sample)}: npm run ${script}`).to.have.property(script!);
      for (const [, script] of sample.code.matchAll(/npm (start|test)\b/g)) expect(pkg.scripts, `${where(sample)}: npm ${script}`).to.have.property(script!);
      for (const [, file] of sample.code.matchAll(/node ([\w./-]+\.mjs)/g)) expect((await fetch(`/${file}`)).ok, `${where(sample)}: ${file}`).to.equal(true);
    }
  });
});
