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

/** Every ctkit tag (the list is generated from the manifest) as a Vue component. */
type CtkGlobalComponents = { [T in keyof CtkElementProps]: DefineComponent<CtkElementProps[T]> };

declare module 'vue' {
  // Merged into Vue's own: it takes ctkit's tags from the mapped type, with no members of its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CtkGlobalComponents {}
}
