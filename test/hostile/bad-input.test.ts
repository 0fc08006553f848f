/**
 * Bad input: every malformed value ends in `ready`, `empty` or `error` with a visible message,
 * never an uncaught error, and an error names the bad entry where there is one.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { FoiChart } from '../../src/base/foi-chart.js';
import type { Datum } from '../../src/core/types.js';
import {
  clearStages,
  errorTrap,
  isShown,
  make,
  messageText,
  settle,
  shadow,
  stage,
  tableLabels,
  type State,
} from './helpers.js';

interface Case {
  name: string;
  tag?: string;
  attrs?: Record<string, string>;
  /** Set as the `data` property before the element is connected. */
  data?: unknown;
  /** Markup put inside the element (a child table). */
  inner?: string;
  /** A wrapper's attributes (e.g. lang). */
  wrapper?: Record<string, string>;
  expect: State | State[];
  /** For error: what the message must say (the bad entry, usually). */
  says?: (string | RegExp)[];
  /** For ready: the table's labels. */
  labels?: string[];
}

const many = (n: number) => Array.from({ length: n }, (_, i) => `Category ${i + 1}: ${i + 1}`).join('; ');
const longLabel = 'L'.repeat(5000);
const circularPair: unknown[] = ['A'];
circularPair.push(circularPair, 1);

const CASES: Case[] = [
  // Nothing there
  { name: 'empty values', attrs: { values: '' }, expect: 'empty' },
  { name: 'whitespace only', attrs: { values: '  \n\t  ' }, expect: 'empty' },
  { name: 'separators only ;;;', attrs: { values: ';;;' }, expect: 'empty' },
  { name: 'separators and new lines', attrs: { values: ';\n;\r\n; ;' }, expect: 'empty' },
  { name: 'a million semicolons', attrs: { values: ';'.repeat(1_000_000) }, expect: 'empty' },
  { name: 'JSON []', attrs: { values: '[]' }, expect: 'empty' },
  { name: 'JSON {}', attrs: { values: '{}' }, expect: 'empty' },
  { name: 'all zero (bar)', attrs: { values: 'A: 0; B: 0' }, expect: 'empty' },
  { name: 'all zero (donut)', tag: 'foi-donut-chart', attrs: { values: 'A: 0; B: 0' }, expect: 'empty' },
  { name: 'a value that underflows to 0 (1e-400)', attrs: { values: 'A: 1e-400' }, expect: 'empty' },

  // Not numbers
  { name: 'NaN alone', attrs: { values: 'NaN' }, expect: 'error', says: ['Entry 1', 'NaN'] },
  { name: 'A: NaN', attrs: { values: 'A: NaN' }, expect: 'error', says: ['Entry 1', 'A: NaN'] },
  { name: 'Facebook: lots', attrs: { values: 'Facebook: lots' }, expect: 'error', says: ['Facebook: lots'] },
  {
    name: 'words for numbers',
    attrs: { values: 'Facebook: two hundred and sixty-one; Snapchat: 123' },
    expect: 'error',
    says: ['Entry 1', 'Facebook'],
  },
  { name: 'the bad one is the second', attrs: { values: 'A: 1; B: two; C: 3' }, expect: 'error', says: ['Entry 2', 'B: two'] },
  { name: 'Infinity', attrs: { values: 'A: Infinity' }, expect: 'error', says: ['A: Infinity'] },
  { name: '-Infinity', attrs: { values: 'A: 1; B: -Infinity' }, expect: 'error', says: ['Entry 2'] },
  { name: '1e400 (overflows)', attrs: { values: 'A: 1e400' }, expect: 'error', says: ['A: 1e400'] },
  { name: 'hex 0x10', attrs: { values: 'A: 0x10' }, expect: 'error', says: ['A: 0x10'] },
  { name: 'ambiguous decimal comma 1,5', attrs: { values: 'A: 1,5' }, expect: 'error', says: ['A: 1,5'] },
  { name: 'no value A:', attrs: { values: 'A:; B: 2' }, expect: 'error', says: ['Entry 1'] },
  { name: 'no label : 5', attrs: { values: ': 5' }, expect: 'error', says: ['Entry 1', /label/] },
  {
    name: 'comma-separated entries',
    attrs: { values: 'Facebook: 261, Snapchat: 123' },
    expect: 'error',
    says: ['Entry 1', /separate/i],
  },
  { name: 'Arabic-Indic digits', attrs: { values: 'A: ١٢٣' }, expect: ['ready', 'error'], says: ['A'] },
  { name: 'a huge but finite number', attrs: { values: 'A: 99999999999999999999999; B: 1' }, expect: 'ready', labels: ['A', 'B'] },

  // Shapes
  { name: 'negative value in a donut', tag: 'foi-donut-chart', attrs: { values: 'A: 5; Refunds: -3' }, expect: 'error', says: ['Refunds', /negative/] },
  { name: 'negative value in a bar chart (allowed)', attrs: { values: 'A: 5; B: -3' }, expect: 'ready', labels: ['A', 'B'] },
  { name: '5,000 categories', attrs: { values: many(5000) }, expect: 'error', says: [/Too many categories: 5000/] },
  { name: '5,000 categories as .data', data: Array.from({ length: 5000 }, (_, i) => ({ label: `C${i}`, value: i })), expect: 'error', says: [/Too many/] },
  { name: 'duplicate labels', attrs: { values: 'A: 1; B: 2; A: 3' }, expect: 'error', says: ['Entry 1', 'entry 3', '"A"'] },
  { name: 'duplicate labels after trimming', attrs: { values: 'A: 1;   A  : 2' }, expect: 'error', says: ['"A"'] },
  { name: '5,000-character label', attrs: { values: `${longLabel}: 1` }, expect: 'error', says: ['Entry 1', '5000 characters'] },

  // Scripts and symbols that must simply work
  { name: 'Arabic labels (RTL)', attrs: { values: 'فيسبوك: 261; سناب شات: 123' }, expect: 'ready', labels: ['فيسبوك', 'سناب شات'] },
  { name: 'Hebrew labels (RTL)', attrs: { values: 'פייסבוק: 261; סנאפצ׳ט: 123' }, expect: 'ready', labels: ['פייסבוק', 'סנאפצ׳ט'] },
  { name: 'RTL labels in an RTL page', wrapper: { dir: 'rtl', lang: 'ar' }, attrs: { values: 'فيسبوك: 261; سناب شات: 123' }, expect: 'ready' },
  {
    name: 'emoji labels (incl. ZWJ sequences and flags)',
    attrs: { values: '📘 Facebook: 261; 👻 Snapchat: 123; 👨‍👩‍👧 Families: 5; 🏴󠁧󠁢󠁥󠁮󠁧󠁿 England: 2' },
    expect: 'ready',
    labels: ['📘 Facebook', '👻 Snapchat', '👨‍👩‍👧 Families', '🏴󠁧󠁢󠁥󠁮󠁧󠁿 England'],
  },
  { name: 'combining marks (zalgo)', attrs: { values: 'Z̷̛̖a̶̡l̴̨g̸o̵: 3; Plain: 1' }, expect: 'ready' },
  { name: 'control characters in a label', attrs: { values: 'A\u0000B\u0007: 1; C: 2' }, expect: ['ready', 'error'] },
  { name: 'a lone surrogate in a label', attrs: { values: 'A\uD800: 1; B: 2' }, expect: ['ready', 'error'] },

  // JSON in values
  { name: 'unbalanced JSON', attrs: { values: '[{"label":"A","value":1}' }, expect: 'error', says: [/JSON/, /could not be read/] },
  { name: 'wrong JSON shape (nested object)', attrs: { values: '{"a": {"b": 1}}' }, expect: 'error', says: ['Entry 1', '"a"'] },
  { name: 'JSON list of numbers', attrs: { values: '[1, 2, 3]' }, expect: 'error', says: ['Entry 1'] },
  { name: 'JSON pair too short', attrs: { values: '[["A"]]' }, expect: 'error', says: ['Entry 1', /pair/] },
  { name: 'JSON entry without value', attrs: { values: '[{"label":"A"}]' }, expect: 'error', says: ['Entry 1', '"A"'] },
  { name: 'null as values', attrs: { values: 'null' }, expect: 'error', says: ['null'] },
  { name: 'JSON nested 100,000 deep', attrs: { values: '['.repeat(100_000) + ']'.repeat(100_000) }, expect: 'error' },
  {
    name: '__proto__ and constructor as labels (no prototype pollution)',
    attrs: { values: '{"__proto__": 5, "constructor": 3, "toString": 1}' },
    expect: 'ready',
    labels: ['__proto__', 'constructor', 'toString'],
  },

  // The data property
  { name: '.data = null on a bare chart (falls back: nothing to show)', data: null, expect: 'empty' },
  { name: '.data = null on a preset (falls back to its default)', tag: 'offence-platform-bar', data: null, expect: 'ready' },
  { name: '.data = undefined', data: undefined, expect: 'empty' },
  { name: ".data = 'string'", data: 'Facebook: 261', expect: 'error', says: [/must be a list/] },
  { name: '.data = 42', data: 42, expect: 'error', says: [/must be a list/] },
  { name: '.data = {} (an object)', data: { Facebook: 261 }, expect: 'error', says: [/must be a list/] },
  { name: '.data = [{label: 1}]', data: [{ label: 1 }], expect: 'error', says: ['Entry 1', '"1"'] },
  { name: '.data = [{}]', data: [{}], expect: 'error', says: ['Entry 1', /label/] },
  { name: '.data = [null]', data: [null], expect: 'error', says: ['Entry 1'] },
  { name: '.data = [{label, value: NaN}]', data: [{ label: 'Alpha', value: NaN }], expect: 'error', says: ['"Alpha"'] },
  { name: '.data = [{label, value: BigInt}]', data: [{ label: 'Alpha', value: BigInt(1) }], expect: 'error', says: ['"Alpha"'] },
  { name: '.data with a circular entry', data: [circularPair], expect: 'error', says: ['Entry 1'] },
  { name: '.data with a numeric string value (accepted)', data: [{ label: 'A', value: '1,234' }], expect: 'ready', labels: ['A'] },

  // Settings that make no sense
  {
    name: 'nonsense settings (locale, total, sort, value-format, theme, actions, highlight)',
    attrs: {
      values: 'A: 1; B: 2',
      locale: '<script>',
      total: 'lots',
      sort: 'sideways',
      'value-format': 'bogus',
      theme: 'neon',
      actions: 'rm -rf /',
      highlight: ';;;',
    },
    expect: 'ready',
  },
  { name: 'a garbage lang on the page', wrapper: { lang: 'x-!!-\u0000' }, attrs: { values: 'A: 1; B: 2' }, expect: 'ready' },
  { name: 'total smaller than the sum, negative and infinite', attrs: { values: 'A: 5; B: 5', total: '-Infinity' }, expect: 'ready' },
  {
    name: 'remainder-label without a total',
    tag: 'foi-donut-chart',
    attrs: { values: 'A: 5; B: 5', 'remainder-label': 'Rest' },
    expect: 'ready',
    labels: ['A', 'B'],
  },

  // Child tables
  {
    name: 'child table with a non-number cell',
    inner: '<table><tr><th>Thing</th><th>Count</th></tr><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>many</td></tr></table>',
    expect: 'error',
    says: ['Table row 3', '"B"', 'many'],
  },
  {
    name: 'child table with a missing cell',
    inner: '<table><tr><td>A</td><td>1</td></tr><tr><td colspan="2">B</td></tr></table>',
    expect: 'error',
    says: ['Table row 2', '"B"'],
  },
  { name: 'child table with only a header', inner: '<table><thead><tr><th>A</th><th>B</th></tr></thead></table>', expect: 'empty' },
  { name: 'child table that is empty', inner: '<table></table>', expect: 'empty' },
];

const trap = errorTrap();

describe('bad input', () => {
  beforeEach(() => trap.install());
  afterEach(() => {
    trap.stop();
    clearStages();
    expect(trap.errors, 'uncaught errors').to.deep.equal([]);
  });

  it(`has at least 25 malformed inputs (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(25);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const host = stage();
      for (const [k, v] of Object.entries(c.wrapper ?? {})) host.setAttribute(k, v);
      const el = make<FoiChart>(c.tag ?? 'foi-bar-chart', { eager: '', ...c.attrs });
      if ('data' in c) el.data = c.data as Datum[] | null;
      if (c.inner) el.innerHTML = c.inner;
      host.append(el);
      await settle(el);
      const allowed = Array.isArray(c.expect) ? c.expect : [c.expect];
      const message = messageText(el);
      expect(el.state, `state (message: ${message.slice(0, 200)})`).to.be.oneOf(allowed);
      expect(el.getAttribute('state')).to.equal(el.state);
      if (el.state === 'ready') {
        expect(el.chart, 'drawn').to.not.equal(null);
        expect(tableLabels(el).length).to.be.greaterThan(0);
        if (c.labels) expect(tableLabels(el)).to.deep.equal(c.labels);
      } else {
        const node = shadow(el).querySelector('[part~="message"]');
        expect(message, 'message text').to.not.equal('');
        expect(isShown(node), 'message visible').to.equal(true);
        expect(el.chart).to.equal(null);
      }
      if (el.state === 'error') {
        expect(message.length, 'a readable length').to.be.below(400);
        for (const s of c.says ?? []) {
          if (typeof s === 'string') expect(message).to.contain(s);
          else expect(message).to.match(s);
        }
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
    });
  }

  it('good → bad → good: recovers and draws again', async () => {
    const el = make<FoiChart>('foi-donut-chart', { eager: '', values: 'A: 1; B: 2' });
    stage().append(el);
    await settle(el);
    expect(el.state).to.equal('ready');
    el.values = 'A: 1; B: -2';
    await settle(el);
    expect(el.state).to.equal('error');
    expect(messageText(el)).to.contain('B');
    expect(el.chart).to.equal(null);
    el.values = 'C: 3; D: 4';
    await settle(el);
    expect(el.state).to.equal('ready');
    expect(el.chart).to.not.equal(null);
    expect(tableLabels(el)).to.deep.equal(['D', 'C']);
    el.data = 'nonsense' as unknown as Datum[];
    await settle(el);
    expect(el.state).to.equal('error');
    el.data = null; // back to the values attribute
    await settle(el);
    expect(el.state).to.equal('ready');
    expect(tableLabels(el)).to.deep.equal(['D', 'C']);
  });

  it('rapid changes (50 in one task) settle on the last one', async () => {
    const el = make<FoiChart>('foi-bar-chart', { eager: '', values: 'A: 1' });
    stage().append(el);
    await settle(el);
    for (let i = 0; i < 50; i++) el.values = i % 2 ? `X${i}: ${i}` : `bad ${i}`;
    el.values = 'Final: 7';
    await settle(el);
    expect(el.state).to.equal('ready');
    expect(tableLabels(el)).to.deep.equal(['Final']);
  });
});
