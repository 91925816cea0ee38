// The directory with long lists (thousands of contacts): checked, shown and searched a slice
// at a time. Split from contact-directory.test.ts, with the same render modes.
import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect, waitUntil } from '@open-wc/testing';
import { screenMedia } from '../../test/engine.js';
import { html } from 'lit';
import { nationalContacts as contacts } from '../contacts.fixtures.js';
import type { Contact } from '@ctkit/data/schemas';
import type { CtkContactDirectory } from './contact-directory.js';
import { ownContacts } from './contact-directory.fixtures.js';

const modules = ['contact-directory/define.js'];
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => visibleText(node));
const names = (el: Element) => texts(el, '[part="name"]');
const status = (el: Element) => visibleText(shadow(el).querySelector('[part="status"]')!);
const errorText = (el: Element) => shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** `count` valid contacts, each with its own name and number. */
function manyContacts(count: number): Contact[] {
  const categories = ['emergency', 'report', 'advice', 'support'] as const;
  return Array.from({ length: count }, (_, i) => ({
    ...ownContacts[1]!,
    id: `contact-${i}`,
    name: `Contact number ${i}`,
    category: categories[i % 4]!,
    phones: [{ number: `+44163296${String(i).padStart(4, '0')}`, display: `01632 96${String(i).padStart(4, '0')}` }],
  }));
}

/** The national list, by name: what stands in for a list of your own that cannot be shown. */
const national = contacts.map((contact) => contact.name);

for (const mode of renderModes) {
  describe(`<ctk-contact-directory> with a long list, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('checks a long list a slice at a time: a problem and a duplicate are named where they are in the whole list', async () => {
      const many = manyContacts(5_000);
      many[4321] = { ...many[4321]!, phones: [{ number: '0800', display: '0800' }] };
      many[3999] = { ...many[3999]!, id: many[12]!.id };
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory .contacts=${many}></ctk-contact-directory>`, modules);
      expect(errorText(el)).to.contain('contacts[4321].phones[0].number').and.to.contain(`contacts[3999].id: duplicate id "${many[12]!.id}" (first used at [12])`);
      expect(names(el)).to.have.members(national);
    });

    it('names a duplicate inside a later slice where it is in the whole list, and lists at most 100 problems', async () => {
      const many = manyContacts(3_000);
      many[2500] = { ...many[2500]!, id: many[2100]!.id };
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory .contacts=${many}></ctk-contact-directory>`, modules);
      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'the list checked');
      expect(errorText(el)).to.contain(`contacts[2500].id: duplicate id "${many[2100]!.id}" (first used at [2100])`);

      const bad = manyContacts(3_000).map((contact, i) => (i % 6 === 0 ? { ...contact, phones: [{ number: '0800', display: '0800' }] } : contact));
      el.contacts = bad;
      await waitUntil(() => shadow(el).querySelector('[part="error"]')?.textContent?.includes('more problems'), 'the new list checked');
      // 500 wrong numbers: the validator names 100 and counts the rest; the element lists ten and counts the other 490.
      expect(errorText(el)).to.contain('contacts[54].phones[0].number').and.contain('And 490 more problems.');
      expect(errorText(el)).to.not.contain('contacts[60].phones');
      expect(names(el)).to.have.members(national);
    });

    it('shows 20 of 10,000 contacts at a time, and finds any of them', async () => {
      const many = manyContacts(10_000);
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory .contacts=${many}></ctk-contact-directory>`, modules);
      expect(status(el)).to.equal('10000 contacts');
      expect(names(el)).to.have.length(20);
      const more = shadow(el).querySelector<HTMLButtonElement>('.more')!;
      expect(visibleText(more)).to.equal('Show 20 more');
      more.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(40);
      await waitUntil(() => shadow(el).activeElement === shadow(el).querySelectorAll('[part="name"]')[20], 'focus moves to the first new contact');
      el.query = 'Contact number 9876';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Contact number 9876']);
      el.query = '01632 969876';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Contact number 9876']);
    });

    it('shows the first matches of a long list at once, and the count when it has been made', async function () {
      // 50,000 contacts: server-rendered, they go to Lit's server renderer as JSON, which with
      // three engines testing at once on 2 cores took over the default 10 s (Firefox, WebKit).
      this.timeout(30_000);
      const many = manyContacts(50_000);
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory .contacts=${many}></ctk-contact-directory>`, modules);
      el.query = 'contact';
      await el.updateComplete;
      expect(names(el)).to.have.length(20);
      await waitUntil(() => status(el) === '50000 of 50000 contacts match', 'the count arrives');
      el.query = 'contact number 49999';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Contact number 49999']);
      expect(status(el)).to.equal('1 of 50000 contacts match');
    });

  });
}
