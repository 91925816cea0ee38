/**
 * The locales ctkit has, and how far each is translated: plain data, with no import, so the
 * CDN entry (`ctkit.min.js`) can offer a language menu before any element or Lit has loaded.
 * Public through `@ctkit/elements/localize.js`.
 * @module
 */

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

/** The language ctkit and its dataset are written in. */
export const sourceLocale = 'en-GB';

/** Locales an integrator can offer: the source locale first (British English), then the translations (not the pseudo-locale). */
export const locales: readonly string[] = Object.keys(localeStatus);

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
