/**
 * `@ctkit/elements/contact-directory.js`: defines `<ctk-contact-directory>` and exports its
 * class. Loading it twice is harmless: `define` skips a tag this version of ctkit already
 * defined, and names in the console another version, or another script, that took it first.
 * Import `@ctkit/elements/contact-directory/contact-directory.js` for the class alone.
 * @module
 */
import { CtkContactDirectory } from './contact-directory.js';

export * from './contact-directory.js';

CtkContactDirectory.define('ctk-contact-directory');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/contact-directory.js';
