import type { Contact, ContactCategory } from '@ctkit/data/schemas';
import { inSourceLocale, translateData, uiLang } from '../internal/locale.js';

/** A contact ready to search: its words folded to lower case without accents, and the digits of its numbers. */
export interface Entry {
  contact: Contact;
  /** One of the organisation's own contacts (`extraContacts`): shown first. */
  own: boolean;
  /** The words searched: name, organisation, former names, summary, phone labels. */
  words: readonly string[];
  /** The words folded, in English (the dataset's language). */
  text: string;
  digits: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Indexes `contact` once, so each keystroke only compares strings. */
export function toEntry(contact: Contact, own: boolean): Entry {
  const words = [contact.name, contact.organisation, ...(contact.formerNames ?? []), contact.summary, ...contact.phones.map((phone) => phone.label)].filter(
    (word): word is string => !!word,
  );
  return {
    contact,
    own,
    words,
    text: fold(words.join('\n')),
    // "+448000121700" and "08000 121 700" become "448000121700 08000121700".
    digits: contact.phones.map((phone) => `${phone.number} ${phone.display.replace(/\D/g, '')}`.replace(/\+/g, '')).join(' '),
  };
}

const translated = new WeakMap<Entry, { locale: string; text: string }>();

/** The entry's words folded: in English, and in the current locale where they are translated (computed once per locale). */
function translatedText(entry: Entry): string {
  let cached = translated.get(entry);
  if (cached?.locale !== uiLang()) {
    cached = { locale: uiLang(), text: `${entry.text}\n${fold(entry.words.map((word) => translateData(word) ?? '').join('\n'))}` };
    translated.set(entry, cached);
  }
  return cached.text;
}

/**
 * A test for `query`: every word must appear in the contact's words (in English or in the
 * current locale) or numbers; a query that is a number once spaces, dashes, brackets and `+`
 * are removed matches a number written with or without them ("0800 555 111", "0800555111",
 * "+44 800 555 111").
 */
export function matcher(query: string): (entry: Entry) => boolean {
  const words = fold(query).trim().split(/\s+/);
  const number = words.join('').replace(/[-().+]/g, '');
  const isNumber = /^\d{2,}$/.test(number);
  const textOf = inSourceLocale() ? (entry: Entry) => entry.text : translatedText;
  return (entry) => {
    if (isNumber && entry.digits.includes(number)) return true;
    const text = textOf(entry);
    for (const word of words) if (!text.includes(word) && !entry.digits.includes(word)) return false;
    return true;
  };
}

/** Categories in the order groups are shown: the organisation's own first, then emergency. */
export const order: readonly ContactCategory[] = ['internal', 'emergency', 'report', 'advice', 'support'];

/** The entry's group: the organisation's own contacts (and any `internal` one) come first. */
export const groupOf = (entry: Entry): ContactCategory => (entry.own ? 'internal' : entry.contact.category);

/** `entries` in the directory's order of groups, each group in the order given: in one pass, however long the list. */
export const inGroups = (entries: readonly Entry[]): Entry[] => order.flatMap((group) => entries.filter((entry) => groupOf(entry) === group));
