/**
 * Resolving an element's `contact` (an id from the data, or a custom contact object) or
 * `contact-src` (a JSON file) to a contact it may show, or to the reason it may not. The default helpline is bundled; the rest
 * of the list and the validator load on demand (see `chunks.ts`).
 */
import type { Contact } from '@ctkit/data/schemas';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { html } from 'lit';
import { msg } from '@lit/localize';
import { loaded, settled, type Chunk } from './chunks.js';
import { failed, invalid, problemsOf, ready, type Resolution } from './resolution.js';
import { fetchedValue, notValid } from './fetched.js';
import type { Fetched } from './json-source.js';
import { dataText } from './markup.js';
import { forNation, nationsOf, regionError } from './region.js';

/**
 * What is missing to resolve `value`: the list (an id other than the default), or the
 * validator (a contact object); nothing once those have loaded or failed.
 */
export function contactNeeds(value: unknown): Chunk[] {
  if (!value || value === helpline.id) return [];
  const need: Chunk = typeof value === 'string' ? 'contacts' : 'validate';
  return settled(need) ? [] : [need];
}

/** The list or the validator did not load. */
const unavailable = (): Resolution<never> => failed(() => msg('The contact could not be loaded. Check the connection and reload the page.'));

/**
 * The contact to show for `value`: an id (empty or absent: the default helpline), or a
 * custom contact, checked with `@ctkit/data/validate`. With a `region`, an id names the
 * dataset's contact for that need in that nation (see `region.ts`); your own contact is shown
 * as given. Call once {@link contactNeeds} is empty.
 */
export function resolveContact(value: unknown, region = ''): Resolution<Contact> {
  const wrongRegion = regionError(region);
  if (wrongRegion) return wrongRegion;
  if (!value || value === helpline.id) return ready(helpline);
  const list = loaded.contacts?.contacts;
  if (typeof value === 'string') {
    const found = list?.find((contact) => contact.id === value);
    // In a region, a contact that does not serve it gives way to its counterpart there (NHS 111 to NHS 24).
    if (found && list && region) {
      const there = forNation(found, nationsOf(region), list);
      return there ? ready(there) : failed(() => msg(html`"${dataText(found.name)}" does not serve the region "${region}".`));
    }
    if (found) return ready(found);
    if (!list) return unavailable();
    const known = list.map((contact) => contact.id).join(', ');
    return failed(() => msg(html`Unknown contact "${value}". Use one of: ${known}.`));
  }
  const parse = loaded.validate?.parseContact;
  if (!parse) return unavailable();
  const result = parse(value);
  return result.ok ? ready(result.value) : invalid(() => msg('This contact cannot be shown because it is not valid:'), problemsOf(result.errors));
}

/**
 * The contact in the JSON file at `src` (`contact-src`), once `fetched` holds what it gave:
 * one contact, or a list of them (the format of `@ctkit/data/json/contacts.json`, so one file
 * can serve every element), of which the first is shown. Validated whole; problems are named
 * from `contact-src`. Call once the validator has settled.
 */
export function contactFromFile(src: string, fetched: Fetched | undefined): Resolution<Contact> {
  const got = fetchedValue(src, fetched);
  if (got.state !== 'ready') return got;
  const validate = loaded.validate;
  if (!validate) return unavailable();
  const value = got.value;
  const result = Array.isArray(value) ? validate.parseContacts(value) : validate.parseContact(value);
  if (!result.ok) return invalid(() => notValid(src), problemsOf(result.errors, 'contact-src'));
  const first = Array.isArray(result.value) ? (result.value as readonly Contact[])[0] : (result.value as Contact);
  return first ? ready(first) : failed(() => msg('The list of contacts given is empty.'));
}
