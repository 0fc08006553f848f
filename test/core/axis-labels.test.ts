import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { axisLabelsNote, planAxisLabels } from '../../src/core/axis-labels.js';
import { wrapLabel } from '../../src/core/wrap.js';
import { spacedWidth } from '../../src/dom/measure-text.js';

/** A monospaced stand-in for the canvas: 8 px a character. */
const mono = (text: string) => text.length * 8;
const PERIODS = Array.from({ length: 12 }, (_, i) => `${2006 + i}/${String(7 + i).padStart(2, '0')}`);

/** Where each written label sits and how wide it is, as planAxisLabels places them. */
function boxes(labels: string[], length: number, offset: boolean, lines: (string[] | null)[]) {
  const n = labels.length;
  const slot = length / (offset ? n : Math.max(1, n - 1));
  return lines.flatMap((l, i) => (l ? [{ i, centre: offset ? (i + 0.5) * slot : i * slot, width: Math.max(...l.map(mono)) }] : []));
}

describe('planAxisLabels', () => {
  it('writes every label on one line when each fits its slot', () => {
    const plan = planAxisLabels({ labels: PERIODS, length: 1200, offset: true, measure: mono });
    expect(plan.step).to.equal(1);
    expect(plan.lines).to.deep.equal(PERIODS.map((p) => [p]));
  });

  it('wraps a long label at spaces rather than leaving out its neighbour', () => {
    const plan = planAxisLabels({ labels: ['2014/15 and 2015/16', '2016/17'], length: 260, offset: true, measure: mono });
    expect(plan.step).to.equal(1);
    expect(plan.lines).to.deep.equal([['2014/15 and', '2015/16'], ['2016/17']]);
  });

  it('thins by one rule when words cannot fit: the first, every k-th, and always the last', () => {
    // 12 labels of 56 px in 280 px, with room beside the ends: 25 px a slot, so every third.
    const plan = planAxisLabels({ labels: PERIODS, length: 280, offset: false, measure: mono, beyond: [40, 40] });
    expect(plan.step).to.equal(3);
    const written = plan.lines.flatMap((l, i) => (l ? [i] : []));
    expect(written).to.deep.equal([0, 3, 6, 11]);
    expect(axisLabelsNote(plan.step, 12, 'period', 'periods')).to.equal('The labels under the axis name every third period from the first, and the last.');
  });

  it('says "only the first and the last" when nothing else fits', () => {
    const plan = planAxisLabels({ labels: PERIODS, length: 140, offset: false, measure: mono });
    expect(plan.lines.flatMap((l, i) => (l ? [i] : []))).to.deep.equal([0, 11]);
    expect(plan.step).to.equal(11);
    expect(axisLabelsNote(plan.step, 12, 'period', 'periods')).to.equal('The labels under the axis name only the first and the last periods.');
  });

  it('breaks a word (after a slash first) only when not even the first and last fit whole', () => {
    const plan = planAxisLabels({ labels: ['2014/15 and 2015/16', '2016/17'], length: 100, offset: true, measure: mono });
    expect(plan.lines[0]).to.deep.equal(['2014/', '15', 'and', '2015/', '16']);
    expect(plan.lines[1]).to.deep.equal(['2016/', '17']);
  });

  it('counts the room beside the ends: a line chart whose value axis leaves none thins more', () => {
    const roomy = planAxisLabels({ labels: PERIODS, length: 280, offset: false, measure: mono, beyond: [40, 40] });
    const tight = planAxisLabels({ labels: PERIODS, length: 280, offset: false, measure: mono, beyond: [0, 0] });
    expect(tight.step).to.be.greaterThan(roomy.step);
  });

  it('property: the labels written never overlap, the first and last are always written, and the note matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9/]{1,8}( [A-Za-z0-9/]{1,8}){0,3}$/), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 40, max: 1200 }),
        fc.boolean(),
        (labels, length, offset) => {
          // Room enough beside the ends that the plot keeps its length, so positions are exact.
          const plan = planAxisLabels({ labels, length, offset, measure: mono, beyond: [1000, 1000] });
          expect(plan.lines[0], 'first').to.not.equal(null);
          expect(plan.lines[labels.length - 1], 'last').to.not.equal(null);
          // Every label written keeps all its characters, in order.
          plan.lines.forEach((l, i) => l && expect(l.join('').replace(/\s/g, '')).to.equal(labels[i]!.replace(/\s/g, '')));
          const placed = boxes(labels, length, offset, plan.lines);
          const slot = length / (offset ? labels.length : Math.max(1, labels.length - 1));
          for (let j = 1; j < placed.length; j++) {
            const [a, b] = [placed[j - 1]!, placed[j]!];
            const apart = (b.i - a.i) * slot;
            expect(a.width / 2 + b.width / 2, `labels ${a.i} and ${b.i} of ${JSON.stringify(labels)} in ${length}`).to.be.at.most(apart + 0.001);
          }
          const shown = placed.map((p) => p.i);
          if (plan.step > 1 && shown.length > 2) shown.slice(0, -1).forEach((i, j) => expect(i).to.equal(j * plan.step));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('axisLabelsNote', () => {
  it('says nothing when every label is written', () => {
    expect(axisLabelsNote(1, 12, 'period', 'periods')).to.equal('');
  });
  it('names the step: on the grid to the last, or the last besides', () => {
    expect(axisLabelsNote(2, 13, 'period', 'periods')).to.equal('The labels under the axis name every second period from the first to the last.');
    expect(axisLabelsNote(2, 12, 'category', 'categories')).to.equal('The labels under the axis name every second category from the first, and the last.');
    expect(axisLabelsNote(12, 40, 'period', 'periods')).to.equal('The labels under the axis name one period in 12 from the first, and the last.');
  });
});

describe('wrapLabel', () => {
  it('breaks a word too long for the room after a slash or hyphen before breaking it by characters', () => {
    expect(wrapLabel('2014/15', 48, mono)).to.deep.equal(['2014/', '15']);
    expect(wrapLabel('well-being', 48, mono)).to.deep.equal(['well-', 'being']);
    expect(wrapLabel('abcdefghij', 48, mono)).to.deep.equal(['abcdef', 'ghij']);
  });
});

describe('spacedWidth', () => {
  it('adds letter spacing after every character and word spacing at every space, as CSS does', () => {
    expect(spacedWidth(100, 'ab cd', { letterSpacing: 2, wordSpacing: 3 })).to.equal(100 + 5 * 2 + 3);
    expect(spacedWidth(100, 'a\u00a0b', { letterSpacing: 0, wordSpacing: 4 })).to.equal(104);
    expect(spacedWidth(100, 'ab', { letterSpacing: 0, wordSpacing: 0 })).to.equal(100);
  });
});
