// Every component in every locale: switching re-renders it in that language, its root says
// which (lang, and dir="rtl" for Arabic), axe finds nothing, and the dataset's text is in that
// language as far as the locale's status promises; what is left in English is marked lang="en".
import { cleanupFixtures, render, renderModes, shadow, visibleStrings, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { hydrate } from '@lit-labs/ssr-client';
import { html } from 'lit';
import { translations as cy } from '@ctkit/data/translations/cy';
import { components } from './registry.js';
import { datasetUnits } from './xliff.js';
import { getLocale, locales, localeStatus, matchLocale, setLocale } from '../dist/localize.js';
import { expectAccessible } from './axe.js';

const translated = ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'];

/**
 * The dataset's English that `locale` promises to show in its own language: all of it, or the
 * contacts', as its status says; not where its translator kept the English (a name).
 */
async function promised(locale: string): Promise<ReadonlySet<string>> {
  const units = await datasetUnits(locale);
  const scope = localeStatus[locale]!.data === 'all' ? units : units.filter((unit) => unit.where.startsWith('contacts'));
  return new Set(scope.filter((unit) => unit.target !== unit.source).map((unit) => unit.source));
}

/** Promised English the element shows: marked as English, or unmarked inside the UI's own text. */
function leftInEnglish(el: Element, promise: ReadonlySet<string>): string[] {
  const marked = [...shadow(el).querySelectorAll('[lang="en"]')].map((node) => node.textContent!.trim()).filter((text) => promise.has(text));
  const long = [...promise].filter((text) => text.split(' ').length >= 3);
  const unmarked = visibleStrings(shadow(el), { skipLang: true })
    .map((text) => text.trim())
    .filter((text) => promise.has(text) || long.some((english) => text.includes(english)));
  return [...marked, ...unmarked];
}

/** The elements a component renders at the top of its shadow root. */
const roots = (el: Element) => [...shadow(el).children].filter((child) => child.localName !== 'style');
const updated = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

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
          const update = () => updated(el);
          const before = visibleText(shadow(el));

          await setLocale(locale);
          await update();
          expect(getLocale()).to.equal(locale);
          expect(visibleText(shadow(el)), 'text changes with the locale').to.not.equal(before);
          for (const root of roots(el)) {
            expect(root.getAttribute('lang'), `<${root.localName}> lang`).to.equal(locale);
            expect(root.getAttribute('dir'), `<${root.localName}> dir`).to.equal(localeStatus[locale]!.dir);
          }
          if (!fixture.error) expect(leftInEnglish(el, await promised(locale)), `text the ${locale} translation promises`).to.deep.equal([]);
          await expectAccessible(el);

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

  for (const locale of ['cy', 'ar']) {
    for (const component of components) {
      const fixture = component.fixtures.find((f) => !f.error)!;
      it(`<${component.tag}> "${fixture.name}", server-rendered and hydrated, then in ${locale}`, async () => {
        const { el } = await render(renderModes[1]!, fixture.template(), [component.module]);
        const before = visibleText(shadow(el));
        await setLocale(locale);
        await updated(el);
        expect(visibleText(shadow(el))).to.not.equal(before);
        for (const root of roots(el)) expect([root.getAttribute('lang'), root.getAttribute('dir')]).to.deep.equal([locale, localeStatus[locale]!.dir]);
        expect(leftInEnglish(el, await promised(locale))).to.deep.equal([]);
      });
    }
  }

  it('lets a server-rendered element finish hydrating in English when the locale is set at once', async () => {
    await import('../dist/helpline-banner/define.js');
    const template = html`<ctk-helpline-banner></ctk-helpline-banner>`;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      const el = await ssrNonHydratedFixture(template, { modules: ['helpline-banner/define.js'], base: new URL('../dist/', import.meta.url).href });
      hydrate(template, el.parentElement!);
      el.removeAttribute('defer-hydration'); // hydration starts (after its data loads)...
      await setLocale('cy'); // ...and the page sets its locale straight away
      await updated(el);
      expect(roots(el)[0]!.getAttribute('lang')).to.equal('cy');
      expect(shadow(el).textContent).to.contain(cy['Free, confidential help and advice from trained staff, day and night. You can report a concern, ask what to do, or get help for yourself, and you do not have to give your name.']);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors, 'hydration errors').to.deep.equal([]);
  });

  it("follows ctkit's own locale, not another copy of @lit/localize on the page", async () => {
    const { el } = await render(renderModes[0]!, html`<ctk-helpline-banner></ctk-helpline-banner>`, ['helpline-banner/define.js']);
    // What an app's own @lit/localize announces when it switches to French.
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'fr' } }));
    await updated(el);
    expect(roots(el)[0]!.getAttribute('lang')).to.equal('en-GB');
    expect(shadow(el).querySelector('[lang="en"]'), 'data not marked as left in English').to.be.null;
  });

  it('matches a reader\'s preferred languages to a locale ctkit has', () => {
    expect(matchLocale(['cy-GB'])).to.equal('cy');
    expect(matchLocale(['CY'])).to.equal('cy');
    expect(matchLocale(['fr-FR', 'ar-EG', 'pl'])).to.equal('ar');
    expect(matchLocale(['en-US'])).to.equal('en-GB');
    expect(matchLocale(['de', 'fr'])).to.equal('en-GB');
    expect(matchLocale([])).to.equal('en-GB');
  });
});
