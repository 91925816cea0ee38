/**
 * `@ctkit/data`: the whole dataset, its schemas, validation and open-standard exports.
 * Import a sub-entry (`@ctkit/data/contacts`, `/indicators`, `/guidance`, `/referral`,
 * `/scenarios`, `/posters`, `/schemas`, `/validate`, `/translate`) to load only what you use.
 *
 * @module
 */
export * from './contacts.js';
export * from './emergency-line.js';
export * from './guidance.js';
export * from './indicators.js';
export * from './interop.js';
export * from './posters.js';
export * from './referral.js';
export * from './scenarios.js';
export * from './schemas.js';
export * from './translate.js';
export * from './validate.js';
