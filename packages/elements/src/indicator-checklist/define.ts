/**
 * `@ctkit/elements/indicator-checklist.js`: defines `<ctk-indicator-checklist>` and exports its
 * class. Loading it twice is harmless: `define` skips a tag this version of ctkit already
 * defined, and names in the console another version, or another script, that took it first.
 * Import `@ctkit/elements/indicator-checklist/indicator-checklist.js` for the class alone.
 * @module
 */
import { CtkIndicatorChecklist } from './indicator-checklist.js';

export * from './indicator-checklist.js';

CtkIndicatorChecklist.define('ctk-indicator-checklist');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/indicator-checklist.js';
