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
export async function parseInSlices(list: readonly unknown[], parse: (input: unknown) => ParseResult<Contact[]>): Promise<ParseResult<Contact[]>> {
  const value: Contact[] = [];
  const errors: ValidationError[] = [];
  const first = new Map<string, number>();
  for (let start = 0; start < list.length; start += sliceSize) {
    const result = parse(list.slice(start, start + sliceSize));
    if (result.ok) {
      result.value.forEach((contact, i) => {
        const earlier = first.get(contact.id);
        if (earlier === undefined) first.set(contact.id, start + i);
        else errors.push({ path: `contacts[${start + i}].id`, message: `duplicate id "${contact.id}" (first used at contacts[${earlier}])` });
        entries.set(contact, toEntry(contact, false));
        value.push(contact);
      });
    } else {
      for (const error of result.errors) errors.push({ ...error, path: error.path.replace(/^contacts\[(\d+)\]/, (_m, i: string) => `contacts[${start + Number(i)}]`) });
    }
    await pause();
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
