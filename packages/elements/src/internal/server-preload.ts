/**
 * In browsers nothing is preloaded: `internal/contacts.ts` loads the contact list and the
 * validator on demand. (`#server-preload` resolves here for every condition but `node`; see
 * package.json `imports`.)
 */
import type { Preload } from './server-preload.node.js';

export const serverPreload: Preload | undefined = undefined;
