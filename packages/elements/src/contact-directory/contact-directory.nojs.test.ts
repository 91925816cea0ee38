// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { nationalContacts as contacts } from '../contacts.fixtures.js';
import { ownContacts } from './contact-directory.fixtures.js';

const base = new URL('../../dist/', import.meta.url).href;
const modules = ['contact-directory/define.js'];

describe('<ctk-contact-directory> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('lists every contact with its numbers as tel: links, without the controls that need JavaScript', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-contact-directory></ctk-contact-directory>`, { modules, base });
    expect(customElements.get('ctk-contact-directory')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="contact"]')).to.have.length(contacts.length);
    expect(root.querySelector('a[href="tel:+448000121700"]')?.textContent?.trim()).to.equal('08000 121 700');
    expect(root.querySelector('a[href="tel:999"]')).to.exist;
    expect(root.querySelector('[part="controls"], button')).to.equal(null);
  });

  it("shows the organisation's own contacts first, validated on the server", async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-contact-directory .extraContacts=${ownContacts}></ctk-contact-directory>`, { modules, base });
    const first = el.shadowRoot!.querySelector('[part="contact"]');
    expect(first?.querySelector('[part="name"]')?.textContent).to.equal(ownContacts[0]!.name);
    expect(first?.querySelector('a[href="tel:+441632960018"]')).to.exist;
  });
});
