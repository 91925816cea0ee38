/**
 * `ctkit.all.min.js`, in `dist/cdn/`: the single-file CDN build, for a page that can take only
 * one file: every element, Lit and its hydration support, and all the data inlined; defines
 * every element at once and exports their classes and the locale controls. Each locale is still
 * a file beside it (`ctkit-cy.min.js`…). `ctkit.min.js` loads only what a page shows.
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './all.js';
export { getLocale, locales, localeStatus, matchLocale, setLocale, type LocaleStatus } from './localize.js';
