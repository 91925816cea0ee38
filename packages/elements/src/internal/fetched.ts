/**
 * What a JSON address an element was given (`src`, `extra-src`, `contact-src`) gave, as a
 * resolution: loading until the load for that address has settled, an error that names the
 * address and what went wrong, or the parsed JSON (to validate next).
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Fetched } from './json-source.js';
import { code } from './markup.js';
import { failed, loading, type Resolution } from './resolution.js';

export function fetchedValue(src: string, fetched: Fetched | undefined): Resolution<never> | { readonly state: 'ready'; readonly value: unknown } {
  if (fetched?.src !== src) return loading;
  const cannot = () => msg(html`The contacts could not be loaded from "${src}".`);
  if ('failed' in fetched) {
    return failed(() => html`${cannot()} ${msg('The request failed: the address may be wrong, the server down or too slow, or the browser may have blocked it (CORS or Content-Security-Policy).')}`);
  }
  if ('status' in fetched) return failed(() => html`${cannot()} ${msg(html`The server answered ${code(fetched.status)}.`)}`);
  if ('json' in fetched) return failed(() => html`${cannot()} ${msg('The file is not valid JSON:')} ${code(fetched.json)}`);
  return { state: 'ready', value: fetched.value };
}

/** The start of the notice for a file whose contacts the validator refused. */
export const notValid = (src: string) => msg(html`The contacts from "${src}" cannot be shown because some are not valid:`);
