/**
 * ctkit's one configuration of @lit/localize: a locale's UI strings and the dataset's text in it
 * load on demand. `localize.js` (npm) configures it when it loads; the CDN entry
 * (`ctkit.min.js`), on the first `setLocale`, so a page that stays in English never loads it.
 * @module
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { addDataTranslations, followLocale } from './locale.js';

type TargetLocale = (typeof targetLocales)[number];
type LocaleModule = Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;

/** A locale's UI strings, with the dataset's text in it registered first. */
async function withData(locale: string, ui: Promise<LocaleModule>, data: Promise<{ translations: Readonly<Record<string, string>> }>): Promise<LocaleModule> {
  // If the dataset's text fails to load, the UI still switches: the data shows in English, marked.
  const [module, { translations }] = await Promise.all([ui, data.catch(() => ({ translations: {} }))]);
  addDataTranslations(locale, translations);
  return module;
}

// One static import() per file, so that bundlers can find them.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  'en-XA': () => import('../generated/locales/en-XA.js'),
  cy: () => withData('cy', import('../generated/locales/cy.js'), import('@ctkit/data/translations/cy')),
  pl: () => withData('pl', import('../generated/locales/pl.js'), import('@ctkit/data/translations/pl')),
  ro: () => withData('ro', import('../generated/locales/ro.js'), import('@ctkit/data/translations/ro')),
  sq: () => withData('sq', import('../generated/locales/sq.js'), import('@ctkit/data/translations/sq')),
  vi: () => withData('vi', import('../generated/locales/vi.js'), import('@ctkit/data/translations/vi')),
  ar: () => withData('ar', import('../generated/locales/ar.js'), import('@ctkit/data/translations/ar')),
};

/** The locale controls `localize.js` and the CDN entry export. */
export interface LocaleControls {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let controls: LocaleControls | undefined;

/**
 * Configures ctkit's localization, once: a second call (a second copy of the CDN entry on the
 * page) gets the same controls. `dir` gives each locale's writing direction.
 */
export function localization(dir: (locale: string) => 'ltr' | 'rtl'): LocaleControls {
  if (controls) return controls;
  const configured = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as TargetLocale](),
  });
  followLocale({ getLocale: configured.getLocale, dir });
  controls = {
    getLocale: configured.getLocale,
    // Server-rendered elements that are defined and still hydrating finish first, in the
    // locale the server rendered them in.
    async setLocale(locale: string): Promise<void> {
      const hydrating = [...document.querySelectorAll('*')].filter(
        (el): el is HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> } =>
          el.localName.startsWith('ctk-') && !!el.shadowRoot && customElements.get(el.localName) !== undefined && !el.hasAttribute('defer-hydration') && !(el as { hasUpdated?: boolean }).hasUpdated,
      );
      await Promise.all(hydrating.map((el) => el.updateComplete));
      await configured.setLocale(locale);
    },
  };
  return controls;
}
