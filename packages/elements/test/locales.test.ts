// Every component in every locale: switching re-renders it in that language, its root says
// which (lang, and dir="rtl" for Arabic), axe finds nothing, and the dataset's text is in that
// language as far as the locale's status promises; what is left in English is marked lang="en".
import { cleanupFixtures, render, renderModes, shadow, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import * as data from '@ctkit/data';
import { translations as cy } from '@ctkit/data/translations/cy';
import { translations as pl } from '@ctkit/data/translations/pl';
import { translations as ro } from '@ctkit/data/translations/ro';
import { translations as sq } from '@ctkit/data/translations/sq';
import { translations as vi } from '@ctkit/data/translations/vi';
import { translations as ar } from '@ctkit/data/translations/ar';
import { components } from './registry.js';
import { getLocale, locales, localeStatus, setLocale } from '../dist/localize.js';

const tables: Record<string, Readonly<Record<string, string>>> = { cy, pl, ro, sq, vi, ar };
const translated = ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'];

/** The dataset's strings in words a reader sees, but not the titles of the English documents it cites. */
const wordKeys = new Set(['name', 'organisation', 'summary', 'label', 'note', 'confidenceNote', 'title', 'text', 'why', 'body', 'help', 'steps']);
function words(value: unknown, into: Set<string>, key = '', inSource = false): Set<string> {
  if (typeof value === 'string') {
    if (wordKeys.has(key) && !inSource) into.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => words(v, into, key, inSource));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) words(v, into, k, inSource || ['source', 'sources', 'credits'].includes(k));
  }
  return into;
}
const allWords = words([data.contacts, data.sectors, data.indicatorSets, data.guidance, data.referralFlows], new Set());
const contactWords = words(data.contacts, new Set());

/** The dataset's strings a locale promises in its own language (unless its translator kept the English, as for a name). */
function promised(locale: string): (text: string) => boolean {
  const scope = localeStatus[locale]!.data === 'all' ? allWords : contactWords;
  return (text) => scope.has(text) && tables[locale]![text] !== text;
}

/** The elements a component renders at the top of its shadow root. */
const roots = (el: Element) => [...shadow(el).children].filter((child) => child.localName !== 'style');

describe('locales', () => {
  afterEach(async () => {
    cleanupFixtures();
    await setLocale('en-GB');
  });

  it('lists the source locale and six translations, each with its status', () => {
    expect(locales).to.deep.equal(['en-GB', ...translated]);
    for (const locale of locales) {
      const status = localeStatus[locale];
      expect(status, locale).to.exist;
      expect(status!.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(status!.note).to.not.equal('');
    }
    expect(localeStatus['cy']!.data, 'Welsh has the whole dataset').to.equal('all');
  });

  for (const locale of translated) {
    for (const component of components) {
      for (const fixture of component.fixtures) {
        it(`<${component.tag}> "${fixture.name}" in ${locale}`, async () => {
          const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
          const update = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const before = visibleText(shadow(el));

          await setLocale(locale);
          await update();
          expect(getLocale()).to.equal(locale);
          expect(visibleText(shadow(el)), 'text changes with the locale').to.not.equal(before);
          for (const root of roots(el)) {
            expect(root.getAttribute('lang'), `<${root.localName}> lang`).to.equal(locale);
            expect(root.getAttribute('dir'), `<${root.localName}> dir`).to.equal(localeStatus[locale]!.dir);
          }
          if (!fixture.error) {
            const promisedHere = promised(locale);
            const leftInEnglish = [...shadow(el).querySelectorAll('[lang="en"]')].map((node) => node.textContent!.trim()).filter(promisedHere);
            expect(leftInEnglish, `text the ${locale} dataset translation should cover`).to.deep.equal([]);
          }
          await expect(el).to.be.accessible();

          await setLocale('en-GB');
          await update();
          expect(visibleText(shadow(el)), 'back in English').to.equal(before);
          for (const root of roots(el)) expect(root.getAttribute('lang')).to.equal('en-GB');
        });
      }
    }
  }

  it('<ctk-contact-directory> searches the contacts in Welsh as well as in English', async () => {
    await setLocale('cy');
    const { el } = await render(renderModes[0]!, html`<ctk-contact-directory query="ambiwlans"></ctk-contact-directory>`, ['contact-directory/define.js']);
    const names = () => [...shadow(el).querySelectorAll('[part="name"]')].map((name) => name.textContent!.trim());
    expect(names()).to.deep.equal([cy['Police, fire, ambulance: emergency']]);
    (el as HTMLElement & { query: string }).query = 'ambulance';
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(names()).to.deep.equal([cy['Police, fire, ambulance: emergency']]);
  });
});
