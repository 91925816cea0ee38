/**
 * `@ctkit/elements/quick-exit.js`: defines `<ctk-quick-exit>` and exports its class.
 * Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/quick-exit/quick-exit.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkQuickExit } from './quick-exit.js';

export * from './quick-exit.js';

if (tagFree('ctk-quick-exit')) customElements.define('ctk-quick-exit', CtkQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-quick-exit': CtkQuickExit;
  }
  interface HTMLElementEventMap {
    'ctk-exit': Event;
  }
}
