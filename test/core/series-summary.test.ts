import { expect } from '@open-wc/testing';
import { createFormat } from '../../src/core/format.js';
import { isPeriodSeries } from '../../src/core/markers.js';
import { describeSeries, seriesPartText, type SeriesKind } from '../../src/core/series-summary.js';
import type { SeriesData } from '../../src/core/series.js';

const en = createFormat('en-GB');
const data = (labels: string[], series: Record<string, (number | null)[]>): SeriesData => ({
  labels,
  series: Object.entries(series).map(([name, values]) => ({ name, values })),
  periods: isPeriodSeries(labels),
});
const say = (d: SeriesData, { kind = 'line' as SeriesKind, unit = 'cases', locale = 'en-GB', rates = false, categoryNoun = undefined as string | undefined } = {}) =>
  describeSeries(d, { kind, unit, fmt: createFormat(locale), rates, categoryNoun });

const YEARS = ['2014/15', '2015/16', '2016/17', '2017/18'];
const PLATFORMS = data(YEARS, { Facebook: [40, 61, 80, 80], Snapchat: [10, 25, 44, 90], Instagram: [5, 12, 14, 20] });

describe('describeSeries: periods', () => {
  it('gives each series\' change, the peaks that are not its ends, and where two series cross', () => {
    const s = say(PLATFORMS);
    expect(s.takeaway).to.equal(
      'From 2014/15 to 2017/18, Facebook rose from 40 to 80 cases: up 40, 100%. ' +
        'For Facebook, the highest were 2016/17 and 2017/18, with 80 cases each; the lowest 2014/15, with 40. ' +
        'Snapchat rose from 10 to 90 cases: up 80, 800%. ' +
        'Instagram rose from 5 to 20 cases: up 15, 300%. ' +
        'In 2017/18, Snapchat overtook Facebook: 90 cases to 80.',
    );
    expect(s.structure).to.equal('Line chart of 3 series over 4 periods, 2014/15 to 2017/18. Values from 5 to 90 cases.');
    expect(s.text).to.equal(`${s.takeaway} ${s.structure}`);
    expect(say(PLATFORMS, { kind: 'column' }).structure).to.match(/^Column chart of 3 series over 4 periods, /);
  });

  it('describes falls and flat series, skipping gaps: first and last are those with a figure', () => {
    const s = say(data(['2015', '2016', '2017', '2018'], { A: [null, 50, 30, 20], B: [10, 10, null, 10] }));
    expect(s.takeaway).to.equal('A fell from 50 in 2016 to 20 cases in 2018: down 30, 60%. B was the same in 2015 and 2018: 10 cases.');
    expect(s.structure).to.equal('Line chart of 2 series over 4 periods, 2015 to 2018. Values from 10 to 50 cases. No figure for A in 2015 and B in 2017.');
  });

  it('gives no percentage from a start of zero or below, and describes negative values', () => {
    expect(say(data(['2019', '2020'], { A: [0, 5] })).takeaway).to.equal('From 2019 to 2020, A rose from 0 to 5 cases: up 5.');
    const s = say(data(['2019', '2020', '2021'], { 'Net migration': [-5, 3, 8] }), { unit: '', kind: 'column' });
    expect(s.takeaway).to.equal('From 2019 to 2021, Net migration rose from -5 to 8: up 13.');
    expect(s.structure).to.equal('Column chart of 1 series over 3 periods, 2019 to 2021. Values from -5 to 8. Negative values are drawn below zero.');
    expect(say(data(['2019', '2020'], { A: [4, -2] }), { kind: 'bar' }).text).to.equal(
      'From 2019 to 2020, A fell from 4 to -2 cases: down 6. Bar chart of 1 series over 2 periods, 2019 to 2020. Values from -2 to 4 cases. Negative values are drawn to the left of zero.',
    );
  });

  it('describes one unnamed series as the one-series summary does', () => {
    expect(say(data(['2011', '2012', '2013'], { '': [100, 120, 110] }), { unit: 'people' }).takeaway).to.equal(
      'From 2011 to 2013, people rose from 100 to 110 people: up 10, 10%. The highest was 2012, with 120 people; the lowest 2011, with 100.',
    );
    expect(say(data(['2011', '2012'], { '': [3, 3] }), { unit: '' }).takeaway).to.equal('The value was the same in 2011 and 2012: 3.');
    expect(say(data(['2011', '2012'], { '': [null, 3] })).takeaway).to.equal('There is a figure only for 2012: 3 cases.');
  });

  it('says when a series has one figure or none', () => {
    expect(say(data(['2019', '2020'], { A: [1, 2], B: [null, 7], C: [null, null] })).takeaway).to.equal(
      'From 2019 to 2020, A rose from 1 to 2 cases: up 1, 100%. B has a figure only for 2020: 7 cases. C has no figures.',
    );
  });

  it('counts later changes of place, and names at most three crossings', () => {
    expect(say(data(['2011', '2012', '2013', '2014'], { A: [1, 3, 1, 3], B: [2, 2, 2, 2] })).takeaway).to.equal(
      'From 2011 to 2014, A rose from 1 to 3 cases: up 2, 200%. For A, the highest were 2012 and 2014, with 3 cases each; the lowest 2011 and 2013, with 1. ' +
        'B was the same in 2011 and 2014: 2 cases. ' +
        'In 2012, A overtook B: 3 cases to 2. They changed places twice more after that.',
    );
    // Meeting and parting the same way is a touch, not a crossing; meeting and going on past is one.
    expect(say(data(['2011', '2012', '2013'], { A: [1, 2, 1], B: [2, 2, 2] })).takeaway).to.not.contain('overtook');
    expect(say(data(['2011', '2012', '2013'], { A: [1, 2, 3], B: [2, 2, 2] })).takeaway).to.match(/In 2013, A overtook B: 3 cases to 2\.$/);
    const five = data(['2011', '2012'], { A: [1, 5], B: [2, 4], C: [3, 3], D: [4, 2], E: [5, 1] });
    const crossings = say(five).takeaway.split('. ').filter((t) => t.startsWith('In 2012'));
    expect(crossings).to.deep.equal(['In 2012, A overtook B: 5 cases to 4', 'In 2012, A overtook C: 5 cases to 3', 'In 2012, A overtook D: 5 cases to 2']);
    expect(say(five).takeaway).to.match(/ 7 more pairs of series cross\.$/);
  });

  it('formats every number for the locale', () => {
    const s = say(data(['2019', '2020'], { Fälle: [1000, 1500.5] }), { locale: 'de-DE', unit: 'Fälle' });
    expect(s.takeaway).to.equal('From 2019 to 2020, Fälle rose from 1.000 to 1.500,5 Fälle: up 500,5, 50\u00a0%.');
  });
});

describe('describeSeries: categories and one period', () => {
  it('names the largest series in each group, and ties', () => {
    const s = say(data(['Burnley', 'Chorley'], { Men: [10, 5], Women: [10, 8] }), { kind: 'column' });
    expect(s.takeaway).to.equal('In Burnley, Men and Women are level, with 10 cases each. In Chorley, Women has the most cases: 8.');
    expect(s.structure).to.equal('Column chart of 2 series in 2 categories. Values from 5 to 10 cases.');
  });

  it('treats one period as one group', () => {
    const s = say(data(['2015/16'], { Facebook: [12], Snapchat: [20] }), { kind: 'column' });
    expect(s.takeaway).to.equal('In 2015/16, Snapchat has the most cases: 20.');
    expect(s.structure).to.equal('Column chart of 2 series over 1 period, 2015/16. Values from 12 to 20 cases.');
  });

  it('counts the groups each series leads when there are more than five', () => {
    const labels = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const s = say(data(labels, { X: [5, 5, 5, 5, 5, 1, 2], Y: [1, 1, 1, 1, 1, 6, 2], Z: [null, null, null, null, null, null, null] }), { categoryNoun: 'area', kind: 'bar' });
    expect(s.takeaway).to.equal('X is the largest in 5 of the 7 areas, Y in 1 and 1 area has a tie for the largest.');
    expect(s.structure).to.match(/^Bar chart of 3 series in 7 areas\. Values from 1 to 6 cases\. No figure for Z in A, Z in B, Z in C, Z in D, Z in E and 2 more\.$/);
  });

  it('says "the highest value" for rates, negative leaders and symbol units', () => {
    expect(say(data(['North', 'South'], { '2019': [4.5, 3], '2020': [4, 3.5] }), { rates: true, unit: '%' }).takeaway).to.equal(
      'In North, 2019 has the highest value: 4.5 %. In South, 2020 has the highest value: 3.5 %.',
    );
    expect(say(data(['North'], { A: [-4], B: [-2] }), { unit: '' }).takeaway).to.equal('In North, B has the highest value: -2.');
    expect(say(data(['North', 'South'], { A: [4, 1], B: [2, 3] }), { unit: '£m' }).takeaway).to.equal('In North, A is the largest: 4. In South, B is the largest: 3.');
  });

  it('describes one series over categories by its highest and lowest', () => {
    expect(say(data(['A', 'B', 'C'], { Cases: [3, 9, 1] })).takeaway).to.equal('The highest is B, with 9 cases; the lowest C, with 1.');
    expect(say(data(['A', 'B'], { Cases: [3, 3] })).takeaway).to.equal('A and B are level, with 3 cases each.');
    expect(say(data(['A', 'B'], { Cases: [3, null] })).takeaway).to.equal('A has 3 cases.');
  });

  it('says "No data to show." without a figure', () => {
    const none = { takeaway: 'No data to show.', structure: '', text: 'No data to show.' };
    expect(say(data([], {}))).to.deep.equal(none);
    expect(say(data(['2019', '2020'], { A: [null, null] }))).to.deep.equal(none);
  });
});

describe('seriesPartText', () => {
  it('says the series, the label, the figure and the position along the labels', () => {
    const d = data(['2015/16', '2016/17', '2017/18'], { Facebook: [null, 1, 3], Snapchat: [20, 30, 48] });
    expect(seriesPartText(d, 2, 1, en, 'cases')).to.equal('Snapchat, 2017/18: 48 cases. 3 of 3.');
    expect(seriesPartText(d, 1, 0, en, 'cases')).to.equal('Facebook, 2016/17: 1 case. 2 of 3.');
    expect(seriesPartText(d, 0, 0, en, 'cases')).to.equal('Facebook, 2015/16: no figure. 1 of 3.');
    expect(seriesPartText(data(['A'], { '': [1234.5] }), 0, 0, createFormat('de-DE'), '')).to.equal('A: 1.234,5. 1 of 1.');
  });
});

describe('describeSeries: percentages', () => {
  it('says a change in a percentage in percentage points, never as a second percentage', () => {
    const s = say(data(['2019', '2020', '2021', '2022'], { Frankreich: [8.4, 8, 7.9, 7.3] }), { unit: '%', rates: true });
    expect(s.takeaway).to.contain('fell from 8.4 to 7.3 %: down 1.1 percentage points, 13%.');
    expect(say(data(YEARS, { Facebook: [12, 48, 50, 60] })).takeaway).not.to.contain('percentage points');
  });
});
