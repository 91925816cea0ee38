// At 320 CSS px (a small phone, or a page zoomed to 400%, WCAG 1.4.10), in every locale, every
// number stays whole on screen: a long one (Relay UK's "18001 then 0800 0121 700") wraps at its
// spaces instead of running past the component's edge, where, in Arabic, its first digits would
// be cut off out of reach of any scrolling.
import { cleanupFixtures, render, renderModes } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { components } from './registry.js';
import { locales, setLocale } from '../dist/localize.js';
import { can, defaultViewport, itCan } from './engine.js';
import { setViewport } from '@web/test-runner-commands';

/** Every element under `root`, through shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const width = 320;

for (const locale of locales) {
  describe(`every number on screen at ${width} px, ${locale}`, () => {
    // A phone's viewport, so the components' own narrow-screen styles (media queries) apply.
    before(async () => {
      await setLocale(locale);
      if (can('viewport')) await setViewport({ width, height: 640 });
    });
    after(async () => {
      await setLocale('en-GB');
      await defaultViewport();
    });
    afterEach(() => cleanupFixtures());

    // Where the viewport cannot be set (WebKit's driver), one skipped test says so, not one per fixture.
    if (!can('viewport')) itCan('viewport', `every fixture of every component at ${width} px`, async () => {});
    else for (const component of components) {
      // The fixtures that show numbers at first, errors included (999 and the helpline stay beside them).
      for (const fixture of component.fixtures) {
        it(`<${component.tag}> "${fixture.name}"`, async () => {
          const { el: block } = await render(renderModes[0]!, html`<div>${fixture.template()}</div>`, [component.module]);
          await (block.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const edge = block.getBoundingClientRect();
          for (const number of [...deep(block)].filter((el) => el.matches('.number, .digits, a[href^="tel:"]'))) {
            for (const line of number.getClientRects()) {
              if (line.width === 0) continue;
              const where = `"${number.textContent?.trim()}" from ${line.left - edge.left} to ${line.right - edge.left} px`;
              expect(line.left, where).to.be.at.least(edge.left - 0.5);
              expect(line.right, where).to.be.at.most(edge.right + 0.5);
            }
          }
          expect(block.scrollWidth, 'nothing runs past the edge').to.be.at.most(block.clientWidth);
        });
      }
    }
  });
}
