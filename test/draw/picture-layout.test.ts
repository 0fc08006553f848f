import { expect } from '@open-wc/testing';
import { pictureWidth } from '../../src/base/controllers/picture-controller.js';
import type { FigureText, Legend, TextBlock } from '../../src/draw/export/figure.js';
import { picturePadding, planPicture, type Placed } from '../../src/draw/export/layout.js';
import type { TextStyle } from '../../src/draw/export/text-style.js';

/** Every character 8 px wide: widths and wraps are worked out by hand. */
const measure = () => (text: string) => text.length * 8;
const style = (size: number): TextStyle => ({ font: `${size}px serif`, color: '#000', size, letterSpacing: 0, wordSpacing: 0 });
const block = (text: string, gap = 0, lineHeight = 20): TextBlock => ({ text, style: style(16), lineHeight, gap });
const texts = (items: Placed[]) => items.filter((i): i is Extract<Placed, { kind: 'text' }> => i.kind === 'text');
const figure = (over: Partial<FigureText> = {}): FigureText => ({ above: [], chartGap: 0, legend: null, below: [], ...over });

describe('the saved picture’s layout', () => {
  it('the margin is 16 px, wider on wide pictures', () => {
    expect(picturePadding(400)).to.equal(16);
    expect(picturePadding(680)).to.equal(17);
    expect(picturePadding(1200)).to.equal(30);
  });

  it('stacks heading, chart and source, each line wrapped to the picture less its margins', () => {
    // 400 wide: 368 inside, 46 characters a line.
    const plan = planPicture(
      figure({
        above: [block('A heading long enough to need a second line in a narrow picture', 0, 24)],
        chartGap: 8,
        below: [block('Source: Police', 8)],
      }),
      { width: 368, height: 200 },
      400,
      measure,
    );
    const lines = texts(plan.items);
    expect(lines.map((l) => l.text)).to.deep.equal(['A heading long enough to need a second line in', 'a narrow picture', 'Source: Police']);
    expect(lines.every((l) => l.x === 16 && l.text.length * 8 <= 368)).to.equal(true);
    expect(lines.map((l) => l.y)).to.deep.equal([16, 40, 16 + 48 + 8 + 200 + 8]);
    expect(plan.items.find((i) => i.kind === 'chart')).to.deep.equal({ kind: 'chart', x: 16, y: 16 + 48 + 8 });
    expect(plan.height).to.equal(16 + 48 + 8 + 200 + 8 + 20 + 16);
  });

  it('centres a chart narrower than the picture (a donut)', () => {
    const plan = planPicture(figure(), { width: 300, height: 300 }, 1200, measure);
    expect(plan.items[0]).to.deep.equal({ kind: 'chart', x: 30 + (1140 - 300) / 2, y: 30 });
    expect(plan.height).to.equal(360);
  });

  it('flows legend entries in rows, a value after its label or on a line of its own', () => {
    const legend: Legend = {
      entries: [
        { label: 'Closed', value: '171 (33%)', swatch: { kind: 'box', fill: 'red', border: '#000', texture: null, size: 12 } },
        { label: 'Evidential difficulties', value: '106 (20%)', swatch: { kind: 'box', fill: 'blue', border: '#000', texture: 1, size: 12 } },
        { label: 'Offender under the age of criminal responsibility', value: '1 (0.2%)', swatch: { kind: 'box', fill: 'grey', border: '#000', texture: null, size: 12 } },
      ],
      label: style(16),
      value: style(16),
      lineHeight: 20,
      gap: 10,
      rowGap: 4,
      columnGap: 16,
      swatchGap: 6,
    };
    // 400 wide: 368 inside; an entry's words have 368 − 12 − 6 = 350 px, 43 characters.
    const plan = planPicture(figure({ legend }), { width: 368, height: 100 }, 400, measure);
    const top = 16 + 100 + 10;
    const swatches = plan.items.filter((i) => i.kind === 'swatch');
    // "Closed 171 (33%)" is 16 characters: 12 + 6 + 128 = 146 px; the second (33 characters,
    // 282 px) does not fit beside it (146 + 16 + 282 > 368), so it starts a row.
    expect(swatches.map((s) => [s.x, s.y])).to.deep.equal([
      [16, top + 4],
      [16, top + 20 + 4 + 4],
      [16, top + 48 + 4],
    ]);
    const words = texts(plan.items);
    expect(words.map((w) => [w.text, w.x, w.y])).to.deep.equal([
      ['Closed', 34, top],
      ['171 (33%)', 34 + 56, top],
      ['Evidential difficulties', 34, top + 24],
      ['106 (20%)', 34 + 192, top + 24],
      // 50 characters: wrapped; its value follows on the last line.
      ['Offender under the age of criminal', 34, top + 48],
      ['responsibility', 34, top + 68],
      ['1 (0.2%)', 34 + 120, top + 68],
    ]);
    expect(plan.height).to.equal(top + 48 + 40 + 16);
  });

  it('a value that does not fit after its label goes on a line of its own', () => {
    const legend: Legend = {
      entries: [{ label: 'A label of forty-one characters, exactly!', value: '99', swatch: { kind: 'line', stroke: 'red', dash: [6, 3], lineWidth: 2.5, width: 32, height: 12 } }],
      label: style(16),
      value: style(16),
      lineHeight: 20,
      gap: 0,
      rowGap: 4,
      columnGap: 16,
      swatchGap: 6,
    };
    // 368 − 32 − 6 = 330 px: the label (41 characters, 328 px) fills its line; " 99" would not fit.
    const plan = planPicture(figure({ legend }), { width: 368, height: 0 }, 400, measure);
    const words = texts(plan.items);
    expect(words.map((w) => [w.text, w.x, w.y])).to.deep.equal([
      ['A label of forty-one characters, exactly!', 16 + 38, 16],
      ['99', 16 + 38, 36],
    ]);
    expect(plan.height).to.equal(16 + 40 + 16);
  });
});

describe('png-width', () => {
  it('is used as given, held to 240–4000 CSS px; anything else gives the figure’s width', () => {
    expect(pictureWidth(1200, 680)).to.equal(1200);
    expect(pictureWidth(100, 680)).to.equal(240);
    expect(pictureWidth(10000, 680)).to.equal(4000);
    expect(pictureWidth(null, 680)).to.equal(680);
    expect(pictureWidth(Number.NaN, 680)).to.equal(680);
    expect(pictureWidth(0, 680)).to.equal(680);
    // Not measured yet: a typical column.
    expect(pictureWidth(null, 0)).to.equal(600);
  });
});
