/**
 * The chart as a screen-reader user meets it in browse mode: Chromium's accessibility tree of
 * the figure, walked in document order, one "role: name" line per thing that is read. Each is
 * compared with a transcript checked in beside this file (transcripts/*.txt), so any change in
 * what a reader hears shows as a diff. With the table closed, no sentence is heard twice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import { orSkip } from '../support/commands.js';
import { TRANSCRIPT_CASES } from './transcript-cases.js';

interface AxNode {
  role?: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  pressed?: boolean | 'true' | 'false' | 'mixed';
  children?: AxNode[];
}

/** Roles that carry nothing of their own to read: their children are read instead. */
const SILENT = new Set(['generic', 'none', 'presentation', 'RootWebArea', 'WebArea', 'paragraph', 'Section', 'LineBreak', 'Figcaption']);

/** One line per node that a reader hears, in document order. */
function transcript(node: AxNode, out: string[] = []): string[] {
  const role = node.role ?? '';
  const name = (node.name ?? '').replace(/\s+/g, ' ').trim();
  if (role === 'StaticText' || role === 'text') {
    if (name) out.push(name);
    return out;
  }
  if (!SILENT.has(role)) {
    const state = [
      node.level ? `level ${node.level}` : '',
      node.expanded !== undefined ? (node.expanded ? 'expanded' : 'collapsed') : '',
      node.pressed !== undefined ? (String(node.pressed) === 'true' ? 'pressed' : 'not pressed') : '',
    ].filter(Boolean);
    out.push(`${role}${state.length ? ` (${state.join(', ')})` : ''}${name ? `: ${name}` : ''}`);
    // A node named from its content (a heading, a button, a link) reads that content once.
    if (name && node.children?.every((c) => c.role === 'StaticText' || c.role === 'text')) return out;
  }
  for (const child of node.children ?? []) transcript(child, out);
  return out;
}

async function heard(ctx: Mocha.Context, template: TemplateResult): Promise<string[]> {
  const wrapper = await fixture<HTMLElement>(html`<main id="reading">${template}</main>`);
  const el = wrapper.firstElementChild as FoiChart;
  await el.rendered;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return transcript(await axTree(ctx));
}

async function axTree(ctx: Mocha.Context): Promise<AxNode> {
  return (await orSkip(ctx, () => executeServerCommand('foi-ax-tree', { selector: '#reading' }))) as AxNode;
}

async function expected(name: string): Promise<string[]> {
  const text = await (await fetch(new URL(`./transcripts/${name}.txt`, import.meta.url))).text();
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * Sentences a reader hears, to check none comes twice, the figure's name included (it has none:
 * the heading inside it is the title, heard once).
 */
function sentences(lines: string[]): string[] {
  return lines
    .map((line) => line.replace(/^[a-z]+( \([^)]*\))?: /i, ''))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length > 2)
    // A part's place ("2 of 4.") is part of its name, not a sentence: with several series each
    // series counts its labels again, and the series' name makes each part's name distinct.
    .filter((s) => !/^\d+ of \d+\.$/.test(s));
}


describe('reading order (Chromium accessibility tree)', () => {
  for (const [name, template] of TRANSCRIPT_CASES) {
    it(`${name}: matches transcripts/${name}.txt, each sentence once`, async function () {
      const lines = await heard(this, template());
      const want = await expected(name);
      expect(lines, `heard:\n${lines.join('\n')}\n`).to.deep.equal(want);
      const said = sentences(lines);
      const twice = said.filter((s, i) => said.indexOf(s) !== i);
      expect(twice, 'sentences heard twice').to.deep.equal([]);
    });
  }

  it('finds every story chart by heading, at level 2 by default', async function () {
    const lines = await heard(
      this,
      html`<div>
        <offence-platform-bar eager></offence-platform-bar><case-outcome-donut eager></case-outcome-donut
        ><offence-type-bar eager heading-level="3"></offence-type-bar>
      </div>`,
    );
    expect(lines.filter((l) => l.startsWith('heading'))).to.deep.equal([
      'heading (level 2): Social media platforms named in child sexual offence reports',
      'heading (level 2): What happened to the 521 cases',
      'heading (level 3): Offences recorded where a social media platform was named',
    ]);
  });

  it('reads the table like any table once "Show table" opens it', async function () {
    const wrapper = await fixture<HTMLElement>(html`<main id="reading"><offence-platform-bar eager></offence-platform-bar></main>`);
    const el = wrapper.firstElementChild as FoiChart;
    await el.rendered;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
    await el.updateComplete;
    const lines = transcript(await axTree(this));
    expect(lines).to.include('button (expanded): Hide table');
    // The caption is heard once, as the name of the region the table scrolls in.
    const caption = 'Social media platforms named in child sexual offence reports: data';
    expect(lines.filter((line) => line.includes(caption)), lines.join('\n')).to.deep.equal([`region: ${caption}`]);
    expect(lines[lines.indexOf(`region: ${caption}`) + 1]).to.equal('table');
    expect(lines).to.include('rowheader: Facebook');
    expect(lines.indexOf(`region: ${caption}`)).to.be.greaterThan(
      lines.indexOf('group: Bar chart, 8 platforms, from 3 to 261 cases. Arrow keys move between the bars.'),
    );
  });
});
