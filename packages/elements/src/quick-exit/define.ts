/**
 * `@ctkit/elements/quick-exit.js`: defines `<ctk-quick-exit>` and exports its class.
 * Loading it twice is harmless: `define` skips a tag this version of ctkit already defined,
 * and names in the console another version, or another script, that took it first. Import
 * `@ctkit/elements/quick-exit/quick-exit.js` for the class alone.
 * @module
 */
import { CtkQuickExit } from './quick-exit.js';

export * from './quick-exit.js';

CtkQuickExit.define('ctk-quick-exit');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/quick-exit.js';
