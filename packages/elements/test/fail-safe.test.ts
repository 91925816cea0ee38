// Errors fail safe: whatever configuration is wrong, the national numbers stay on screen beside
// a short notice, with what is wrong for the web team in a collapsed part (capped, with a
// count) and in the console. Every error fixture of every component that shows numbers.
import { cleanupFixtures, render, renderModes, shadow, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { components } from './registry.js';
import { englandWales } from '../src/referral-flowchart/referral-flowchart.fixtures.js';
import { unsafeContact } from '../src/contacts.fixtures.js';

/** What each component keeps on screen whatever it was given. */
const national: Record<string, (root: ShadowRoot) => void> = {
  'ctk-helpline-banner': (root) => expect(tel(root)).to.include.members(['tel:+448000121700', 'tel:999']),
  'ctk-contact-directory': (root) => expect(tel(root)).to.include.members(['tel:+448000121700', 'tel:999', 'tel:101']),
  'ctk-indicator-checklist': (root) => expect(tel(root)).to.include.members(['tel:+448000121700', 'tel:999']),
  'ctk-awareness-poster': (root) => expect(tel(root)).to.deep.equal(['tel:999', 'tel:+448000121700']),
  'ctk-training-scenarios': (root) => expect(tel(root)).to.deep.equal(['tel:999', 'tel:+448000121700']),
  'ctk-referral-flowchart': (root) => {
    const first = englandWales.nodes.find((node) => node.id === englandWales.start)!;
    expect(visibleText(root.querySelector('[part="step-title"]') ?? root)).to.contain(first.type === 'question' ? first.text : '');
  },
};

/** Components that show no numbers of their own: their errors are shown, with nothing to stand in. */
const showsNoNumbers = ['ctk-guidance-card', 'ctk-quick-exit'];

describe('errors fail safe: every component', () => {
  it('is either checked for what it keeps on screen, or shows no numbers of its own', () => {
    const unknown = components.map((c) => c.tag).filter((tag) => !(tag in national) && !showsNoNumbers.includes(tag));
    expect(unknown, 'add the component to `national` (or to `showsNoNumbers`)').to.deep.equal([]);
  });
});

const tel = (root: ShadowRoot) => [...root.querySelectorAll('a[href^="tel:"]')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href'));

for (const mode of renderModes) {
  describe(`errors fail safe, ${mode.name}`, () => {
    afterEach(() => cleanupFixtures());

    for (const component of components.filter((c) => c.tag in national)) {
      for (const fixture of component.fixtures.filter((f) => f.error)) {
        it(`<${component.tag}> "${fixture.name}": the national numbers stay beside a short notice`, async () => {
          const { el, consoleErrors } = await render(mode, fixture.template(), [component.module]);
          const root = shadow(el);
          const error = root.querySelector('[part="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          // A short notice a reader can take in; the detail folded away for the web team.
          const notice = visibleText(error.querySelector('.notice')!);
          expect(notice).to.match(/instead|call the numbers/);
          expect(notice.split(' ').length).to.be.below(25);
          expect(error.querySelector('details')?.open).to.equal(false);
          expect(visibleText(error.querySelector('details')!)).to.not.equal('Details for the web team');
          national[component.tag]!(root);
          expect(consoleErrors).to.have.length(1);
        });
      }
    }

    it('lists at most ten problems on the page and counts the rest', async () => {
      const many = Array.from({ length: 30 }, (_, i) => ({ ...unsafeContact, id: `bad-${i}` }));
      const { el, consoleErrors } = await render(mode, html`<ctk-contact-directory .extraContacts=${many}></ctk-contact-directory>`, ['contact-directory/define.js']);
      const details = shadow(el).querySelector('[part="error"] details')!;
      expect(details.querySelectorAll('li')).to.have.length(10);
      expect(visibleText(details)).to.match(/And \d+ more problems\./);
      expect(consoleErrors[0]).to.match(/And \d+ more problems\./);
      national['ctk-contact-directory']!(shadow(el));
    });
  });
}
