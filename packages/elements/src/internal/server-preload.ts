/**
 * In browsers nothing is preloaded: `internal/chunks.ts` loads the contact list, the
 * validators and the indicator sets on demand. (`#server-preload` resolves here for every condition but `node`; see
 * package.json `imports`.)
 */
import type { Preload } from './server-preload.node.js';

export const serverPreload: Preload | undefined = undefined;
