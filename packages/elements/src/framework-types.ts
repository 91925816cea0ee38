/**
 * Types shared by the framework typings (`vue.ts`, `jsx.ts`): each ctkit tag's properties and
 * events.
 * @module
 */
import type { LitElement } from 'lit';
import type { CtkContactDirectory } from './contact-directory/contact-directory.js';
import type { CtkGuidanceCard } from './guidance-card/guidance-card.js';
import type { CtkHelplineBanner } from './helpline-banner/helpline-banner.js';
import type { CtkIndicatorChecklist } from './indicator-checklist/indicator-checklist.js';
import type { CtkQuickExit } from './quick-exit/quick-exit.js';
import type { CtkReferralFlowchart, ReferralStepDetail } from './referral-flowchart/referral-flowchart.js';

/** An element's own public properties (not its methods, nor LitElement's), each optional. */
export type ElementProps<T extends LitElement> = {
  [K in keyof Omit<T, keyof LitElement> as T[K] extends (...args: never[]) => unknown ? never : K]?: T[K];
};

/** Props and event listeners of each ctkit tag. */
export interface CtkElementProps {
  'ctk-helpline-banner': ElementProps<CtkHelplineBanner>;
  'ctk-contact-directory': ElementProps<CtkContactDirectory>;
  'ctk-indicator-checklist': ElementProps<CtkIndicatorChecklist> & { onCtkChange?: (event: CustomEvent<{ checked: string[] }>) => void };
  'ctk-guidance-card': ElementProps<CtkGuidanceCard>;
  'ctk-referral-flowchart': ElementProps<CtkReferralFlowchart> & { onCtkStep?: (event: CustomEvent<ReferralStepDetail>) => void };
  'ctk-quick-exit': ElementProps<CtkQuickExit> & { onCtkExit?: (event: Event) => void };
}

