/**
 * The single-file CDN build, `ctkit.min.js`: Lit and the data inlined; defines every element
 * and exports the locale controls.
 * @module
 */
export * from './all.js';
export { getLocale, locales, setLocale } from './localize.js';
