/**
 * `@ctkit/elements/localize.js`: choose the language of every ctkit element on the page.
 * Locale modules load on demand. `en-XA` is a pseudo-locale for testing (every UI string
 * accented and bracketed); it is loadable but not listed in {@link locales}.
 * @module
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  'en-XA': () => import('./generated/locales/en-XA.js'),
};

const pseudoLocales: readonly string[] = ['en-XA'];

/** Locales an integrator can offer: the source locale first, then the translations. */
export const locales: readonly string[] = [sourceLocale, ...targetLocales.filter((l) => !pseudoLocales.includes(l))];

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

/** The locale elements currently render in. */
export const getLocale: () => string = localization.getLocale;

/**
 * Switches every ctkit element on the page to `locale` (one of {@link locales}); resolves
 * once the locale has loaded and elements have re-rendered.
 */
export const setLocale: (locale: string) => Promise<void> = localization.setLocale;
