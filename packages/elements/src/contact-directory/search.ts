import type { Contact } from '@ctkit/data/schemas';

/** A contact ready to search: its words folded to lower case without accents, and the digits of its numbers. */
export interface Entry {
  contact: Contact;
  /** One of the organisation's own contacts (`extraContacts`): shown first. */
  own: boolean;
  text: string;
  digits: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Indexes `contact` once, so each keystroke only compares strings. */
export function toEntry(contact: Contact, own: boolean): Entry {
  return {
    contact,
    own,
    text: fold([contact.name, contact.organisation, ...(contact.formerNames ?? []), contact.summary, ...contact.phones.map((phone) => phone.label)].join('\n')),
    // "+448000121700" and "08000 121 700" become "448000121700 08000121700".
    digits: contact.phones.map((phone) => `${phone.number} ${phone.display.replace(/\D/g, '')}`.replace(/\+/g, '')).join(' '),
  };
}

/**
 * A test for `query`: every word must appear in the contact's words or numbers; a query that
 * is a number once spaces, dashes, brackets and `+` are removed matches a number written
 * with or without them ("0800 555 111", "0800555111", "+44 800 555 111").
 */
export function matcher(query: string): (entry: Entry) => boolean {
  const words = fold(query).trim().split(/\s+/);
  const number = words.join('').replace(/[-().+]/g, '');
  const isNumber = /^\d{2,}$/.test(number);
  return (entry) => {
    if (isNumber && entry.digits.includes(number)) return true;
    for (const word of words) if (!entry.text.includes(word) && !entry.digits.includes(word)) return false;
    return true;
  };
}
