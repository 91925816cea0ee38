// Right to left: in Arabic each component's root says dir="rtl", every phone number keeps its
// digits, in order, left to right (each is isolated with dir="ltr"), and nothing needs
// sideways scrolling. Styles use logical properties (eslint.config.js refuses left/right), so
// borders, indents and the flow chart's branch lines mirror; a screenshot of each component in
// Arabic is compared with the one in test/screenshots/ar/.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { components } from './registry.js';
import { setLocale } from '../dist/localize.js';

/** Every element under `root`, through shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

describe('right to left', () => {
  before(() => setLocale('ar'));
  after(() => setLocale('en-GB'));
  afterEach(() => cleanupFixtures());

  for (const component of components) {
    for (const fixture of component.fixtures.filter((f) => !f.error)) {
      it(`<${component.tag}> "${fixture.name}": numbers stay left to right inside rtl text`, async () => {
        const { el: block } = await render(renderModes[0]!, html`<div style="width: 360px">${fixture.template()}</div>`, [component.module]);
        const element = block.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await element.updateComplete;
        const root = shadow(element).querySelector('[part="base"]')!;
        expect(root.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(root).direction).to.equal('rtl');
        const numbers = [...deep(block)].filter((el) => el.classList.contains('number') || el.matches('a[href^="tel:"]'));
        // Where numbers are shown at first (not a guided flow's first question, nor "no matches").
        const showsNumbers = ['ctk-helpline-banner', 'ctk-contact-directory', 'ctk-referral-flowchart'].includes(component.tag) && !/guided|No matches/.test(fixture.name);
        if (showsNumbers) expect(numbers.length, 'numbers shown').to.be.above(0);
        for (const number of numbers) {
          // The isolation nearest the digits: inside a link, else around them.
          const isolated = number.querySelector('[dir="ltr"]') ?? number.closest('[dir="ltr"]');
          expect(isolated, `${number.textContent} is isolated left to right`).to.exist;
          expect(getComputedStyle(isolated!).direction).to.equal('ltr');
          expect(isolated!.textContent!.trim(), 'digits as written, not translated').to.match(/^[0-9 +]+$/);
        }
        // What the page slots in keeps the page's direction (left to right here) and language.
        for (const slotted of [...element.children].filter((child) => child.assignedSlot)) {
          expect(getComputedStyle(slotted).direction, `slotted <${slotted.localName}>`).to.equal('ltr');
          expect(slotted.assignedSlot?.getAttribute('lang'), 'the slot carries the page language').to.equal(document.documentElement.lang);
        }
        expect(block.scrollWidth).to.be.at.most(360);
      });
    }
  }

  for (const component of components) {
    const fixture = component.fixtures.find((f) => !f.error)!;
    it(`<${component.tag}> "${fixture.name}" looks as it did (screenshot)`, async () => {
      const { el: block } = await render(renderModes[0]!, html`<div class="shot" style="width: 480px; padding: 8px; background: #fff">${fixture.template()}</div>`, [component.module]);
      await (block.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await document.fonts.ready;
      // Every contact drawn, not only those near the window (content-visibility: auto), so the
      // picture does not depend on when the engine got to them.
      const whole = document.createElement('style');
      whole.textContent = 'ctk-contact-directory::part(contact) { content-visibility: visible; }';
      document.head.append(whole);
      // Its top at the window's top: WebKitWebDriver's element screenshot holds only what is in
      // the window (docs/testing.md, "Engines").
      block.scrollIntoView({ block: 'start' });
      const result = await executeServerCommand<{ failed?: string }, { name: string; selector: string }>('match-screenshot', { name: `ar/${component.tag}`, selector: '.shot' });
      whole.remove();
      expect(result?.failed, result?.failed).to.be.undefined;
    });
  }
});
