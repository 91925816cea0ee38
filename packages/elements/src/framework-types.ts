/**
 * Types shared by the framework typings (`vue.ts`, `jsx.ts`): each ctkit tag's properties and
 * events. The per-tag list, `CtkElementProps`, is generated from the custom elements manifest
 * by the build (`src/generated/tags.ts`); the typings map it to each framework.
 * @module
 */
import type { LitElement } from 'lit';

export type { CtkElementProps } from './generated/tags.js';

/** An element's own public properties (not its methods, nor LitElement's), each optional. */
export type ElementProps<T extends LitElement> = {
  [K in keyof Omit<T, keyof LitElement> as T[K] extends (...args: never[]) => unknown ? never : K]?: T[K];
};
