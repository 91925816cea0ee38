import type { Contact } from '@ctkit/data/schemas';
import type { ParseResult, ValidationError } from '@ctkit/data/validate';
import { toEntry, type Entry } from './search.js';

/** Contacts checked at a time: a long list is checked a slice per task, so the page keeps answering. */
export const sliceSize = 1000;

/** The search entry of each contact checked in slices, made on the way (a long list's entries take time too). */
export const entries = new WeakMap<Contact, Entry>();

/** Lets the browser handle input and paint between two slices. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A count in a validator's last error, "and 9,900 more problems" → 9900; `undefined` for any other message. */
const moreIn = (error: ValidationError): number | undefined => {
  const found = error.path.length === 1 ? /^and ([\d,]+) more problems?$/.exec(error.message) : null;
  return found?.[1] === undefined ? undefined : Number(found[1].replace(/,/g, ''));
};

/**
 * `list` checked with `parse` (`parseContacts`), a slice per task: the same result as one call,
 * with each problem's path (and the place a duplicate id was first used) counted from the start
 * of the whole list, ids unique across slices, and at most `limit` problems (the validator's
 * `maxErrors`) then one saying how many more. Never rejects.
 */
export async function parseInSlices(
  list: readonly unknown[],
  parse: (input: unknown) => ParseResult<readonly Contact[]>,
  limit = 100,
): Promise<ParseResult<readonly Contact[]>> {
  const value: Contact[] = [];
  const errors: ValidationError[] = [];
  let more = 0;
  const add = (error: ValidationError) => {
    if (errors.length < limit) errors.push(error);
    else more += 1;
  };
  const first = new Map<string, number>();
  for (let start = 0; start < list.length; start += sliceSize) {
    const result = parse(list.slice(start, start + sliceSize));
    if (result.ok) {
      result.value.forEach((contact, i) => {
        const earlier = first.get(contact.id);
        if (earlier === undefined) first.set(contact.id, start + i);
        else add({ path: ['contacts', start + i, 'id'], pathText: `contacts[${start + i}].id`, message: `duplicate id "${contact.id}" (first used at [${earlier}])` });
        entries.set(contact, toEntry(contact, false));
        value.push(contact);
      });
    } else {
      for (const error of result.errors) {
        const [root, i, ...rest] = error.path;
        const left = moreIn(error);
        if (left !== undefined) more += left;
        else if (typeof i !== 'number') add(error);
        else {
          // `contacts[i]…` in the slice is `contacts[start + i]…` in the whole list, and so is a duplicate's first use.
          const message = error.message.replace(/\(first used at \[(\d+)\]\)$/, (_m, at: string) => `(first used at [${start + Number(at)}])`);
          add({ path: [root ?? 'contacts', start + i, ...rest], pathText: `contacts[${start + i}]${error.pathText.slice(`contacts[${i}]`.length)}`, message });
        }
      }
    }
    await pause();
  }
  if (more > 0) errors.push({ path: ['contacts'], pathText: 'contacts', message: `and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'}` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
