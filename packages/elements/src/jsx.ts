/**
 * `@ctkit/elements/jsx.js`: types only, for React 19's JSX, which supports custom elements
 * natively. Import it once (`import type {} from '@ctkit/elements/jsx.js'`) to write ctkit's
 * tags in JSX with their properties typed (React 19 sets objects as properties) and their
 * events as `onctk-step`, `onctk-change` and `onctk-exit`. For React 18, or for camel-case
 * event props, use `@ctkit/react`.
 * @module
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CtkElementProps } from './framework-types.js';
import type { ReferralStepDetail } from './referral-flowchart/referral-flowchart.js';

type Tag = keyof CtkElementProps;
/** A tag's properties, without the Vue-style event props, with React's own attributes. */
type Base<T extends Tag> = Omit<CtkElementProps[T], 'onCtkStep' | 'onCtkChange' | 'onCtkExit'> &
  Omit<HTMLAttributes<HTMLElement>, keyof CtkElementProps[T]> &
  RefAttributes<HTMLElementTagNameMap[T]> & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ctk-helpline-banner': Base<'ctk-helpline-banner'>;
      'ctk-contact-directory': Base<'ctk-contact-directory'>;
      'ctk-indicator-checklist': Base<'ctk-indicator-checklist'> & { 'onctk-change'?: (event: CustomEvent<{ checked: string[] }>) => void };
      'ctk-guidance-card': Base<'ctk-guidance-card'>;
      'ctk-referral-flowchart': Base<'ctk-referral-flowchart'> & { 'onctk-step'?: (event: CustomEvent<ReferralStepDetail>) => void };
      'ctk-quick-exit': Base<'ctk-quick-exit'> & { 'onctk-exit'?: (event: Event) => void };
    }
  }
}
