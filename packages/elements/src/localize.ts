/**
 * `@ctkit/elements/localize.js`: choose the language of every ctkit element on the page.
 * A locale loads on demand: its UI strings, and the dataset's text in that language
 * (`@ctkit/data/translations/<locale>`) where it has been translated; text left in English
 * is marked `lang="en"`. `en-XA` is a pseudo-locale for testing (every UI string accented
 * and bracketed); it is loadable but not listed in {@link locales}.
 * @module
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { addDataTranslations, followLocale } from './internal/locale.js';

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
  'en-XA': () => import('./generated/locales/en-XA.js'),
  cy: () => withData('cy', import('./generated/locales/cy.js'), import('@ctkit/data/translations/cy')),
  pl: () => withData('pl', import('./generated/locales/pl.js'), import('@ctkit/data/translations/pl')),
  ro: () => withData('ro', import('./generated/locales/ro.js'), import('@ctkit/data/translations/ro')),
  sq: () => withData('sq', import('./generated/locales/sq.js'), import('@ctkit/data/translations/sq')),
  vi: () => withData('vi', import('./generated/locales/vi.js'), import('@ctkit/data/translations/vi')),
  ar: () => withData('ar', import('./generated/locales/ar.js'), import('@ctkit/data/translations/ar')),
};

/** How far a locale is translated, and by whom it has been checked. */
export interface LocaleStatus {
  /** The language's name in that language, for a language menu. */
  readonly name: string;
  /** Its writing direction: elements set `dir` on their root from it. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * `source`: the language ctkit is written in. `draft`: translated, not yet reviewed by a
   * native speaker. `reviewed`: checked by a native speaker with the subject knowledge.
   */
  readonly status: 'source' | 'draft' | 'reviewed';
  /**
   * How much of the dataset's text (contacts, signs, guidance, the referral flow) is
   * translated: `all`, or `contacts` (the contacts' names, summaries and labels, so the
   * helpline banner and the contact lines are complete; the rest is shown in English,
   * marked `lang="en"`).
   */
  readonly data: 'all' | 'contacts';
  /** Who translated it and what is left to do, in English. */
  readonly note: string;
}

const draft = 'Draft, machine-assisted; not yet reviewed by a native speaker. Please report mistakes.';

/** The translation status of every locale in {@link locales}, in the order a language menu lists them. */
export const localeStatus: Readonly<Record<string, LocaleStatus>> = {
  'en-GB': { name: 'English', dir: 'ltr', status: 'source', data: 'all', note: 'The language ctkit and its dataset are written in.' },
  cy: { name: 'Cymraeg', dir: 'ltr', status: 'draft', data: 'all', note: draft },
  pl: { name: 'Polski', dir: 'ltr', status: 'draft', data: 'contacts', note: draft },
  ro: { name: 'Română', dir: 'ltr', status: 'draft', data: 'contacts', note: draft },
  sq: { name: 'Shqip', dir: 'ltr', status: 'draft', data: 'contacts', note: draft },
  vi: { name: 'Tiếng Việt', dir: 'ltr', status: 'draft', data: 'contacts', note: draft },
  ar: { name: 'العربية', dir: 'rtl', status: 'draft', data: 'contacts', note: draft },
};

/** Locales an integrator can offer: the source locale first, then the translations (not the pseudo-locale). */
export const locales: readonly string[] = Object.keys(localeStatus);

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

followLocale({ getLocale: localization.getLocale, dir: (locale) => localeStatus[locale]?.dir ?? 'ltr' });

/** The locale elements currently render in. */
export const getLocale: () => string = localization.getLocale;

/**
 * Switches every ctkit element on the page to `locale` (one of {@link locales}, or the
 * pseudo-locale `en-XA`); resolves once the locale has loaded, when elements start to
 * re-render (await an element's `updateComplete` to read it after). Rejects on a locale ctkit
 * does not have: use {@link matchLocale} to pick one from a reader's preferences.
 *
 * Server-rendered elements on the page that are defined and still hydrating finish first, in
 * English, as the server rendered them; an element defined later hydrates in the locale set
 * then, which fails: on a server-rendered page, load the element modules before `setLocale`.
 */
export async function setLocale(locale: string): Promise<void> {
  const hydrating = [...document.querySelectorAll('*')].filter(
    (el): el is HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> } =>
      el.localName.startsWith('ctk-') && !!el.shadowRoot && customElements.get(el.localName) !== undefined && !el.hasAttribute('defer-hydration') && !(el as { hasUpdated?: boolean }).hasUpdated,
  );
  await Promise.all(hydrating.map((el) => el.updateComplete));
  await localization.setLocale(locale);
}

/**
 * The best of {@link locales} for a reader who prefers `preferred`, in order (for example
 * `navigator.languages`, or `[document.documentElement.lang]`): an exact match (`cy`), else
 * the same language (`cy-GB` → `cy`, `en-US` → `en-GB`); the source locale when none matches.
 */
export function matchLocale(preferred: readonly string[]): string {
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const tag of preferred) {
    const found = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase()) ?? locales.find((locale) => language(locale) === language(tag));
    if (found) return found;
  }
  return sourceLocale;
}
