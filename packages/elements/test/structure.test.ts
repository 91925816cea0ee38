// Structure a screen reader can move through (issue 19, point 3): in every fixture, headings
// skip no level, and no list takes its name from the visible heading or label just before it
// (read twice: "Your answers so far, heading; Your answers so far, list").
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';

const levelOf = (el: Element) => Number(el.getAttribute('aria-level') ?? /^h([1-6])$/.exec(el.localName)?.[1]);

describe('structure: headings in order, each label read once', () => {
  afterEach(() => cleanupFixtures());

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}"`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        const root = shadow(el);
        const headings = [...root.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')];
        headings.reduce((previous, heading) => {
          const level = levelOf(heading);
          expect(level, `"${heading.textContent?.trim()}" after a heading at level ${previous}`).to.be.at.most(previous + 1);
          return level;
        }, headings.length > 0 ? levelOf(headings[0]!) : 0);
        for (const list of root.querySelectorAll('ul, ol, [role="list"]')) {
          const label = list.getAttribute('aria-labelledby');
          const named = label && root.getElementById(label);
          expect(named && named.checkVisibility() ? named.textContent?.trim() : null, 'a list named by the text shown before it').to.equal(null);
        }
      });
    }
  }
});
