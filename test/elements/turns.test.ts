import { expect, fixture, html } from '@open-wc/testing';
import '../../src/foi-bar-chart.js';
import type { FoiBarChart } from '../../src/charts/foi-bar-chart.js';
import { nextFrame, nextTurn, turnFor } from '../../src/base/turns.js';
import { shadow } from './helpers.js';

describe('turns and frames (performance)', () => {
  it('runs work given a turn of its own between the turns asked for before and after it', async () => {
    const order: string[] = [];
    const before = nextTurn().then(() => order.push('before'));
    turnFor(() => order.push('work'));
    turnFor(() => {
      throw new Error('a failed preparation');
    });
    const after = nextTurn().then(() => order.push('after'));
    await Promise.all([before, after]);
    expect(order).to.deep.equal(['before', 'work', 'after']);
    // The failure did not break the queue for later callers.
    await nextTurn();
  });

  it('gives every caller until the next animation frame the same frame', async () => {
    const a = nextFrame();
    const b = nextFrame();
    expect(a).to.equal(b);
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await a;
    // Resolved in the frame's callbacks (registered before the one above), not a frame later.
    expect(framed).to.equal(false);
    expect(nextFrame()).not.to.equal(a);
  });

  it('resolves a frame asked for when the page is hidden before the frame comes (no frames run until it is shown)', async () => {
    await nextFrame(); // one an earlier test asked for, which comes first
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const frame = nextFrame();
    // What the browser fires when the reader switches tabs; this page's frames would stop.
    document.dispatchEvent(new Event('visibilitychange'));
    await frame;
    expect(framed, 'resolved by the visibility change, not by a frame').to.equal(false);
    expect(nextFrame()).not.to.equal(frame);
  });

  it("places a first drawing's words and focus targets in the next frame, before `rendered` resolves", async () => {
    const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager values="A: 3; B: 2; C: 1"></foi-bar-chart>`);
    // What the element shows once the update it has pending when the canvas is drawn is done.
    const afterDrawing = await new Promise<{ words: number; placed: boolean }>((resolve) =>
      el.addEventListener(
        'foi-render',
        () =>
          void el.updateComplete.then(() =>
            resolve({
              words: shadow(el).querySelectorAll('.word:not(.spacing-probe)').length,
              placed: !!shadow(el).querySelector<HTMLElement>('.part')?.style.width,
            }),
          ),
        { once: true },
      ),
    );
    // The canvas is drawn; its words wait for the frame's write pass with every other chart's.
    expect(afterDrawing).to.deep.equal({ words: 0, placed: false });
    await el.rendered;
    expect(shadow(el).querySelectorAll('.word.category').length).to.equal(3);
    expect(shadow(el).querySelector<HTMLElement>('.part')!.style.width).to.match(/px$/);
  });

  it('writes the words and focus targets inside the chart box, whose layout is contained, and reuses their nodes on a redraw', async () => {
    const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager values="A: 3; B: 2; C: 1"></foi-bar-chart>`);
    await el.rendered;
    const box = shadow(el).querySelector<HTMLElement>('.chart')!;
    expect(getComputedStyle(box).contain).to.match(/size/).and.to.match(/layout/);
    const words = Array.from(shadow(el).querySelectorAll('.word:not(.spacing-probe)'));
    const parts = Array.from(shadow(el).querySelectorAll('.part'));
    expect(words.length).to.be.greaterThan(0);
    expect([...words, ...parts].every((node) => box.contains(node))).to.equal(true);
    // New figures of the same shape: the same nodes, moved and given their new text.
    el.values = 'A: 30; B: 20; C: 10';
    await el.rendered;
    // A redraw reports where its words went a frame later (Drawing.measure).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const again = Array.from(shadow(el).querySelectorAll('.word:not(.spacing-probe)'));
    expect(again[0]).to.equal(words[0]);
    expect(shadow(el).querySelector('.part')).to.equal(parts[0]);
    expect(again.map((w) => w.textContent).join(' ')).to.contain('30');
  });
});
