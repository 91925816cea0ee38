// The caution without JavaScript: server-rendered HTML, never hydrated, the tags never defined
// on this page (a defined tag would upgrade the elements: see caution.test.ts for the rest).
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { contacts } from '@ctkit/data/contacts';
import { unconfirmedShown } from './caution.js';

const base = new URL('../dist/', import.meta.url).href;
const unconfirmed = contacts.filter((contact) => contact.confidence === 'unverified');

const pages: [string, string, (id: string) => TemplateResult][] = [
  ['banner, full', 'helpline-banner/define.js', (id) => html`<ctk-helpline-banner contact=${id}></ctk-helpline-banner>`],
  ['banner, compact', 'helpline-banner/define.js', (id) => html`<ctk-helpline-banner contact=${id} variant="compact"></ctk-helpline-banner>`],
  ['banner, inline', 'helpline-banner/define.js', (id) => html`<ctk-helpline-banner contact=${id} variant="inline"></ctk-helpline-banner>`],
  ['directory', 'contact-directory/define.js', () => html`<ctk-contact-directory></ctk-contact-directory>`],
  ['flowchart, guided (the whole flow before script runs)', 'referral-flowchart/define.js', () => html`<ctk-referral-flowchart></ctk-referral-flowchart>`],
  ['flowchart, diagram', 'referral-flowchart/define.js', () => html`<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>`],
];

describe('an unconfirmed contact without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  for (const [name, module, template] of pages) {
    it(`${name}: every unconfirmed number shown carries its caution`, async () => {
      const seen = new Set<string>();
      for (const contact of unconfirmed) {
        const el = await ssrNonHydratedFixture(template(contact.id), { modules: [module], base });
        expect(customElements.get(el.localName)).to.equal(undefined);
        const found = unconfirmedShown(el.shadowRoot!, unconfirmed);
        found.shown.forEach((id) => seen.add(id));
        expect(found.missing, contact.id).to.deep.equal([]);
        cleanupFixtures();
      }
      expect(seen.size, 'unconfirmed contacts shown').to.be.greaterThan(0);
    });
  }
});
