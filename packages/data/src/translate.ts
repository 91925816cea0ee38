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
 * help, reasons, paragraphs, steps, cautions; a scenario's situation, question and feedback, and
 * what to remember); ids, numbers, addresses, dates and the titles
 * of sources (English documents) are kept as they are. An answer of a referral flow is
 * translated as an answer to its question (Welsh says "Oes" or "Ydy" for "Yes", by the
 * question's verb). Each locale's strings load on first use, from
 * `@ctkit/data/translations/<locale>` (each training scenario set's own text from
 * `@ctkit/data/translations/scenarios-<set>-<locale>`, loaded only for that set); they are drafts until a native speaker has reviewed them
 * (see docs/localization.md).
 *
 * @module
 */
import type { Contact, GuidanceTopic, IndicatorSet, ReferralFlow, ScenarioSet, Sector } from './schemas.js';
import type { PathKey } from './validate.js';
import { deepFreeze } from './define.js';
import { translatedFields, untranslatedBranches } from './translated-fields.js';
import { scenarioText } from './translations/scenario-text.js';

/** The languages the dataset is translated into, each as far as its translators have gone. */
export const dataLocales = ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'] as const;

/** A language the dataset is translated into: Welsh, Polish, Romanian, Albanian, Vietnamese, Arabic. */
export type DataLocale = (typeof dataLocales)[number];

/** A record in a locale, with what is still in English marked. */
export interface Translated<T> {
  /**
   * The record: each string a reader sees in {@link Translated.locale} where it is
   * translated, else in English. A copy, frozen; the record you gave is left as it was.
   */
  readonly record: T;
  /** The locale asked for (`en` when English was asked for: nothing is translated). */
  readonly locale: DataLocale | 'en';
  /**
   * Where a translatable string is still in English, as keys from the record (as in a
   * `ValidationError`'s path, without its root): `['phones', 0, 'label']`. A name that stays
   * the same in the translation (many do) counts as English.
   */
  readonly english: readonly (readonly PathKey[])[];
  /**
   * The language of the text at `path`, for a `lang` attribute: the locale where that string
   * was translated, `'en'` anywhere else (a string left in English, the title of a source, a
   * field that is not translated, a path the record does not have).
   */
  lang(...path: PathKey[]): DataLocale | 'en';
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

/** The translation of `text` in `table` (an answer's first in the context of its question), if it has one of its own. */
function lookUp(table: Table, text: string, context: string | undefined): string | undefined {
  for (const key of context === undefined ? [text] : [`${context}\u0004${text}`, text]) {
    const found = Object.hasOwn(table, key) ? table[key] : undefined;
    if (typeof found === 'string' && found !== '' && found !== text) return found;
  }
  return undefined;
}

/** What a walk through a record found: the paths translated, and those left in English. */
interface Walk {
  readonly table: Table;
  readonly translated: PathKey[][];
  readonly english: PathKey[][];
}

/** A copy of `value` with each string a reader sees looked up; `field` is the key it is under. */
function translateValue(value: unknown, walk: Walk, path: PathKey[], field: string, context?: string): unknown {
  if (typeof value === 'string') {
    if (!translatedFields.has(field)) return value;
    const found = lookUp(walk.table, value, context);
    (found === undefined ? walk.english : walk.translated).push(path);
    return found ?? value;
  }
  if (Array.isArray(value)) return value.map((item, i) => translateValue(item, walk, [...path, i], field, context));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(record)) {
    // Sources and credits name English documents: copied as they are (a copy, so freezing
    // the result never freezes what the caller gave).
    if (untranslatedBranches.has(key)) out[key] = item === undefined ? item : JSON.parse(JSON.stringify(item));
    // An answer is translated as an answer to its question.
    else if (key === 'answers' && record.type === 'question' && typeof record.text === 'string') {
      out[key] = translateValue(item, walk, [...path, key], key, record.text);
    } else out[key] = translateValue(item, walk, [...path, key], key, key === 'label' ? context : undefined);
  }
  return out;
}

const pathKey = (path: readonly PathKey[]): string => path.join('\u0000');

async function translate<T>(record: T, locale: DataLocale | 'en', scenarioSet?: string): Promise<Translated<T>> {
  if (locale !== 'en' && !isDataLocale(locale)) {
    throw new RangeError(`"${String(locale)}" is not a language the dataset is translated into: use one of en, ${dataLocales.join(', ')}`);
  }
  const own = scenarioSet !== undefined && Object.hasOwn(scenarioText, scenarioSet) ? scenarioText[scenarioSet]?.[locale] : undefined;
  const tables = locale === 'en' ? [] : await Promise.all([loaders[locale](), ...(own ? [own()] : [])]);
  const walk: Walk = { table: Object.assign({}, ...tables.map((module) => module.translations)) as Table, translated: [], english: [] };
  const copy = deepFreeze(translateValue(record, walk, [], '') as T);
  const translated = new Set(walk.translated.map(pathKey));
  return deepFreeze({
    record: copy,
    locale,
    english: walk.english,
    lang: (...path: PathKey[]) => (locale !== 'en' && translated.has(pathKey(path)) ? locale : 'en'),
  });
}

/**
 * `contact` in `locale`, as far as it is translated: its name (where it has one in that
 * language), summary, the labels and notes of its lines and links, and its confidence note.
 * `'en'` gives an English copy, every string marked English. Rejects with a `RangeError` for
 * any other locale that is not a {@link DataLocale}.
 */
export const translateContact = <C extends Contact>(contact: C, locale: DataLocale | 'en'): Promise<Translated<C>> => translate(contact, locale);

/** `set` in `locale`, as far as it is translated: its title, summary, category titles and signs. */
export const translateIndicatorSet = <S extends IndicatorSet>(set: S, locale: DataLocale | 'en'): Promise<Translated<S>> => translate(set, locale);

/** `topic` in `locale`, as far as it is translated: its title, summary and every section. */
export const translateGuidanceTopic = <G extends GuidanceTopic>(topic: G, locale: DataLocale | 'en'): Promise<Translated<G>> =>
  translate(topic, locale);

/** `flow` in `locale`, as far as it is translated: every question, answer, step and caution. */
export const translateReferralFlow = <F extends ReferralFlow>(flow: F, locale: DataLocale | 'en'): Promise<Translated<F>> => translate(flow, locale);

/** `sector` in `locale`, as far as it is translated: its name (who works there, `roles`, stays English). */
export const translateSector = <S extends Sector>(sector: S, locale: DataLocale | 'en'): Promise<Translated<S>> => translate(sector, locale);

/**
 * `set` in `locale`, as far as it is translated: its title, summary, every scenario, choice and
 * feedback, and what to remember. A set of the dataset loads its own text with the locale's
 * table; your own set (an id the dataset does not have) is looked up in the locale's main table
 * alone, so a string it shares with a dataset scenario stays English.
 */
export const translateScenarioSet = <S extends ScenarioSet>(set: S, locale: DataLocale | 'en'): Promise<Translated<S>> => translate(set, locale, set.id);
