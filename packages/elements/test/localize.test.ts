// No UI string may escape msg(). In the pseudo-locale en-XA every msg() string is accented
// and bracketed, so after switching to it, any plain ASCII letter left in a component's text
// or accessible names must come from the data or from the fixture's own configuration.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import * as data from '@ctkit/data';
import { components } from './registry.js';
import { getLocale, locales, setLocale } from '../dist/localize.js';


/** Every string in the dataset: names, numbers, summaries, ids. */
function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, into));
  return into;
}
const dataStrings = stringsIn(Object.values(data).filter((v) => typeof v !== 'function'));

const labelAttributes = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];

/** Text a user reads or hears: text nodes and naming attributes, through nested shadow roots. */
function visibleStrings(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.closest('style')) continue;
      out.push(node.textContent ?? '');
    } else {
      const element = node as Element;
      for (const name of labelAttributes) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
      if (element.shadowRoot) out.push(...visibleStrings(element.shadowRoot));
    }
  }
  return out;
}

/**
 * The parts of `text` outside pseudo-translated runs that contain letters and are not a value
 * from the data or the fixture's configuration (or a comma-separated list of such values).
 */
function escapedText(text: string, allowed: ReadonlySet<string>): string[] {
  return text
    .split(/⟦[^⟧]*⟧/)
    .map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((piece) => /[A-Za-z]/.test(piece))
    .filter((piece) => !allowed.has(piece) && !piece.split(', ').every((item) => allowed.has(item)));
}

describe('localisation', () => {
  afterEach(async () => {
    cleanupFixtures();
    await setLocale('en-GB');
  });

  it('offers the source locale first and hides the pseudo-locale', () => {
    expect(locales[0]).to.equal('en-GB');
    expect(locales).to.not.include('en-XA');
  });

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}" has every UI string through msg()`, async () => {
        await setLocale('en-XA');
        expect(getLocale()).to.equal('en-XA');
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        const configured = el.getAttributeNames().map((name) => el.getAttribute(name) ?? '');
        const allowed = new Set([...dataStrings, ...configured]);
        const escaped = visibleStrings(shadow(el)).flatMap((text) => escapedText(text, allowed));
        expect(escaped, 'text not translated through msg()').to.deep.equal([]);
      });
    }

    it(`<${component.tag}> re-renders when the locale changes`, async () => {
      const { el } = await render(renderModes[0]!, component.fixtures[0]!.template(), [component.module]);
      const before = shadow(el).textContent;
      await setLocale('en-XA');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(el).textContent).to.not.equal(before);
      expect(shadow(el).textContent).to.contain('⟦');
      await setLocale('en-GB');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(el).textContent).to.equal(before);
    });
  }
});
