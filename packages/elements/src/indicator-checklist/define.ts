/**
 * `@ctkit/elements/indicator-checklist.js`: defines `<ctk-indicator-checklist>` and exports its
 * class. Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/indicator-checklist/indicator-checklist.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkIndicatorChecklist } from './indicator-checklist.js';

export * from './indicator-checklist.js';

if (tagFree('ctk-indicator-checklist')) customElements.define('ctk-indicator-checklist', CtkIndicatorChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-indicator-checklist': CtkIndicatorChecklist;
  }
  interface HTMLElementEventMap {
    'ctk-change': CustomEvent<{ checked: string[] }>;
  }
}
