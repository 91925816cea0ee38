/**
 * `@ctkit/elements/helpline-banner.js`: defines `<ctk-helpline-banner>` and exports its class.
 * Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/helpline-banner/helpline-banner.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkHelplineBanner } from './helpline-banner.js';

export * from './helpline-banner.js';

if (tagFree('ctk-helpline-banner')) customElements.define('ctk-helpline-banner', CtkHelplineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-helpline-banner': CtkHelplineBanner;
  }
}
