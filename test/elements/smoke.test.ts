import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { OffencePlatformBar } from '../../src/index.js';
import { settled, tableRows } from './helpers.js';

describe('smoke', () => {
  it('draws the platform preset', async () => {
    const el = await settled<OffencePlatformBar>(html`<offence-platform-bar eager></offence-platform-bar>`);
    expect(el.state).to.equal('ready');
    expect(el.chart).to.not.equal(null);
    expect(tableRows(el)[0]).to.deep.equal(['Facebook', '261', '50%']);
  });
});
