/**
 * `@ctkit/elements/vue.js`: types only, for Vue 3. Import it once in your app
 * (`import type {} from '@ctkit/elements/vue.js'`) and Vue's tooling type-checks ctkit's tags in
 * templates: each element's properties as optional props, and its events (`onCtkStep`, …).
 * Tell Vue's compiler the tags are custom elements (`compilerOptions.isCustomElement:
 * (tag) => tag.startsWith('ctk-')`); see docs/getting-started.md.
 * @module
 */
import type { DefineComponent } from 'vue';
import type { CtkElementProps } from './framework-types.js';

export type { CtkElementProps, ElementProps } from './framework-types.js';

declare module 'vue' {
  interface GlobalComponents {
    'ctk-helpline-banner': DefineComponent<CtkElementProps['ctk-helpline-banner']>;
    'ctk-contact-directory': DefineComponent<CtkElementProps['ctk-contact-directory']>;
    'ctk-indicator-checklist': DefineComponent<CtkElementProps['ctk-indicator-checklist']>;
    'ctk-guidance-card': DefineComponent<CtkElementProps['ctk-guidance-card']>;
    'ctk-referral-flowchart': DefineComponent<CtkElementProps['ctk-referral-flowchart']>;
    'ctk-quick-exit': DefineComponent<CtkElementProps['ctk-quick-exit']>;
  }
}
