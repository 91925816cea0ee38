/**
 * `@ctkit/elements/contact-directory.js`: defines `<ctk-contact-directory>` and exports its
 * class. Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/contact-directory/contact-directory.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkContactDirectory } from './contact-directory.js';

export * from './contact-directory.js';

if (tagFree('ctk-contact-directory')) customElements.define('ctk-contact-directory', CtkContactDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-contact-directory': CtkContactDirectory;
  }
}
