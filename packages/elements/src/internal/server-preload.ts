/**
 * In browsers nothing is preloaded: `internal/chunks.ts` loads each part of the data on
 * demand. (`#server-preload` resolves here for every condition but `node`; see package.json
 * `imports`.)
 */
import type { Preload } from './server-preload.node.js';

export const serverPreload: Preload | undefined = undefined;
