// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { contacts } from '@ctkit/data/contacts';
import { getReferralFlow } from '@ctkit/data/referral';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-referral-flowchart> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('shows the whole flow with every number as a link, since the guided buttons cannot work yet', async () => {
    const flow = getReferralFlow('england-wales')!;
    const el = await ssrNonHydratedFixture(html`<ctk-referral-flowchart></ctk-referral-flowchart>`, { modules: ['referral-flowchart/define.js'], base });
    expect(customElements.get('ctk-referral-flowchart')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('button')).to.equal(null);
    const titles = [...root.querySelectorAll('[part="node"] .box-title')].map((node) => node.textContent);
    expect(titles).to.have.length(flow.nodes.length);
    // Every voice and textphone line of every contact the flow names.
    const named = new Set(flow.nodes.flatMap((node) => (node.type === 'action' ? node.contacts : [])));
    const numbers = contacts.filter((contact) => named.has(contact.id)).flatMap((contact) => contact.phones.filter((phone) => !phone.textOnly).map((phone) => `tel:${phone.number}`));
    const links = new Set([...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
    expect(links).to.deep.equal(new Set(numbers));
    expect(links).to.include('tel:999').and.include('tel:+448000121700');
    // Each end's steps open without script.
    const details = root.querySelector<HTMLDetailsElement>('.end details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
  });
});
