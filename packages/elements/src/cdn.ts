/**
 * The single-file CDN build, `ctkit.min.js`: Lit and the data inlined; defines every element
 * and exports the locale controls. It hydrates elements that were server-rendered
 * (`@ctkit/elements/ssr.js`) instead of rendering them a second time: Lit's hydration support
 * must come before any element is defined, so it is imported first.
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './all.js';
export { getLocale, locales, setLocale } from './localize.js';
