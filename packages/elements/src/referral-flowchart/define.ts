/**
 * `@ctkit/elements/referral-flowchart.js`: defines `<ctk-referral-flowchart>` and exports its
 * class. Defining is skipped when the tag is taken, so loading this twice is harmless (a tag taken by another script is named in the console). Import
 * `@ctkit/elements/referral-flowchart/referral-flowchart.js` for the class alone.
 * @module
 */
import { tagFree } from '../internal/register.js';
import { CtkReferralFlowchart, type ReferralStepDetail } from './referral-flowchart.js';

export * from './referral-flowchart.js';

if (tagFree('ctk-referral-flowchart')) customElements.define('ctk-referral-flowchart', CtkReferralFlowchart);

declare global {
  interface HTMLElementTagNameMap {
    'ctk-referral-flowchart': CtkReferralFlowchart;
  }
  interface HTMLElementEventMap {
    'ctk-step': CustomEvent<ReferralStepDetail>;
  }
}
