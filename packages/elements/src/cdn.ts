/**
 * The CDN build, `ctkit.min.js`: Lit and the data inlined; defines every element and exports
 * the locale controls. Each locale is a file beside it (`ctkit-cy.min.js`…) that
 * `setLocale` loads on demand (it imports nothing). It hydrates elements that were server-rendered
 * (`@ctkit/elements/ssr.js`) instead of rendering them a second time: Lit's hydration support
 * must come before any element is defined, so it is imported first.
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './all.js';
export { getLocale, locales, localeStatus, matchLocale, setLocale, type LocaleStatus } from './localize.js';
