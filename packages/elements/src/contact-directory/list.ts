/**
 * The directory's list: the contacts given (`contacts` or the JSON `src` gave, else the data's),
 * validated, with the organisation's own (`extraContacts`, or the JSON `extra-src` gave) first; or, where they cannot be shown, the
 * national list beside the mistake. A long list is checked a slice at a time (`check.ts`): the
 * list is `loading` until then, and `changed` is called once it is done.
 */
import { msg } from '@lit/localize';
import type { Contact } from '@ctkit/data/schemas';
import type { ParseResult } from '@ctkit/data/validate';
import { loaded } from '../internal/chunks.js';
import { fetchedValue, notValid } from '../internal/fetched.js';
import type { Fetched } from '../internal/json-source.js';
import { nationsOf, regionError, serves } from '../internal/region.js';
import { failed, invalid, loading, orFallback, problemsOf, ready, shown, type Resolution } from '../internal/resolution.js';
import { entries as checkedEntries, parseInSlices, sliceSize } from './check.js';
import { inGroups, toEntry, type Entry } from './search.js';

/** What the page gave the directory. */
export interface Given {
  src: string;
  /** What `src` gave, once loaded. */
  fetched?: Fetched;
  contacts?: readonly Contact[];
  extraContacts?: readonly Contact[];
  /** The address of your own contacts (`extra-src`), loaded unless `extraContacts` is set. */
  extraSrc: string;
  /** What `extraSrc` gave, once loaded. */
  extraFetched?: Fetched;
  /** Where the reader is (see `region.ts`): the data's contacts are those serving it. */
  region: string;
}

export class ContactList {
  /** Long lists checked a slice at a time, by the list given: the result once done. */
  #checked = new WeakMap<readonly unknown[], ParseResult<readonly Contact[]>>();
  #checkingList?: readonly unknown[];
  /** The check of a long list under way, if any. */
  pending?: Promise<void>;
  readonly #changed: () => void;

  /** @param changed called once a long list has been checked (the host resolves its list again). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** The list to show: from `src`, `contacts` or the data, with `extraContacts` first; validated. */
  resolve(given: Given): Resolution<Entry[]> {
    // Fail safe: the national list stands in for what cannot be shown.
    const nations = nationsOf(given.region);
    const data = loaded.contacts?.contacts.filter((contact) => serves(contact, nations));
    const national = (data ?? []).map((contact) => toEntry(contact, false));
    const own = this.#resolveOwn(given, data);
    // An unknown region: named, beside what was given (your own contacts stay), with England and Wales's.
    const wrongRegion = regionError(given.region);
    return wrongRegion ? orFallback(wrongRegion, shown(own) ?? inGroups(national)) : orFallback(own, inGroups(national));
  }

  #resolveOwn({ src, fetched, contacts, extraContacts, extraSrc, extraFetched }: Given, data: readonly Contact[] | undefined): Resolution<Entry[]> {
    let input: unknown = contacts ?? data;
    if (src) {
      const got = fetchedValue(src, fetched);
      if (got.state !== 'ready') return got;
      input = got.value;
    }
    // Your own contacts: the property, else the file (not loaded while the property is set).
    let extra: unknown = extraContacts;
    const extraRoot = extraContacts || !extraSrc ? 'extraContacts' : 'extra-src';
    if (extraRoot === 'extra-src') {
      const got = fetchedValue(extraSrc, extraFetched);
      // While your file loads, the national list shows (999 never waits on it); yours goes above it once it arrives.
      if (got.state === 'ready') extra = got.value;
      else if (got.state !== 'loading') return got;
    }
    if (input === undefined) return failed(() => msg('The contact list could not be loaded. Check the connection and reload the page.'));
    const custom = input !== data;
    const parse =
      loaded.validate?.parseContacts ??
      ((): ParseResult<readonly Contact[]> => ({
        ok: false,
        errors: [{ path: ['contacts'], pathText: 'contacts', message: 'could not be checked: the validator did not load (check the connection and reload the page)' }],
      }));
    const problems: string[] = [];
    let pending = false;
    const check = (value: unknown, root: string): readonly Contact[] => {
      const result = Array.isArray(value) && value.length > sliceSize ? this.#checkLater(value, parse) : parse(value);
      if (!result) {
        pending = true;
        return [];
      }
      if (result.ok) return result.value;
      for (const error of result.errors) {
        let name: unknown;
        try {
          const index = error.path[1];
          if (typeof index === 'number') name = (value as { name?: unknown }[])[index]?.name;
        } catch {
          // an unreadable record: the validator says so
        }
        problems.push(`${problemsOf([error], root)[0]}${typeof name === 'string' ? ` (in "${name}")` : ''}`);
      }
      return [];
    };
    const own = extra !== undefined ? check(extra, extraRoot) : [];
    const ownProblems = problems.length;
    const list = custom ? check(input, 'contacts') : (input as readonly Contact[]);
    if (pending) return loading;
    // The file whose contacts are not valid, if one is: the message names it.
    const file = ownProblems > 0 && extraRoot === 'extra-src' ? extraSrc : problems.length > ownProblems ? src : '';
    const ownIds = new Set(own.map((contact) => contact.id));
    list.forEach((contact, i) => {
      if (ownIds.has(contact.id)) problems.push(`contacts[${i}].id: "${contact.id}" is also the id of one of ${extraRoot}`);
    });
    if (problems.length > 0) {
      return invalid(
        () => (file ? notValid(file) : msg('These contacts cannot be shown because some are not valid:')),
        problems,
      );
    }
    // An empty list of your own would leave a reader with no number at all.
    if (own.length === 0 && list.length === 0) return failed(() => msg('The list of contacts given is empty.'));
    const entries = [...own.map((contact) => toEntry(contact, true)), ...list.map((contact) => checkedEntries.get(contact) ?? toEntry(contact, false))];
    return ready(inGroups(entries));
  }

  /**
   * A long list's result once it has been checked a slice at a time; until then `undefined`,
   * and the check runs (once per list given), then the list updates.
   */
  #checkLater(list: readonly unknown[], parse: (input: unknown) => ParseResult<readonly Contact[]>): ParseResult<readonly Contact[]> | undefined {
    const done = this.#checked.get(list);
    if (done || this.#checkingList === list) return done;
    this.#checkingList = list;
    const checking: Promise<void> = parseInSlices(list, parse, loaded.validate?.maxErrors).then((result) => {
      this.#checked.set(list, result);
      if (this.pending === checking) {
        this.pending = undefined;
        this.#checkingList = undefined;
      }
      this.#changed();
    });
    this.pending = checking;
    return undefined;
  }
}
