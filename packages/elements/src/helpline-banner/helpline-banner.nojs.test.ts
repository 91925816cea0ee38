// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ownContact } from './helpline-banner.fixtures.js';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-helpline-banner> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('shows the helpline number as a tel: link from the server-rendered HTML', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-helpline-banner></ctk-helpline-banner>`, {
      modules: ['helpline-banner/define.js'],
      base,
    });
    expect(customElements.get('ctk-helpline-banner')).to.equal(undefined);
    const phone = el.shadowRoot?.querySelector('a[href="tel:+448000121700"]');
    expect(phone?.textContent?.trim()).to.equal('08000 121 700');
    expect(el.shadowRoot?.textContent).to.contain('Modern Slavery & Exploitation Helpline').and.to.contain('Open 24/7');
  });

  it('shows any contact from the data, not only the bundled default', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`, {
      modules: ['helpline-banner/define.js'],
      base,
    });
    expect(el.shadowRoot?.querySelector('a[href="tel:+44800555111"]')?.textContent?.trim()).to.equal('0800 555 111');
  });

  it('shows a custom contact, validated on the server', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-helpline-banner .contact=${ownContact}></ctk-helpline-banner>`, {
      modules: ['helpline-banner/define.js'],
      base,
    });
    expect(el.shadowRoot?.querySelector('a[href="tel:+441632960018"]')?.textContent?.trim()).to.equal('01632 960018');
  });
});
