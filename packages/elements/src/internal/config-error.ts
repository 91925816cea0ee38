import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
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

/**
 * A configuration mistake that did not take the national information off the screen: a short
 * notice for the reader (what is shown instead), and what is wrong, for the web team, in a
 * collapsed part. The element shows the national numbers beside it.
 */
export function renderFallback(notice: string, detail: string | TemplateResult): TemplateResult {
  return html`<div part="error" class="error" role="alert" lang=${uiLang()} dir=${uiDir()}>
    <p class="notice">${notice}</p>
    <details>
      <summary>${msg('Details for the web team')}</summary>
      <div>${detail}</div>
    </details>
  </div>`;
}

/** How many of the validator's problems are listed; the rest are counted. */
const shownProblems = 10;

/** The count in the validator's last line ("contacts: and 9,900 more problems"), or 0 for any other problem. */
const countIn = (problem: string): number => Number(/^[\w.[\]]+: and ([\d,]+) more problems?$/.exec(problem)?.[1]?.replace(/,/g, '') ?? 0);

/**
 * The validator's problems as a list, in English (its messages are not translated): the first
 * ten, then how many more, counting those the validator itself only counted.
 */
export function problemList(problems: readonly string[]): TemplateResult {
  const named = problems.filter((problem) => countIn(problem) === 0);
  const more = named.length - Math.min(named.length, shownProblems) + problems.reduce((sum, problem) => sum + countIn(problem), 0);
  return html`<ul lang="en" dir="ltr">
      ${named.slice(0, shownProblems).map((problem) => html`<li>${problem}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${msg(str`And ${more} more problems.`)}</p>` : nothing}`;
}

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
