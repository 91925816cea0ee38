/**
 * `@ctkit/data/translate`: a record of the dataset (or your own) in another language, as far
 * as it is translated, with what is left in English marked.
 *
 * ```ts
 * import { getContact } from '@ctkit/data/contacts';
 * import { translateContact } from '@ctkit/data/translate';
 *
 * const welsh = await translateContact(getContact('modern-slavery-helpline'), 'cy');
 * welsh.record.summary; // in Welsh
 * welsh.lang('phones', 0, 'label'); // 'cy', or 'en' where that string is still in English
 * ```
 *
 * Only the text a reader sees is translated (names, summaries, labels, notes, titles, texts,
 * help, reasons, paragraphs, steps, cautions); ids, numbers, addresses, dates and the titles
 * of sources (English documents) are kept as they are. An answer of a referral flow is
 * translated as an answer to its question (Welsh says "Oes" or "Ydy" for "Yes", by the
 * question's verb). Each locale's strings load on first use, from
 * `@ctkit/data/translations/<locale>`; they are drafts until a native speaker has reviewed them
 * (see docs/localization.md).
 *
 * @module
 */
import type { Contact, GuidanceTopic, IndicatorSet, ReferralFlow, Sector } from './schemas.js';
import { deepFreeze } from './define.js';

/** The languages the dataset is translated into, each as far as its translators have gone. */
export const dataLocales = ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'] as const;

/** A language the dataset is translated into: Welsh, Polish, Romanian, Albanian, Vietnamese, Arabic. */
export type DataLocale = (typeof dataLocales)[number];

/** A step of a path into a record: a field's name, or a position in a list. */
export type RecordPathKey = string | number;

/** A record in a locale, with what is still in English marked. */
export interface Translated<T> {
  /** The record: each string a reader sees in {@link Translated.locale} where it is translated, else in English. Frozen. */
  readonly record: T;
  /** The locale asked for. */
  readonly locale: DataLocale;
  /**
   * Where a string is still in English, as keys from the record: `['phones', 0, 'label']`.
   * A name that stays the same in the translation (many do) counts as English.
   */
  readonly english: readonly (readonly RecordPathKey[])[];
  /**
   * The language of the string at `path`, for a `lang` attribute: `'en'` where it is still in
   * English, else the locale.
   */
  lang(...path: RecordPathKey[]): DataLocale | 'en';
}

type Table = Readonly<Record<string, string>>;

const loaders: Record<DataLocale, () => Promise<{ translations: Table }>> = {
  cy: () => import('./translations/cy.js'),
  pl: () => import('./translations/pl.js'),
  ro: () => import('./translations/ro.js'),
  sq: () => import('./translations/sq.js'),
  vi: () => import('./translations/vi.js'),
  ar: () => import('./translations/ar.js'),
};

/** Whether `locale` is a {@link DataLocale}: how a string from outside (a page's `lang`) becomes one. */
export function isDataLocale(locale: unknown): locale is DataLocale {
  return typeof locale === 'string' && (dataLocales as readonly string[]).includes(locale);
}

/** Fields whose text a reader sees (not under `source` or `credits`, which name English documents). */
const shown = new Set(['name', 'organisation', 'summary', 'label', 'note', 'confidenceNote', 'caution', 'title', 'text', 'help', 'why', 'body', 'steps']);
const notShown = new Set(['source', 'credits', 'id', 'url', 'address']);

/** `record` with each string a reader sees looked up in `table`; paths of what stays English into `english`. */
function translateValue(value: unknown, table: Table, english: RecordPathKey[][], path: RecordPathKey[], field: string, context?: string): unknown {
  if (typeof value === 'string') {
    if (!shown.has(field)) return value;
    const translated = (context !== undefined ? table[`${context}\u0004${value}`] : undefined) || table[value];
    if (translated && translated !== value) return translated;
    english.push(path);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => translateValue(item, table, english, [...path, i], field, context));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(record)) {
    if (notShown.has(key)) out[key] = item;
    // An answer is translated as an answer to its question.
    else if (key === 'answers' && record.type === 'question' && typeof record.text === 'string') {
      out[key] = translateValue(item, table, english, [...path, key], key, record.text);
    } else out[key] = translateValue(item, table, english, [...path, key], key, key === 'label' ? context : undefined);
  }
  return out;
}

async function translate<T>(record: T, locale: DataLocale): Promise<Translated<T>> {
  if (!isDataLocale(locale)) {
    throw new RangeError(`"${String(locale)}" is not a language the dataset is translated into: use one of ${dataLocales.join(', ')}`);
  }
  const { translations } = await loaders[locale]();
  const english: RecordPathKey[][] = [];
  const translated = deepFreeze(translateValue(record, translations, english, [], '') as T);
  const inEnglish = new Set(english.map((path) => path.join('\u0000')));
  return deepFreeze({
    record: translated,
    locale,
    english,
    lang: (...path: RecordPathKey[]) => (inEnglish.has(path.join('\u0000')) ? 'en' : locale),
  });
}

/**
 * `contact` in `locale`, as far as it is translated: its name (where it has one in that
 * language), summary, the labels and notes of its lines and links, and its confidence note.
 * Rejects with a `RangeError` for a locale that is not a {@link DataLocale}.
 */
export const translateContact = <C extends Contact>(contact: C, locale: DataLocale): Promise<Translated<C>> => translate(contact, locale);

/** `set` in `locale`, as far as it is translated: its title, summary, category titles and signs. */
export const translateIndicatorSet = <S extends IndicatorSet>(set: S, locale: DataLocale): Promise<Translated<S>> => translate(set, locale);

/** `topic` in `locale`, as far as it is translated: its title, summary and every section. */
export const translateGuidanceTopic = <G extends GuidanceTopic>(topic: G, locale: DataLocale): Promise<Translated<G>> => translate(topic, locale);

/** `flow` in `locale`, as far as it is translated: every question, answer, step and caution. */
export const translateReferralFlow = <F extends ReferralFlow>(flow: F, locale: DataLocale): Promise<Translated<F>> => translate(flow, locale);

/** `sector` in `locale`, as far as it is translated: its name. */
export const translateSector = <S extends Sector>(sector: S, locale: DataLocale): Promise<Translated<S>> => translate(sector, locale);
