/**
 * Contacts for elements that show one by id. The default helpline is bundled; in browsers
 * the rest of the list loads on demand (a separate chunk), so an element that shows the
 * default costs only that record. On the server (Node) `#contact-list` resolves to a module
 * that imports the whole list, since server rendering cannot wait.
 */
import type { Contact } from '@ctkit/data/schemas';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { preloadedContacts } from '#contact-list';

export const defaultContactId = helpline.id;

let list: readonly Contact[] | undefined = preloadedContacts;
let failure: string | undefined;
let loading: Promise<void> | undefined;

/** Loads the whole contact list, once; never rejects (see {@link contactListFailure}). */
export function loadContacts(): Promise<void> {
  loading ??= import('@ctkit/data/contacts').then(
    (module) => {
      list = module.contacts;
    },
    (error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
    },
  );
  return loading;
}

/** The contact with this id; `pending` while the list it may be in has not loaded. */
export function findContact(id: string): Contact | undefined | 'pending' {
  if (id === helpline.id) return helpline;
  if (list) return list.find((contact) => contact.id === id);
  return failure === undefined ? 'pending' : undefined;
}

/** Ids a page may use, for error messages. */
export function knownContactIds(): string {
  return (list ?? [helpline]).map((contact) => contact.id).join(', ');
}

/** Why the list could not be loaded, if it could not. */
export function contactListFailure(): string | undefined {
  return failure;
}
