/**
 * Resolving an element's `contact` (an id from the data, or a custom contact object) to a
 * contact it may show, or to the reason it may not.
 *
 * The default helpline is bundled. In browsers the rest of the list and the validator for
 * custom contacts load on demand (separate chunks), so an element that shows the default costs
 * only that record; an element calls {@link prepareContact} before updating, so the first
 * render (and hydration) already has the answer. On the server (Node) `#server-preload`
 * resolves to a module that imports both, since server rendering cannot wait.
 */
import type { Contact } from '@ctkit/data/schemas';
import type { ParseResult } from '@ctkit/data/validate';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { serverPreload } from '#server-preload';

export const defaultContactId = helpline.id;

/** What an element can show for its `contact`. */
export type ContactResolution =
  | { ok: true; contact: Contact }
  | { ok: false; reason: 'unknown'; id: string; known: string }
  | { ok: false; reason: 'invalid'; problems: string[] }
  | { ok: false; reason: 'unavailable'; detail: string };

let list: readonly Contact[] | undefined = serverPreload?.contacts;
let parse: ((input: unknown) => ParseResult<Contact[]>) | undefined = serverPreload?.parseContacts;
/** Why a chunk failed to load, by chunk: one failure does not block the other. */
const failed: { list?: string; parser?: string } = {};
const checked = new WeakMap<object, ContactResolution>();

/** What is missing to resolve `value`: the list (an id other than the default), or the parser. */
function missing(value: unknown): 'list' | 'parser' | undefined {
  if (!value || value === helpline.id) return undefined;
  if (typeof value === 'string') return list || failed.list ? undefined : 'list';
  return parse || failed.parser || checked.has(value as object) ? undefined : 'parser';
}

/** Whether {@link resolveContact} can answer for `value` now, without {@link prepareContact}. */
export const isContactReady = (value: unknown): boolean => !missing(value);

/** Loads what resolving `value` needs, on demand; never rejects. */
export async function prepareContact(value: unknown): Promise<void> {
  const need = missing(value);
  try {
    if (need === 'list') list = (await import('@ctkit/data/contacts')).contacts;
    if (need === 'parser') parse = (await import('@ctkit/data/validate')).parseContacts;
  } catch (error) {
    if (need) failed[need] = String(error);
  }
}

/**
 * The contact to show for `value`: an id (empty or absent: the default helpline), or a
 * custom contact, checked with `@ctkit/data/validate`. Call when {@link isContactReady}.
 */
export function resolveContact(value: unknown): ContactResolution {
  if (!value || value === helpline.id) return { ok: true, contact: helpline };
  if (typeof value === 'string') {
    const found = list?.find((contact) => contact.id === value);
    if (found) return { ok: true, contact: found };
    if (!list) return { ok: false, reason: 'unavailable', detail: failed.list ?? 'not loaded' };
    return { ok: false, reason: 'unknown', id: value, known: list.map((contact) => contact.id).join(', ') };
  }
  let resolution = checked.get(value as object);
  if (!resolution) {
    if (!parse) return { ok: false, reason: 'unavailable', detail: failed.parser ?? 'not loaded' };
    const result = parse([value]);
    resolution = result.ok
      ? { ok: true, contact: result.value[0] as Contact }
      : { ok: false, reason: 'invalid', problems: result.errors.map((e) => `${e.path.replace(/^contacts\[0\]/, 'contact')}: ${e.message}`) };
    if (typeof value === 'object') checked.set(value as object, resolution);
  }
  return resolution;
}
