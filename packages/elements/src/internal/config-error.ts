import { html, type TemplateResult } from 'lit';
import { uiDir, uiLang } from './locale.js';

/**
 * Reports a configuration mistake once in the console, prefixed with the tag name so the
 * integrator can find the element.
 */
export function logConfigError(tag: string, message: string): void {
  console.error(`<${tag}>: ${message}`);
}

/**
 * The visible form of a configuration mistake: never a blank, always a specific message in
 * `part="error"` with `role="alert"`, in the current locale's language and direction. A string `message` is rendered as text, never as HTML.
 */
export function renderConfigError(message: string | TemplateResult): TemplateResult {
  return html`<div part="error" class="error" role="alert" lang=${uiLang()} dir=${uiDir()}>${message}</div>`;
}

/** The validator's problems as a list, in English (its messages are not translated). */
export const problemList = (problems: readonly string[]): TemplateResult =>
  html`<ul lang="en" dir="ltr">
    ${problems.map((problem) => html`<li>${problem}</li>`)}
  </ul>`;

const logged = new WeakMap<Element, string>();

/** The text of `node` with white space collapsed, and each list item on a line of its own. */
function readable(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  const text = [...node.childNodes].map(readable).join('');
  return (node as Element).localName === 'li' ? `\n- ${text.trim()}` : text;
}

/**
 * Logs the configuration error `el` shows (the text of its `part="error"`) once per distinct
 * message, so the console says what the page says. Call after each update.
 */
export function logShownError(el: HTMLElement & { renderRoot: ParentNode }): void {
  const box = el.renderRoot.querySelector('[part="error"]');
  const error = box ? readable(box).replace(/ *\n */g, '\n').trim() : '';
  if (error && error !== logged.get(el)) logConfigError(el.localName, error);
  logged.set(el, error);
}
