/**
 * In browsers the contact list is not bundled: `internal/contacts.ts` loads it on demand.
 * (`#contact-list` resolves here for every condition but `node`; see package.json `imports`.)
 */
import type { Contact } from '@ctkit/data/schemas';

export const preloadedContacts: readonly Contact[] | undefined = undefined;
