/**
 * The locale ctkit elements render in, shared by every element. `@ctkit/elements/localize.js`
 * (ctkit's own configuration of @lit/localize) registers itself here with
 * {@link followLocale}; without it (on the server, or before it loads) elements render in the
 * source locale. Reading ctkit's own locale, not any @lit/localize status event on the page,
 * keeps an app's own copy of @lit/localize from relabelling ctkit's elements.
 */
const sourceLocale = 'en-GB';

/** What elements need to know of the page's locale, from `localize.js`. */
export interface LocaleSource {
  getLocale(): string;
  dir(locale: string): 'ltr' | 'rtl';
}

let source: LocaleSource | undefined;
const dataTranslations = new Map<string, Readonly<Record<string, string>>>();

/** Called once by `localize.js`. */
export function followLocale(localeSource: LocaleSource): void {
  source = localeSource;
}

/** The current locale, for a `lang` attribute. */
export const uiLang = (): string => source?.getLocale() ?? sourceLocale;

/** The writing direction of the current locale, for a `dir` attribute. */
export const uiDir = (): 'ltr' | 'rtl' => source?.dir(uiLang()) ?? 'ltr';

/** Whether the current locale is the source locale (British English, the dataset's language). */
export const inSourceLocale = (): boolean => uiLang() === sourceLocale;

/** Registers the dataset's text in `locale` (English → translation), from `@ctkit/data/translations/<locale>` (or the scenarios' own table), beside what it has. */
export function addDataTranslations(locale: string, translations: Readonly<Record<string, string>>): void {
  dataTranslations.set(locale, { ...dataTranslations.get(locale), ...translations });
}

/**
 * `text` from the dataset in the current locale; undefined when it has no translation there
 * (or its translation keeps the English, as a name often does). `context` is the question an
 * answer's label answers: its translation there comes first ("Yes" is "Oes" or "Ydy" in
 * Welsh, by the question's verb), then the label's own. `locale`: another than the page's (a
 * poster the reader switched to another language).
 */
export function translateData(text: string, context?: string, locale: string = uiLang()): string | undefined {
  const table = dataTranslations.get(locale);
  const translated = (context && table?.[`${context}\u0004${text}`]) || table?.[text];
  return translated && translated !== text ? translated : undefined;
}

/**
 * Gives each `<slot>` in `host`'s shadow root the page's language and direction, so content the
 * page slots in keeps them inside a root set to the UI locale (direction is inherited through
 * the slot). Call after each update.
 */
export function keepPageLanguage(host: HTMLElement & { renderRoot: ParentNode }): void {
  const lang = host.closest('[lang]')?.getAttribute('lang') ?? '';
  const dir = getComputedStyle(host).direction;
  for (const slot of host.renderRoot.querySelectorAll('slot')) {
    slot.lang = lang;
    slot.dir = dir;
  }
}
