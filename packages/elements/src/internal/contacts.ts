/**
 * Resolving an element's `contact` (an id from the data, or a custom contact object) to a
 * contact it may show, or to the reason it may not. The default helpline is bundled; the rest
 * of the list and the validator load on demand (see `chunks.ts`).
 */
import type { Contact } from '@ctkit/data/schemas';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { loaded, settled, type Chunk } from './chunks.js';

/** What an element can show for its `contact`. */
export type ContactResolution =
  | { ok: true; contact: Contact }
  | { ok: false; reason: 'unknown'; id: string; known: string }
  | { ok: false; reason: 'invalid'; problems: string[] }
  | { ok: false; reason: 'unavailable' };

/**
 * What is missing to resolve `value`: the list (an id other than the default), or the
 * validator (a contact object); nothing once those have loaded or failed.
 */
export function contactNeeds(value: unknown): Chunk[] {
  if (!value || value === helpline.id) return [];
  const need: Chunk = typeof value === 'string' ? 'contacts' : 'validate';
  return settled(need) ? [] : [need];
}

/**
 * The contact to show for `value`: an id (empty or absent: the default helpline), or a
 * custom contact, checked with `@ctkit/data/validate`. Call once {@link contactNeeds} is empty.
 */
export function resolveContact(value: unknown): ContactResolution {
  if (!value || value === helpline.id) return { ok: true, contact: helpline };
  const list = loaded.contacts?.contacts;
  if (typeof value === 'string') {
    const found = list?.find((contact) => contact.id === value);
    if (found) return { ok: true, contact: found };
    if (!list) return { ok: false, reason: 'unavailable' };
    return { ok: false, reason: 'unknown', id: value, known: list.map((contact) => contact.id).join(', ') };
  }
  const parse = loaded.validate?.parseContacts;
  if (!parse) return { ok: false, reason: 'unavailable' };
  const result = parse([value]);
  return result.ok
    ? { ok: true, contact: result.value[0] as Contact }
    : { ok: false, reason: 'invalid', problems: result.errors.map((e) => `${e.path.replace(/^contacts\[0\]/, 'contact')}: ${e.message}`) };
}
