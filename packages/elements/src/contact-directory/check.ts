import type { Contact } from '@ctkit/data/schemas';
import type { ParseResult, ValidationError } from '@ctkit/data/validate';
import { toEntry, type Entry } from './search.js';

/** Contacts checked at a time: a long list is checked a slice per task, so the page keeps answering. */
export const sliceSize = 1000;

/** The search entry of each contact checked in slices, made on the way (a long list's entries take time too). */
export const entries = new WeakMap<Contact, Entry>();

/** Lets the browser handle input and paint between two slices. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `list` checked with `parse` (`parseContacts`), a slice per task: the same result as one call,
 * with each problem's path counted from the start of the whole list, and ids unique across
 * slices. Never rejects.
 */
export async function parseInSlices(list: readonly unknown[], parse: (input: unknown) => ParseResult<readonly Contact[]>): Promise<ParseResult<readonly Contact[]>> {
  const value: Contact[] = [];
  const errors: ValidationError[] = [];
  const first = new Map<string, number>();
  for (let start = 0; start < list.length; start += sliceSize) {
    const result = parse(list.slice(start, start + sliceSize));
    if (result.ok) {
      result.value.forEach((contact, i) => {
        const earlier = first.get(contact.id);
        if (earlier === undefined) first.set(contact.id, start + i);
        else errors.push({ path: ['contacts', start + i, 'id'], pathText: `contacts[${start + i}].id`, message: `duplicate id "${contact.id}" (first used at contacts[${earlier}])` });
        entries.set(contact, toEntry(contact, false));
        value.push(contact);
      });
    } else {
      for (const error of result.errors) {
        // `contacts[i]…` in the slice is `contacts[start + i]…` in the whole list.
        const [root, i, ...rest] = error.path;
        if (typeof i !== 'number') errors.push(error);
        else errors.push({ path: [root ?? 'contacts', start + i, ...rest], pathText: `contacts[${start + i}]${error.pathText.slice(`contacts[${i}]`.length)}`, message: error.message });
      }
    }
    await pause();
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
