// Sentences survive the build: the template minifier must keep the spaces between sentences and
// before brackets. Every fixture of every component, rendered from the built files, read as a
// reader gets it (innerText, which follows the layout), with no words run together.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';

/**
 * "call.Confidential", "999(Register", "Ireland(OGL": a full stop or a word glued to what
 * follows. A number in brackets straight after a word is a citation or code, as written:
 * "section 54(8)", "alert(1)".
 */
const runTogether = /[a-z][.!?:;][A-Z]|[A-Za-z0-9][(](?!\d+\))|[)][A-Za-z0-9]/;

/** The text of `root` as laid out: each top-level block's innerText. */
const readOut = (root: ShadowRoot) =>
  [...root.children]
    .filter((child): child is HTMLElement => child instanceof HTMLElement && child.localName !== 'style')
    .map((child) => child.innerText)
    .join('\n');

describe('sentences survive the build', () => {
  afterEach(() => cleanupFixtures());

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}": no words run together`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        const glued = readOut(shadow(el))
          .split('\n')
          .filter((line) => runTogether.test(line));
        expect(glued).to.deep.equal([]);
      });
    }
  }
});
