import { expect } from '@open-wc/testing';
import { csvFileName, toCsv } from '../../src/core/csv-export.js';
import { buildRows } from '../../src/core/model.js';
import { PLATFORMS } from './fixtures.js';

describe('toCsv', () => {
  it('writes plain numbers with CRLF line ends', () => {
    expect(toCsv([{ label: 'Facebook', value: 261 }, { label: 'Half', value: 0.5 }, { label: 'Big', value: 1234567 }], { label: 'Platform', value: 'Cases' })).to.equal(
      'Platform,Cases\r\nFacebook,261\r\nHalf,0.5\r\nBig,1234567\r\n',
    );
  });

  it('adds the share as a percentage number only with a share header', () => {
    const { rows } = buildRows(PLATFORMS.slice(0, 2), { total: 521, sort: 'desc' });
    expect(toCsv(rows, { label: 'Platform', value: 'Cases', share: 'Share of 521 cases (%)' })).to.equal(
      'Platform,Cases,Share of 521 cases (%)\r\nFacebook,261,50.1\r\nSnapchat,123,23.61\r\n',
    );
    expect(toCsv([{ label: 'a', value: 1, share: 0.5 }], { label: 'L', value: 'V', share: 'S' })).to.equal('L,V,S\r\na,1,50\r\n');
    expect(toCsv([{ label: 'a', value: 1 }], { label: 'L', value: 'V', share: 'S' })).to.equal('L,V,S\r\na,1,\r\n');
  });

  it('keeps a row with no figure in its place, with empty cells', () => {
    expect(toCsv([{ label: 'a', value: 1, share: 0.5 }, { label: 'b', value: null, share: null }], { label: 'L', value: 'V', share: 'S' })).to.equal(
      'L,V,S\r\na,1,50\r\nb,,\r\n',
    );
  });

  it('quotes fields as RFC 4180 says', () => {
    const csv = toCsv(
      [
        { label: 'Face, "book"', value: 1 },
        { label: 'Two\nlines', value: 2 },
        { label: ' padded ', value: 3 },
      ],
      { label: 'Name, full', value: 'Value' },
    );
    expect(csv).to.equal('"Name, full",Value\r\n"Face, ""book""",1\r\n"Two\nlines",2\r\n" padded ",3\r\n');
  });

  it('defuses spreadsheet formulas', () => {
    const labels = ['=SUM(A1)', '+1', '@cmd', '\tx', '\rx', '-x', '-', '-3 degrees', 'Normal'];
    const csv = toCsv(labels.map((label, value) => ({ label, value })), { label: '=L', value: 'V' });
    expect(csv.split('\r\n')).to.deep.equal([
      "'=L,V",
      "'=SUM(A1),0",
      "'+1,1",
      "'@cmd,2",
      "'\tx,3",
      "\"'\rx\",4",
      "'-x,5",
      "'-,6",
      "'-3 degrees,7",
      'Normal,8',
      '',
    ]);
  });
});

describe('csvFileName', () => {
  it('slugs the heading', () => {
    expect(csvFileName('Platforms named in reports')).to.equal('platforms-named-in-reports.csv');
    expect(csvFileName('  Café – “Über” 2016/17!  ')).to.equal('cafe-uber-2016-17.csv');
  });

  it('keeps the name to 60 characters, cut at a word', () => {
    const name = csvFileName('Child sexual offences recorded by Lancashire Police in which a social media platform was named');
    expect(name.length).to.be.at.most(60);
    expect(name).to.equal('child-sexual-offences-recorded-by-lancashire-police-in.csv');
    expect(csvFileName('x'.repeat(100))).to.equal(`${'x'.repeat(56)}.csv`);
  });

  it('falls back to chart-data.csv', () => {
    for (const empty of [null, undefined, '', '   ', '!!!', '日本語']) expect(csvFileName(empty)).to.equal('chart-data.csv');
    expect(csvFileName('Platforms named', 'png')).to.equal('platforms-named.png');
    expect(csvFileName(null, 'png')).to.equal('chart-data.png');
  });
});
