/**
 * `@ctkit/elements/helpline-banner.js`: defines `<ctk-helpline-banner>` and exports its class.
 * Loading it twice is harmless: `define` skips a tag this version of ctkit already defined,
 * and names in the console another version, or another script, that took it first. Import
 * `@ctkit/elements/helpline-banner/helpline-banner.js` for the class alone.
 * @module
 */
import { CtkHelplineBanner } from './helpline-banner.js';

export * from './helpline-banner.js';

CtkHelplineBanner.define('ctk-helpline-banner');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/helpline-banner.js';
