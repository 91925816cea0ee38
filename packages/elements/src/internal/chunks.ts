/**
 * The contact list and the contact validator, loaded on demand by elements that show contacts.
 *
 * In browsers both are separate chunks, so an element that needs neither costs nothing for
 * them; an element awaits {@link load} before updating, so the first render (and hydration)
 * already has them. On the server (Node) `#server-preload` resolves to a module that imports
 * both, since server rendering cannot wait.
 */
import type { Contact } from '@ctkit/data/schemas';
import type { ParseResult } from '@ctkit/data/validate';
import { serverPreload } from '#server-preload';

/** A chunk loaded on demand: the whole contact list, or the contact validator. */
export type Chunk = 'list' | 'parser';

/** The whole contact list and the contact list validator, once loaded (read only). */
export const loaded: { list?: readonly Contact[]; parser?: (input: unknown) => ParseResult<Contact[]> } = {
  list: serverPreload?.contacts,
  parser: serverPreload?.parseContacts,
};
/** Chunks that failed to load: one failure does not block the other. */
const failed = new Set<Chunk>();

/** Whether `chunk` has loaded or failed: an element may render without waiting. */
export const settled = (chunk: Chunk): boolean => !!loaded[chunk] || failed.has(chunk);

/** Loads `chunk` on demand; never rejects (after a failure the chunk stays missing). */
export async function load(chunk: Chunk): Promise<void> {
  if (settled(chunk)) return;
  try {
    if (chunk === 'list') loaded.list = (await import('@ctkit/data/contacts')).contacts;
    else loaded.parser = (await import('@ctkit/data/validate')).parseContacts;
  } catch {
    failed.add(chunk);
  }
}
