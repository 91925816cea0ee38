import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CtkHelplineBanner } from './helpline-banner.js';
import { markupContact, ownContact, unsafeContact } from './helpline-banner.fixtures.js';

const modules = ['helpline-banner/define.js'];
const links = (el: Element) => [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
/** What the default banner links: the helpline's number and site, and 999. */
const nationalLinks = ['tel:+448000121700', 'https://www.modernslaveryhelpline.org/report', 'tel:999'];

for (const mode of renderModes) {
  describe(`<ctk-helpline-banner>, ${mode.name}`, () => {
    afterEach(() => cleanupFixtures());

    it('shows the Modern Slavery & Exploitation Helpline by default: number, facts, report link, 999', async () => {
      const { el } = await render<CtkHelplineBanner>(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      const root = shadow(el);
      expect(root.querySelector('[part="name"]')?.textContent?.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      const phone = root.querySelector<HTMLAnchorElement>('a[part="phone"]');
      expect(phone?.getAttribute('href')).to.equal('tel:+448000121700');
      expect(phone?.textContent?.trim()).to.equal('08000 121 700');
      const facts = [...root.querySelectorAll('[part="facts"] li')].map((li) => li.textContent?.trim());
      expect(facts).to.include.members(['You do not have to give your name', 'Free to call', 'Confidential', 'Open 24/7', 'Interpreters available']);
      expect(root.querySelector('a[part="link"]')?.getAttribute('href')).to.equal('https://www.modernslaveryhelpline.org/report');
      expect(root.querySelector('[part="emergency"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('In an emergency, call 999.');
      expect(root.querySelector('[part="emergency"] a')?.getAttribute('href')).to.equal('tel:999');
    });

    it('gives the helpline name as a heading, level 2 unless the page asks for another', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      expect(shadow(el).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
      const { el: nested } = await render(mode, html`<ctk-helpline-banner heading-level="4"></ctk-helpline-banner>`, modules);
      expect(shadow(nested).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('4');
      const { el: wild } = await render(mode, html`<ctk-helpline-banner heading-level="9"></ctk-helpline-banner>`, modules);
      expect(shadow(wild).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('6');
      const { el: zero } = await render(mode, html`<ctk-helpline-banner heading-level="0"></ctk-helpline-banner>`, modules);
      expect(shadow(zero).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('1');
    });

    it('leaves out the 999 line with no-emergency or emergency="false", and for 999 itself', async () => {
      for (const template of [
        html`<ctk-helpline-banner no-emergency></ctk-helpline-banner>`,
        html`<ctk-helpline-banner emergency="false"></ctk-helpline-banner>`,
        html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`,
        html`<ctk-helpline-banner variant="inline"></ctk-helpline-banner>`,
      ]) {
        const { el } = await render(mode, template, modules);
        expect(shadow(el).querySelector('[part="emergency"]'), el.outerHTML).to.be.null;
      }
    });

    it('compact: name, number and hours in one block, with the 999 line', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner variant="compact"></ctk-helpline-banner>`, modules);
      const root = shadow(el);
      expect(root.querySelector('[role="heading"]')).to.be.null;
      expect(root.querySelector('[part="summary"]')).to.be.null;
      expect(visibleText(root)).to.contain('Modern Slavery & Exploitation Helpline').and.to.contain('08000 121 700').and.to.contain('Open 24/7');
      expect(links(el)).to.deep.equal(['tel:+448000121700', 'tel:999']);
    });

    it('inline: flows inside a sentence as a phrase with the number', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner variant="inline"></ctk-helpline-banner>`, modules);
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(shadow(el).querySelector('div, p, ul')).to.be.null;
      // What is seen (the link's name, heard instead of its number, says whom it calls).
      expect(shadow(el).querySelector<HTMLElement>('[part="base"]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('Modern Slavery & Exploitation Helpline on 08000 121 700');
      expect(links(el)).to.deep.equal(['tel:+448000121700']);
      expect(shadow(el).querySelector('a')!.getAttribute('aria-label')).to.equal('Call Modern Slavery & Exploitation Helpline, 08000 121 700');
    });

    it('stresses anonymity for Crimestoppers', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`, modules);
      const first = shadow(el).querySelector('[part="facts"] li');
      expect(first?.textContent?.trim()).to.equal('You do not have to give your name');
      expect(getComputedStyle(first!).fontWeight).to.equal('700');
      expect(links(el)).to.include('tel:+44800555111');
    });

    it('shows a text-only number as text with its instructions, never as a call link', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`, modules);
      expect(links(el)).to.deep.equal(['tel:999', 'tel:18000']);
      const text = shadow(el).querySelector('[part="text-number"]');
      expect(text?.closest('a')).to.be.null;
      expect(text?.parentElement?.textContent).to.contain('Register first');
    });

    it('gives weekday hours in UK time, and says when they are not confirmed', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="acas"></ctk-helpline-banner>`, modules);
      expect(visibleText(shadow(el).querySelector('[part="facts"]')!)).to.contain('Mon–Fri 08:00–20:00; Sat 09:00–13:00 (UK time; not confirmed)');
    });

    it('says what is not confirmed about a contact', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="glaa"></ctk-helpline-banner>`, modules);
      expect(shadow(el).querySelector('[part="caution"]')?.textContent).to.contain('Not confirmed:').and.to.contain('Fair Work Agency');
      const { el: confirmed } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      expect(shadow(confirmed).querySelector('[part="caution"]')).to.be.null;
    });

    it('shows your own contact, validated, with its email', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-helpline-banner .contact=${ownContact}></ctk-helpline-banner>`, modules);
      expect(consoleErrors).to.deep.equal([]);
      expect(shadow(el).querySelector('[part="name"]')?.textContent).to.equal('Safeguarding lead, Riverside Hotel');
      expect(links(el)).to.deep.equal(['tel:+441632960018', 'mailto:safeguarding@example.org', 'tel:999']);
    });

    it('shows markup in a name as text', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner .contact=${markupContact}></ctk-helpline-banner>`, modules);
      expect(shadow(el).querySelector('img')).to.be.null;
      expect(shadow(el).querySelector('[part="name"]')?.textContent).to.equal(markupContact.name);
      await new Promise((resolve) => setTimeout(resolve, 100)); // time for an injected image to fail and fire onerror
      expect((window as { ctkXss?: number }).ctkXss).to.equal(undefined);
    });

    it('refuses a custom contact with a javascript: link, naming the field, and links nothing', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-helpline-banner .contact=${unsafeContact}></ctk-helpline-banner>`, modules);
      const error = shadow(el).querySelector('[part="error"]');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(error?.textContent).to.contain('contact.websites[0].url').and.to.contain('https');
      // Fail safe: the national helpline and 999 stand in; nothing of the unsafe contact is linked.
      expect(links(el)).to.deep.equal(nationalLinks);
      expect(consoleErrors.join('\n')).to.contain('contact.websites[0].url');
    });

    it('names the unknown contact id, and the ids it knows, in the alert and the console', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`, modules);
      const error = shadow(el).querySelector('[part="error"]');
      expect(error?.textContent).to.contain('"no-such-helpline"').and.to.contain('crimestoppers');
      expect(links(el)).to.deep.equal(nationalLinks);
      expect(visibleText(shadow(el))).to.contain('The national helpline is shown instead.');
      expect(consoleErrors.join('\n')).to.contain('no-such-helpline');
    });

    it('recovers when the contact is corrected, and falls back to the helpline when it is removed', async () => {
      const { el } = await render<CtkHelplineBanner>(mode, html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`, modules);
      el.contact = 'crimestoppers';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      expect(links(el)).to.include('tel:+44800555111');
      el.removeAttribute('contact');
      await el.updateComplete;
      expect(links(el)).to.include('tel:+448000121700');
    });

    it('lets a keyboard user reach the number, the report link and 999 with Tab', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      const reached: (string | null)[] = [];
      for (let i = 0; i < 3; i += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(shadow(el).activeElement?.getAttribute('href') ?? null);
      }
      expect(reached).to.deep.equal(['tel:+448000121700', 'https://www.modernslaveryhelpline.org/report', 'tel:999']);
    });
  });
}
