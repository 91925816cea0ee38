/**
 * `@ctkit/elements/training-scenarios.js`: defines `<ctk-training-scenarios>` and exports its class. Loading it twice is
 * harmless: `define` skips a tag this version of ctkit already defined, and names in the console
 * another version, or another script, that took it first. Import
 * `@ctkit/elements/training-scenarios/training-scenarios.js` for the class alone.
 * @module
 */
import { CtkTrainingScenarios } from './training-scenarios.js';

export * from './training-scenarios.js';

CtkTrainingScenarios.define('ctk-training-scenarios');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/training-scenarios.js';
