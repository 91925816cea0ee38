import { html, type TemplateResult } from 'lit';

/**
 * Reports a configuration mistake once in the console, prefixed with the tag name so the
 * integrator can find the element.
 */
export function logConfigError(tag: string, message: string): void {
  console.error(`<${tag}>: ${message}`);
}

/**
 * The visible form of a configuration mistake: never a blank, always a specific message in
 * `part="error"` with `role="alert"`. A string `message` is rendered as text, never as HTML.
 */
export function renderConfigError(message: string | TemplateResult): TemplateResult {
  return html`<p part="error" class="error" role="alert">${message}</p>`;
}
