import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { createFormat } from '../../src/core/format.js';
import { localeStyle } from '../../src/core/parse-number.js';
import { cssomStyle } from '../../src/dom/cssom-style.js';
import { textMeasurer } from '../../src/dom/measure-text.js';

/** Counts calls of `object[name]` while `body` runs, calling through. */
async function counting<T extends object>(object: T, name: keyof T, body: () => unknown): Promise<number> {
  const original = object[name] as unknown as (...args: unknown[]) => unknown;
  let calls = 0;
  (object as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    await body();
  } finally {
    (object as Record<keyof T, unknown>)[name] = original;
  }
  return calls;
}

describe('what a page works out once (performance)', () => {
  it("asks Intl for a locale's decimal mark once per page", async () => {
    const Original = Intl.NumberFormat;
    let built = 0;
    // A stand-in constructor that counts, so the cache is seen working rather than timed.
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built++;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = Counting;
    try {
      // A locale no other test uses, so nothing is cached before.
      expect(localeStyle('nl-BE')).to.equal('comma');
      expect(localeStyle('nl-BE')).to.equal('comma');
      expect(localeStyle('nl-BE')).to.equal('comma');
      expect(built).to.equal(1);
      // The formatters for a locale are built once too.
      built = 0;
      createFormat('da-DK').number(1);
      createFormat('da-DK').percent(0.5);
      const once = built;
      createFormat('da-DK').number(2);
      expect(once).to.be.greaterThan(0);
      expect(built).to.equal(once);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('measures a text once per font, and again once web fonts have loaded', async () => {
    const proto = CanvasRenderingContext2D.prototype;
    const font = '13px "once-per-page test", sans-serif';
    const measure = textMeasurer(font);
    let first = 0;
    let second = 0;
    const calls = await counting(proto, 'measureText', () => {
      first = measure('Snapchat');
      second = textMeasurer(font)('Snapchat');
      textMeasurer(font)('Instagram');
    });
    expect(calls).to.equal(2);
    expect(second).to.equal(first);
    expect(first).to.be.greaterThan(0);
    // A font arriving may change every width: measured again after 'loadingdone'.
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(await counting(proto, 'measureText', () => measure('Snapchat'))).to.equal(1);
  });

  it('sets an inline style again only where it changed', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const draw = (left: string, top: string) => render(html`<div ${cssomStyle({ left, top, position: 'absolute' })}></div>`, host);
      draw('1px', '2px');
      const box = host.firstElementChild as HTMLElement;
      expect(await counting(CSSStyleDeclaration.prototype, 'setProperty', () => draw('1px', '2px'))).to.equal(0);
      expect(await counting(CSSStyleDeclaration.prototype, 'setProperty', () => draw('5px', '2px'))).to.equal(1);
      expect([box.style.left, box.style.top, box.style.position]).to.deep.equal(['5px', '2px', 'absolute']);
    } finally {
      host.remove();
    }
  });
});
