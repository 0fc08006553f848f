import { expect } from '@open-wc/testing';
import { PALETTES, contrastRatio, parseColor } from '../../src/core/palette.js';

describe('parseColor', () => {
  it('reads hex and rgb() forms', () => {
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseColor('#0072B2')).to.deep.equal([0, 114, 178]);
    expect(parseColor('#0072b280')).to.deep.equal([0, 114, 178]);
    expect(parseColor('#f008')).to.deep.equal([255, 0, 0]);
    expect(parseColor('rgb(0, 114, 178)')).to.deep.equal([0, 114, 178]);
    expect(parseColor('rgba(0, 114, 178, 0.5)')).to.deep.equal([0, 114, 178]);
    expect(parseColor('rgb(0 114 178 / 50%)')).to.deep.equal([0, 114, 178]);
    expect(parseColor(' RGB(100%, 0%, 0%) ')).to.deep.equal([255, 0, 0]);
  });

  it('returns null for anything else', () => {
    for (const bad of ['', 'red', '#12', '#12345', 'hsl(0 0% 0%)', 'rgb(1,2)', 'rgb(a,b,c)', 'rgb(1,2,3,4,5)']) {
      expect(parseColor(bad), bad).to.equal(null);
    }
  });
});

describe('contrastRatio', () => {
  it('matches WCAG values', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(contrastRatio('#777', '#fff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('rgb(255,255,255)', '#767676')).to.be.closeTo(4.54, 0.01);
  });

  it('is 1 (failing) for unreadable colours', () => {
    expect(contrastRatio('nonsense', '#fff')).to.equal(1);
  });
});

describe('PALETTES', () => {
  for (const theme of ['light', 'dark'] as const) {
    const p = PALETTES[theme];
    it(`${theme}: eight categorical colours, each at least 3:1 against the background`, () => {
      expect(p.colors).to.have.length(8);
      expect(new Set(p.colors).size).to.equal(8);
      for (const c of p.colors) expect(contrastRatio(c, p.background), c).to.be.at.least(3);
    });

    it(`${theme}: text, muted text and accent at least 4.5:1; muted bars at least 3:1`, () => {
      expect(contrastRatio(p.text, p.background)).to.be.at.least(4.5);
      expect(contrastRatio(p.muted, p.background)).to.be.at.least(4.5);
      expect(contrastRatio(p.accent, p.background)).to.be.at.least(4.5);
      expect(contrastRatio(p.mutedBar, p.background)).to.be.at.least(3);
    });

    it(`${theme}: every colour is a valid hex colour`, () => {
      for (const c of [p.background, p.text, p.muted, p.mutedBar, p.grid, p.accent, ...p.colors]) {
        expect(c).to.match(/^#[0-9a-f]{6}$/);
      }
    });
  }
});
