// Links say what they do (issue 19, point 4): every phone link's accessible name says whom it
// calls and ends with the number it shows (so speech input can say what it sees, WCAG 2.5.3);
// on a phone, the flowchart's numbers are targets at least 44 px tall, as the banner's.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { narrowFrame } from './engine.js';
import { html } from 'lit';
import { components } from './registry.js';
import { pathsThrough, englandWales } from '../src/referral-flowchart/referral-flowchart.fixtures.js';

describe('phone links say whom they call', () => {
  afterEach(() => cleanupFixtures());

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}"`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        for (const link of shadow(el).querySelectorAll('a[href^="tel:"]')) {
          const name = link.getAttribute('aria-label') ?? '';
          const shown = (link.textContent ?? '').trim();
          expect(name, `the link to ${shown}`).to.match(/^Call .+, /);
          expect(name.endsWith(shown), `"${name}" ends with what it shows, "${shown}"`).to.equal(true);
          expect(name.length, name).to.be.greaterThan(`Call , ${shown}`.length + 2);
        }
      });
    }
  }

  it('names the helpline by name, and 999 as the emergency services', async () => {
    const { el } = await render(renderModes[0]!, html`<ctk-helpline-banner></ctk-helpline-banner>`, ['helpline-banner/define.js']);
    const names = [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Call Modern Slavery & Exploitation Helpline, 08000 121 700', 'Call the emergency services, 999']);
  });

  it("the flowchart's numbers are at least 44 px tall on a phone", async () => {
    // A frame 375 px wide: a phone's width in every engine (a WebKit window cannot be so narrow).
    const { doc, remove } = await narrowFrame(375, '<ctk-referral-flowchart></ctk-referral-flowchart>', ['referral-flowchart/define.js']);
    try {
      const win = doc.defaultView!;
      await win.customElements.whenDefined('ctk-referral-flowchart');
      const el = doc.querySelector('ctk-referral-flowchart') as HTMLElement & { answers: unknown; updateComplete: Promise<boolean> };
      for (const { answers, end } of pathsThrough(englandWales)) {
        el.answers = answers;
        await el.updateComplete;
        // Those on screen (the diagram in the guided view is for print).
        const links = [...shadow(el).querySelectorAll<HTMLElement>('[part="contacts"] a[href^="tel:"]')].filter((link) => link.checkVisibility());
        expect(links.length, end.id).to.be.greaterThan(0);
        for (const link of links) expect(link.getBoundingClientRect().height, `${end.id}: ${link.textContent}`).to.be.at.least(44);
      }
    } finally {
      remove();
    }
  });
});
