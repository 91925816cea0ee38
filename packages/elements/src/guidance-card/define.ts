/**
 * `@ctkit/elements/guidance-card.js`: defines `<ctk-guidance-card>` and exports its
 * class. Loading it twice is harmless: `define` skips a tag this version of ctkit already
 * defined, and names in the console another version, or another script, that took it first.
 * Import `@ctkit/elements/guidance-card/guidance-card.js` for the class alone.
 * @module
 */
import { CtkGuidanceCard } from './guidance-card.js';

export * from './guidance-card.js';

CtkGuidanceCard.define('ctk-guidance-card');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/guidance-card.js';
