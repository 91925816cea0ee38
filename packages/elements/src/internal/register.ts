import { logConfigError } from './config-error.js';

/**
 * Registers `tag` for `element` unless the tag is taken. Taken by ctkit (this copy, or the
 * same element loaded again from another address), that is harmless; taken by another script,
 * ctkit's element cannot be used, and the console says so, naming the tag.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (!(existing as { ctkit?: boolean }).ctkit) {
    logConfigError(tag, `this tag is already defined by another script on the page, so ctkit's <${tag}> cannot be used here. Remove or rename the other definition.`);
  }
}
