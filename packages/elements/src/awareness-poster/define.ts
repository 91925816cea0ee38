/**
 * `@ctkit/elements/awareness-poster.js`: defines `<ctk-awareness-poster>` and exports its class. Loading it twice is
 * harmless: `define` skips a tag this version of ctkit already defined, and names in the console
 * another version, or another script, that took it first. Import
 * `@ctkit/elements/awareness-poster/awareness-poster.js` for the class alone.
 * @module
 */
import { CtkAwarenessPoster } from './awareness-poster.js';

export * from './awareness-poster.js';

CtkAwarenessPoster.define('ctk-awareness-poster');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/awareness-poster.js';
