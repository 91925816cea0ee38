// Type-checked only (pnpm typecheck): @ctkit/elements/vue.js types each tag's props and events.
import type { GlobalComponents } from 'vue';
import type { CtkElementProps } from '@ctkit/elements/vue.js';

export const flow: CtkElementProps['ctk-referral-flowchart'] = {
  view: 'diagram',
  headingLevel: 3,
  onCtkStep: (event) => event.detail.answers.map((a) => a.answer),
};

// @ts-expect-error: the flowchart has no such view.
export const badView: CtkElementProps['ctk-referral-flowchart'] = { view: 'sideways' };

// @ts-expect-error: the checklist takes its sector as a string, not a list.
export const badSector: CtkElementProps['ctk-indicator-checklist'] = { sector: ['hospitality'] };

// Every tag is registered with Vue's template type-checking.
export type Registered = [
  GlobalComponents['ctk-helpline-banner'],
  GlobalComponents['ctk-contact-directory'],
  GlobalComponents['ctk-indicator-checklist'],
  GlobalComponents['ctk-guidance-card'],
  GlobalComponents['ctk-referral-flowchart'],
  GlobalComponents['ctk-quick-exit'],
];
