// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { affectedPoster } from '@ctkit/data/posters';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-awareness-poster> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('reads whole from the server-rendered HTML, the number and its QR code included', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-awareness-poster audience="affected" qr="https://example.org/help" tear-offs></ctk-awareness-poster>`, {
      modules: ['awareness-poster/define.js'],
      base,
    });
    expect(customElements.get('ctk-awareness-poster')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal(affectedPoster.title);
    expect(root.querySelectorAll('[part="statements"] li')).to.have.length(affectedPoster.statements.length);
    expect([...root.querySelectorAll('[part="number"] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+448000121700']);
    expect(root.querySelector('[part="qr"] svg path')?.getAttribute('d')?.length).to.be.above(100);
    expect(root.querySelectorAll('[part="tear-offs"] li')).to.have.length(8);
  });
});
