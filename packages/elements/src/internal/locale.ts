/**
 * The locale ctkit elements render in, shared by every element: the UI strings follow
 * @lit/localize; this module follows the same status events, so an element can mark up its
 * root (`lang`, `dir`) and show the dataset's text in that locale where it has been translated.
 * The server renders in the source locale.
 */
import { LOCALE_STATUS_EVENT } from '@lit/localize';

const sourceLocale = 'en-GB';
let current = sourceLocale;
const dataTranslations = new Map<string, Readonly<Record<string, string>>>();

if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') current = event.detail.readyLocale;
  });
}

/** The current locale, for a `lang` attribute. */
export const uiLang = (): string => current;

/** The writing direction of the current locale, for a `dir` attribute. */
export const uiDir = (): 'ltr' | 'rtl' => (/^(ar|fa|he|ps|ur|yi)\b/.test(current) ? 'rtl' : 'ltr');

/** Whether the current locale is the source locale (British English, the dataset's language). */
export const inSourceLocale = (): boolean => current === sourceLocale;

/** Registers the dataset's text in `locale` (English → translation), from `@ctkit/data/translations/<locale>`. */
export function addDataTranslations(locale: string, translations: Readonly<Record<string, string>>): void {
  dataTranslations.set(locale, translations);
}

/**
 * `text` from the dataset in the current locale; undefined when it has no translation there
 * (or its translation keeps the English, as a name often does).
 */
export function translateData(text: string): string | undefined {
  const translated = dataTranslations.get(current)?.[text];
  return translated && translated !== text ? translated : undefined;
}
