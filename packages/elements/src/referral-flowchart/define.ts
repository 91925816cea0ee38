/**
 * `@ctkit/elements/referral-flowchart.js`: defines `<ctk-referral-flowchart>` and exports its
 * class. Loading it twice is harmless: `define` skips a tag this version of ctkit already
 * defined, and names in the console another version, or another script, that took it first.
 * Import `@ctkit/elements/referral-flowchart/referral-flowchart.js` for the class alone.
 * @module
 */
import { CtkReferralFlowchart } from './referral-flowchart.js';

export * from './referral-flowchart.js';

CtkReferralFlowchart.define('ctk-referral-flowchart');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/referral-flowchart.js';
