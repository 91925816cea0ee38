/**
 * `@ctkit/elements/jsx.js`: types only, for React 19's JSX, which supports custom elements
 * natively. Import it once (`import type {} from '@ctkit/elements/jsx.js'`) to write ctkit's
 * tags in JSX with their properties typed (React 19 sets objects as properties) and their
 * events as `onctk-step`, `onctk-change` and `onctk-exit`. For React 18, or for camel-case
 * event props, use `@ctkit/react`.
 * @module
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CtkElementEvents, CtkElementProps, CtkEventProp } from './generated/tags.js';

type Tag = keyof CtkElementProps;
/** A tag's properties, without the Vue-style event props, with React's own attributes. */
type Base<T extends Tag> = Omit<CtkElementProps[T], CtkEventProp> &
  Omit<HTMLAttributes<HTMLElement>, keyof CtkElementProps[T]> &
  RefAttributes<HTMLElementTagNameMap[T]> & { class?: string };
/** A tag's events as React 19 names them: `onctk-step` listens for `ctk-step`. */
type Listeners<T extends Tag> = {
  [E in keyof CtkElementEvents[T] & string as `on${E}`]?: (event: CtkElementEvents[T][E]) => void;
};
/** Every ctkit tag (the list is generated from the manifest), as JSX sees it. */
type CtkIntrinsicElements = { [T in Tag]: Base<T> & Listeners<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Merged into React's own: it takes ctkit's tags from the mapped type, with no members of its own.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CtkIntrinsicElements {}
  }
}
