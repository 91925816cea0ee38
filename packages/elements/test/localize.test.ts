// No UI string may escape msg(). In the pseudo-locale en-XA every msg() string is accented
// and bracketed, so after switching to it, any plain ASCII letter left in a component's text
// or accessible names must come from the data or from the fixture's own configuration.
import { cleanupFixtures, render, renderModes, shadow, visibleStrings } from './fixture.js';
import { expect } from '@open-wc/testing';
import * as data from '@ctkit/data';
import { components } from './registry.js';
import { datasetUnits } from './xliff.js';
import { getLocale, locales, setLocale } from '../dist/localize.js';
import { html } from 'lit';
import { welshSafeguardingLead } from '../src/contacts.fixtures.js';
import { translations as cy } from '@ctkit/data/translations/cy';
import { translations as pl } from '@ctkit/data/translations/pl';
import { translations as ro } from '@ctkit/data/translations/ro';
import { translations as sq } from '@ctkit/data/translations/sq';
import { translations as vi } from '@ctkit/data/translations/vi';
import { translations as ar } from '@ctkit/data/translations/ar';

/**
 * Strings from the dataset that a component may show as they are: names, numbers as written,
 * summaries, link labels and addresses, and ids (error messages list them). Enum values such
 * as `report` or `always` are not among them: a component shows those through msg().
 */
const shownKeys = new Set(['id', 'name', 'organisation', 'summary', 'display', 'label', 'note', 'confidenceNote', 'title', 'address', 'url', 'text', 'licence', 'why', 'body', 'help', 'steps']);
function shownStrings(value: unknown, into: Set<string> = new Set(), key = ''): Set<string> {
  if (typeof value === 'string') {
    if (shownKeys.has(key)) into.add(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => shownStrings(v, into, key));
  } else if (value && typeof value === 'object') {
    Object.entries(value).forEach(([k, v]) => shownStrings(v, into, k));
  }
  return into;
}
const dataStrings = shownStrings(Object.values(data).filter((v) => typeof v !== 'function'));
/**
 * The dataset's text in every locale: an awareness poster the reader switched shows it in its own
 * language, whatever the UI's (a line's 999 a link, so the text either side of it too).
 */
const translatedData = [cy, pl, ro, sq, vi, ar].flatMap((table) => Object.values(table)).flatMap((text) => [text, ...text.split('999')]);

/** Strings from the data in words (as collected for translators), which another locale must mark as English. */
const wordStrings = async () => new Set((await datasetUnits('cy')).map((unit) => unit.source).filter((t) => /[A-Za-z]{2}/.test(t)));

/**
 * The parts of `text` outside pseudo-translated runs that contain letters and are not a value
 * from the data or the fixture's configuration (or a comma-separated list of such values).
 */
const trimPunctuation = (text: string) => text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

function escapedText(text: string, allowed: ReadonlySet<string>): string[] {
  return text
    .split(/⟦[^⟧]*⟧/)
    .map(trimPunctuation)
    .filter((piece) => /[A-Za-z]/.test(piece) && !/^https?:\/\/\S+$/.test(piece)) // an address is not text to translate
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

  it('shows your own contact in the language it says it is written in, never marked English', async () => {
    const templates = [
      html`<ctk-contact-directory .extraContacts=${[welshSafeguardingLead]}></ctk-contact-directory>`,
      html`<ctk-helpline-banner .contact=${welshSafeguardingLead}></ctk-helpline-banner>`,
      html`<ctk-indicator-checklist .contact=${welshSafeguardingLead} .checked=${['general-isolated']}></ctk-indicator-checklist>`,
    ];
    const modules = ['contact-directory/define.js', 'helpline-banner/define.js', 'indicator-checklist/define.js'];
    /** The language each text of the Welsh contact is read in: its nearest `lang`. */
    const languages = (el: Element) =>
      [...shadow(el).querySelectorAll('*')]
        .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && /Arweinydd diogelu|Dywedwch wrth|Ffôn symudol/.test(child.textContent!)))
        .map((node) => node.closest('[lang]')?.getAttribute('lang'));
    for (const locale of ['en-GB', 'cy', 'pl']) {
      await setLocale(locale);
      for (const template of templates) {
        const { el } = await render(renderModes[0]!, template, modules);
        const found = languages(el);
        expect(found.length, `${el.localName} in ${locale}`).to.be.greaterThan(0);
        expect(found.every((lang) => lang === 'cy'), `${el.localName} in ${locale}: ${found.join(', ')}`).to.equal(true);
        cleanupFixtures();
      }
    }
  });

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}" has every UI string through msg()`, async () => {
        await setLocale('en-XA');
        expect(getLocale()).to.equal('en-XA');
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        // Values the fixture configures: attributes, strings in property values (a custom
        // contact) and in the files `src`, `extra-src` and `contact-src` load.
        const files = ['src', 'extra-src', 'contact-src'].flatMap((name) => el.getAttribute(name) ?? []);
        const loaded: unknown = await Promise.all(files.map((file) => fetch(file).then((response) => (response.ok ? response.json() : null)).catch(() => null)));
        const configured = [...el.getAttributeNames().map((name) => el.getAttribute(name) ?? ''), ...shownStrings([fixture.template().values, loaded])];
        // The awareness poster alone shows the data in a language of the reader's choosing.
        const ownLanguage = component.tag === 'ctk-awareness-poster' ? translatedData : [];
        const allowed = new Set([...dataStrings, ...ownLanguage, ...configured].map(trimPunctuation));
        // Text inside lang="en" is marked as left in English;
        // translate="no" marks identifiers and machine messages.
        const escaped = visibleStrings(shadow(el), { skipLang: true }).flatMap((text) => escapedText(text, allowed));
        expect(escaped, 'text not translated through msg()').to.deep.equal([]);
      });
    }

    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}" re-renders when the locale changes`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        const update = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const before = visibleStrings(shadow(el)).join('');
        await setLocale('en-XA');
        await update();
        const after = visibleStrings(shadow(el)).join('');
        expect(after).to.not.equal(before);
        expect(after).to.contain('⟦');
        await setLocale('en-GB');
        await update();
        expect(visibleStrings(shadow(el)).join('')).to.equal(before);
      });
    }

    for (const fixture of component.fixtures.filter((f) => !f.error)) {
      it(`<${component.tag}> "${fixture.name}" marks the data it shows as English in another locale`, async () => {
        await setLocale('en-XA');
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        // Text nodes that are a whole value of the data, in words (not ids, numbers or addresses).
        const words = await wordStrings();
        const unmarked: string[] = [];
        const walk = (root: ShadowRoot | Element) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.ELEMENT_NODE) {
              if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
              continue;
            }
            const text = node.textContent!.trim();
            if (words.has(text) && !node.parentElement?.closest('[lang="en"], [translate="no"], style')) unmarked.push(text);
          }
        };
        walk(shadow(el));
        expect(unmarked, 'data text shown without lang="en"').to.deep.equal([]);
      });
    }
  }
});
