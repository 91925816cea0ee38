/**
 * `@ctkit/elements/localize.js`: choose the language of every ctkit element on the page.
 * A locale loads on demand: its UI strings, and the dataset's text in that language
 * (`@ctkit/data/translations/<locale>`) where it has been translated; text left in English
 * is marked `lang="en"`. `en-XA` is a pseudo-locale for testing (every UI string accented
 * and bracketed); it is loadable but not listed in {@link locales}.
 * @module
 */
import { localization } from './internal/localization.js';
import { localeStatus } from './internal/locale-status.js';

export { locales, localeStatus, matchLocale, type LocaleStatus } from './internal/locale-status.js';

const controls = localization((locale) => localeStatus[locale]?.dir ?? 'ltr');

/** The locale elements currently render in. */
export const getLocale: () => string = controls.getLocale;

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
export function setLocale(locale: string): Promise<void> {
  return controls.setLocale(locale);
}
