import { cleanupFixtures, render, renderModes, shadow } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CtkHelplineBanner } from './helpline-banner.js';

const modules = ['helpline-banner/define.js'];

for (const mode of renderModes) {
  describe(`<ctk-helpline-banner>, ${mode.name}`, () => {
    afterEach(() => cleanupFixtures());

    it('shows the Modern Slavery & Exploitation Helpline by default, with a tel: link', async () => {
      const { el } = await render<CtkHelplineBanner>(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      const root = shadow(el);
      expect(root.querySelector('[part="name"]')?.textContent?.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      const phone = root.querySelector<HTMLAnchorElement>('a[part="phone"]');
      expect(phone?.getAttribute('href')).to.equal('tel:+448000121700');
      expect(phone?.textContent?.trim()).to.equal('08000 121 700');
      const facts = [...root.querySelectorAll('[part="facts"] li')].map((li) => li.textContent?.trim());
      expect(facts).to.include.members(['Free to call', 'Confidential', 'Open 24/7', 'Interpreters available']);
    });

    it('gives the helpline name as a heading, level 2 unless the page asks for another', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      const heading = shadow(el).querySelector('[role="heading"]');
      expect(heading?.textContent?.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      expect(heading?.getAttribute('aria-level')).to.equal('2');

      const { el: nested } = await render(mode, html`<ctk-helpline-banner heading-level="4"></ctk-helpline-banner>`, modules);
      expect(shadow(nested).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('4');

      const { el: wild } = await render(mode, html`<ctk-helpline-banner heading-level="9"></ctk-helpline-banner>`, modules);
      expect(shadow(wild).querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('6');
    });

    it('lets a keyboard user reach the number with Tab', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:+448000121700');
    });

    it('shows another contact from the data by id', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`, modules);
      expect(shadow(el).querySelector('[role="heading"]')?.textContent?.trim()).to.equal('Crimestoppers');
      expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+44800555111');
    });

    it('shows a text-only number as text with its instructions, never as a call link', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`, modules);
      const root = shadow(el);
      expect([...root.querySelectorAll('a[part="phone"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:18000']);
      const text = root.querySelector('[part="text-number"]');
      expect(text?.closest('a')).to.be.null;
      expect(text?.parentElement?.textContent).to.contain('Register first');
    });

    it('says what is not confirmed about a contact', async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner contact="glaa"></ctk-helpline-banner>`, modules);
      expect(shadow(el).querySelector('[part="caution"]')?.textContent).to.contain('Not confirmed:').and.to.contain('Fair Work Agency');
      const { el: confirmed } = await render(mode, html`<ctk-helpline-banner></ctk-helpline-banner>`, modules);
      expect(shadow(confirmed).querySelector('[part="caution"]')).to.be.null;
    });

    it('names the unknown contact id, and the ids it knows, in the alert and the console', async () => {
      const { el, consoleErrors } = await render(
        mode,
        html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`,
        modules,
      );
      const error = shadow(el).querySelector('[part="error"]');
      expect(error?.textContent).to.contain('"no-such-helpline"').and.to.contain('modern-slavery-helpline');
      expect(shadow(el).querySelector('a')).to.be.null;
      expect(consoleErrors.join('\n')).to.contain('no-such-helpline');
    });

    it('recovers when the contact is corrected', async () => {
      const { el } = await render<CtkHelplineBanner>(
        mode,
        html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`,
        modules,
      );
      el.contact = 'modern-slavery-helpline';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+448000121700');
    });

    it('falls back to the helpline when the contact attribute is removed', async () => {
      const { el } = await render<CtkHelplineBanner>(
        mode,
        html`<ctk-helpline-banner contact="modern-slavery-helpline"></ctk-helpline-banner>`,
        modules,
      );
      el.removeAttribute('contact');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      expect(shadow(el).querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+448000121700');
    });
  });
}
