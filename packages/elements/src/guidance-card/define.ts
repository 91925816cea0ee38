/**
 * `@ctkit/elements/guidance-card.js`: defines `<ctk-guidance-card>` and exports its
 * class. Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/guidance-card/guidance-card.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkGuidanceCard } from './guidance-card.js';

export * from './guidance-card.js';

if (tagFree('ctk-guidance-card')) customElements.define('ctk-guidance-card', CtkGuidanceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-guidance-card': CtkGuidanceCard;
  }
}
