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

  it("places a first drawing's words and focus targets in the next frame, before `rendered` resolves", async () => {
    const el = await fixture<FoiBarChart>(html`<foi-bar-chart eager values="A: 3; B: 2; C: 1"></foi-bar-chart>`);
    // What the element shows once the update it has pending when the canvas is drawn is done.
    const afterDrawing = await new Promise<{ words: number; placed: boolean }>((resolve) =>
      el.addEventListener(
        'foi-render',
        () =>
          void el.updateComplete.then(() =>
            resolve({
              words: shadow(el).querySelectorAll('.word').length,
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
});
