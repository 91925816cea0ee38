// Right to left: inside a page or block written right to left, every phone number keeps its
// digits in order, left to right (each is isolated with dir="ltr"), and no component needs
// sideways scrolling. (Styles use logical properties: eslint.config.js refuses left/right.)
import { cleanupFixtures, render, renderModes } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { components } from './registry.js';

/** Every element under `root`, through shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

describe('right to left', () => {
  afterEach(() => cleanupFixtures());

  for (const component of components) {
    for (const fixture of component.fixtures.filter((f) => !f.error)) {
      it(`<${component.tag}> "${fixture.name}": numbers stay left to right inside rtl text`, async () => {
        const { el: block } = await render(renderModes[0]!, html`<div dir="rtl" style="width: 360px">${fixture.template()}</div>`, [component.module]);
        const element = block.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await element.updateComplete;
        const numbers = [...deep(block)].filter((el) => el.classList.contains('number') || el.matches('a[href^="tel:"]'));
        // Where numbers are shown at first (not a guided flow's first question, nor "no matches").
        const showsNumbers = ['ctk-helpline-banner', 'ctk-contact-directory', 'ctk-referral-flowchart'].includes(component.tag) && !/guided|No matches/.test(fixture.name);
        if (showsNumbers) expect(numbers.length, 'numbers shown').to.be.above(0);
        for (const number of numbers) {
          const isolated = number.closest('[dir="ltr"]') ?? number.querySelector('[dir="ltr"]');
          expect(isolated, `${number.textContent} is isolated left to right`).to.exist;
          expect(getComputedStyle(isolated!).direction).to.equal('ltr');
        }
        expect(getComputedStyle(element).direction, 'the component follows the page').to.equal('rtl');
        expect(block.scrollWidth).to.be.at.most(360);
      });
    }
  }
});
