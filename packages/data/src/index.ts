/**
 * `@ctkit/data`: the whole dataset and its schemas. Import a sub-entry
 * (`@ctkit/data/contacts`, `@ctkit/data/schemas`) to load only what you use.
 *
 * @module
 */
export * from './contacts.js';
export * from './schemas.js';
