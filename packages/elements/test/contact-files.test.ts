/**
 * Your own contacts from a JSON file, without a script: the directory's `extra-src` (above the
 * national list) and the `contact-src` of the banner, the checklist and the flowchart (at the
 * ends of the national flow). Each file is validated, and one
 * that cannot be loaded or is not valid is named beside the national numbers, never instead of them.
 */
import { cleanupFixtures, render, renderModes, shadow, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { nationalContacts } from '../src/contacts.fixtures.js';
import { dataPath, ownContacts } from '../src/contact-directory/contact-directory.fixtures.js';
import { englandWales, pathsThrough } from '../src/referral-flowchart/referral-flowchart.fixtures.js';

const modules = ['contact-directory/define.js', 'helpline-banner/define.js', 'indicator-checklist/define.js', 'referral-flowchart/define.js'];
const names = (el: Element) => [...shadow(el).querySelectorAll('[part="name"]')].map((node) => visibleText(node));
const tels = (el: Element) => [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const errorText = (el: Element) => (shadow(el).querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fetches = (file: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(file)).length;
const own = ownContacts.map((contact) => contact.name);
const national = nationalContacts.map((contact) => contact.name);
const [lead, duty] = ownContacts;

for (const mode of renderModes) {
  describe(`your own contacts from a file, ${mode.name}`, () => {
    afterEach(cleanupFixtures);

    it('extra-src: the directory shows your contacts first, then every national one', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-contact-directory extra-src="${dataPath}own-contacts.json"></ctk-contact-directory>`, modules);
      expect(names(el).slice(0, own.length)).to.deep.equal(own);
      expect(names(el).slice(own.length)).to.have.members(national);
      expect(tels(el).slice(0, 2)).to.deep.equal(ownContacts.map((contact) => `tel:${contact.phones[0]!.number}`));
      expect(tels(el)).to.include('tel:999');
      expect(consoleErrors).to.deep.equal([]);
    });

    it('extra-src: a file that is not valid or not there is named, with the national list alone', async () => {
      for (const [file, expected] of [
        ['invalid.json', 'extra-src[1].phones[0].number'],
        ['no-such-file.json', '404'],
      ] as const) {
        const { el } = await render(mode, html`<ctk-contact-directory extra-src="${dataPath}${file}"></ctk-contact-directory>`, modules);
        expect(errorText(el)).to.contain(`${dataPath}${file}`).and.to.contain(expected);
        expect(names(el), file).to.have.members(national);
        cleanupFixtures();
      }
    });

    it('extra-src is not loaded while the extraContacts property is set', async () => {
      const file = `${dataPath}own-contacts.json?not-while-property`;
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${[duty!]} extra-src=${file}></ctk-contact-directory>`, modules);
      expect(names(el)[0]).to.equal(duty!.name);
      expect(names(el).slice(1)).to.have.members(national);
      expect(fetches(file)).to.equal(0);
    });

    it('contact-src: the banner shows the first contact of a list, or the one contact a file holds, with 999', async () => {
      for (const [file, contact] of [
        ['own-contacts.json', lead!],
        ['one-contact.json', duty!],
      ] as const) {
        const { el, consoleErrors } = await render(mode, html`<ctk-helpline-banner contact-src="${dataPath}${file}"></ctk-helpline-banner>`, modules);
        expect(names(el)).to.deep.equal([contact.name]);
        expect(tels(el)).to.deep.equal([`tel:${contact.phones[0]!.number}`, 'tel:999']);
        expect(consoleErrors).to.deep.equal([]);
        cleanupFixtures();
      }
    });

    it('contact-src: a banner whose file fails shows the national helpline and 999 beside the address and problem', async () => {
      for (const [file, expected] of [
        ['invalid.json', 'contact-src[1].phones[0].number'],
        ['broken.json', 'not valid JSON'],
      ] as const) {
        const { el, consoleErrors } = await render(mode, html`<ctk-helpline-banner contact-src="${dataPath}${file}"></ctk-helpline-banner>`, modules);
        expect(errorText(el)).to.contain(`${dataPath}${file}`).and.to.contain(expected);
        expect(names(el)).to.deep.equal(['Modern Slavery & Exploitation Helpline']);
        expect(tels(el)).to.deep.equal(['tel:+448000121700', 'tel:999']);
        expect(consoleErrors).to.have.length(1);
        cleanupFixtures();
      }
    });

    it('contact-src: the checklist names your contact under "What to do next"; a missing file leaves the signs and national numbers', async () => {
      const { el } = await render(mode, html`<ctk-indicator-checklist contact-src="${dataPath}own-contacts.json" .checked=${['general-unexplained-injuries']}></ctk-indicator-checklist>`, modules);
      const next = shadow(el).querySelector('[part="next"]')!;
      expect(visibleText(next)).to.contain(`Tell ${lead!.name}`);
      expect(next.querySelector(`a[href="tel:${lead!.phones[0]!.number}"]`)).to.exist;

      const { el: missing } = await render(mode, html`<ctk-indicator-checklist contact-src="${dataPath}no-such-file.json" .checked=${['general-unexplained-injuries']}></ctk-indicator-checklist>`, modules);
      expect(errorText(missing)).to.contain(`${dataPath}no-such-file.json`).and.to.contain('404');
      expect(shadow(missing).querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(10);
      expect(tels(missing)).to.include.members(['tel:999', 'tel:+448000121700']);
    });

    it('contact-src: each end of the national flow names your contact, first or after 999, then the national contacts', async () => {
      const pathTo = (id: string) => pathsThrough(englandWales).find((path) => path.end.id === id)!.answers;
      const whoToContact = (el: Element) => [...shadow(el).querySelectorAll('[part="step"] [part="contacts"] .contact-name')].map((node) => visibleText(node));
      const { el: referral } = await render(mode, html`<ctk-referral-flowchart contact-src="${dataPath}own-contacts.json" .answers=${pathTo('nrm-referral')}></ctk-referral-flowchart>`, modules);
      expect(whoToContact(referral)).to.deep.equal([lead!.name, 'Salvation Army: modern slavery referral line', 'Modern Slavery & Exploitation Helpline']);
      const { el: danger } = await render(mode, html`<ctk-referral-flowchart contact-src="${dataPath}own-contacts.json" .answers=${pathTo('call-999')}></ctk-referral-flowchart>`, modules);
      expect(whoToContact(danger)[0]).to.equal('Police, fire, ambulance: emergency');
      expect(whoToContact(danger)[1]).to.equal(lead!.name);
      // A question is not an end: no contact there.
      const { el: start } = await render(mode, html`<ctk-referral-flowchart contact-src="${dataPath}own-contacts.json"></ctk-referral-flowchart>`, modules);
      expect(whoToContact(start)).to.deep.equal([]);
      const { el: broken } = await render(mode, html`<ctk-referral-flowchart contact-src="${dataPath}invalid.json" .answers=${pathTo('nrm-referral')}></ctk-referral-flowchart>`, modules);
      expect(errorText(broken)).to.contain('contact-src[1].phones[0].number');
      expect(whoToContact(broken)).to.not.include(lead!.name);
      expect(tels(broken)).to.include('tel:999');
    });
  });
}
