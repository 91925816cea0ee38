/**
 * On the server (`node` condition of `#server-preload`) the whole contact list and the
 * validator are loaded up front: server rendering is synchronous, so an element must find
 * any contact, or check a custom one, at once.
 */
import { contacts } from '@ctkit/data/contacts';
import type { Contact } from '@ctkit/data/schemas';
import { parseContacts } from '@ctkit/data/validate';

export interface Preload {
  contacts: readonly Contact[];
  parseContacts: typeof parseContacts;
}

export const serverPreload: Preload | undefined = { contacts, parseContacts };
