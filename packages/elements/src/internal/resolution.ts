/**
 * What an element makes of its configuration, the one way every element says it: ready to
 * show, still loading (a `src` being fetched, a long list being checked), or an error. An error
 * carries its message for the page (a function: `msg()` must run at render time, in the locale
 * of the moment), the problems the validator found (so one element can merge another's), and,
 * where the national information stands in for what could not be shown, that `fallback`.
 */
import { html, type TemplateResult } from 'lit';
import type { ValidationError } from '@ctkit/data/validate';
import { problemList } from './config-error.js';

/** The message of an error, in the current locale. */
export type ErrorMessage = () => string | TemplateResult;

export type Resolution<T> =
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: ErrorMessage; readonly problems: readonly string[]; readonly fallback?: T };

export const ready = <T>(value: T): Resolution<T> => ({ state: 'ready', value });

export const loading: Resolution<never> = { state: 'loading' };

/** An error that is not the validator's: an unknown id, a chunk that did not load. */
export const failed = (message: ErrorMessage): Resolution<never> => ({ state: 'error', message, problems: [] });

/** What the validator refused: `intro` ("This … cannot be shown because it is not valid:"), then the problems as a list. */
export const invalid = (intro: ErrorMessage, problems: readonly string[]): Resolution<never> => ({
  state: 'error',
  message: () => html`${intro()} ${problemList(problems)}`,
  problems,
});

/** `resolution` as it is, or, when it is an error, with `fallback` standing in beside it. */
export const orFallback = <T>(resolution: Resolution<T>, fallback: T | undefined): Resolution<T> =>
  resolution.state === 'error' && fallback !== undefined ? { ...resolution, fallback } : resolution;

/** What the element shows: the value, or the fallback beside the error; `undefined` while loading or with nothing to show. */
export const shown = <T>(resolution: Resolution<T>): T | undefined =>
  resolution.state === 'ready' ? resolution.value : resolution.state === 'error' ? resolution.fallback : undefined;

/**
 * The validator's errors as problems, in its own wording (`formatError` of
 * `@ctkit/data/validate`: `contact.phones[0].number: must be…`); with `root`, each path starts
 * with the element's property instead of the parser's root (`contacts[0]` → `extraContacts[0]`).
 */
export const problemsOf = (errors: readonly Pick<ValidationError, 'path' | 'pathText' | 'message'>[], root?: string): string[] =>
  errors.map((e) => `${root ? root + e.pathText.slice(String(e.path[0] ?? '').length) : e.pathText}: ${e.message}`);
