/**
 * On the server (`node` condition of `#contact-list`) the whole contact list is loaded up
 * front: server rendering is synchronous, so an element must find any contact at once.
 */
import { contacts } from '@ctkit/data/contacts';
import type { Contact } from '@ctkit/data/schemas';

export const preloadedContacts: readonly Contact[] | undefined = contacts;
