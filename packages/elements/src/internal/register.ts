import { logConfigError } from './config-error.js';

/**
 * Whether `tag` is free to define. Taken by ctkit (this copy, or the same element loaded again
 * from another address), that is harmless; taken by another script, ctkit's element cannot be
 * used, and the console says so, naming the tag. A define module calls
 * `customElements.define` itself when this says yes (so the manifest sees the tag).
 */
export function tagFree(tag: string): boolean {
  const existing = customElements.get(tag);
  if (existing && !(existing as { ctkit?: boolean }).ctkit) {
    logConfigError(tag, `this tag is already defined by another script on the page, so ctkit's <${tag}> cannot be used here. Remove or rename the other definition.`);
  }
  return !existing;
}
