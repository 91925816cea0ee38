/**
 * Small pieces of markup every component renders the same way.
 */
import { html, type TemplateResult } from 'lit';
import type { Phone } from '@ctkit/data/schemas';
import { inSourceLocale, translateData } from './locale.js';

/** A `tel:` link built from the phone's dialable `number`, showing the number as written. */
export const callLink = (phone: Phone): TemplateResult =>
  html`<a part="phone" href="tel:${phone.number}"><span class="number" dir="ltr">${phone.display}</span></a>`;

/** An identifier or machine message inside UI text: shown as code, not to be translated. */
export const code = (text: string): TemplateResult => html`<code translate="no">${text}</code>`;

/** A `heading-level` value as an ARIA level: rounded and clamped to 1 to 6; not a number: 2. */
export const headingLevel = (value: number): number => Math.min(6, Math.max(1, Math.round(value))) || 2;

/**
 * Text from `@ctkit/data`, which is written in English, in the current locale: its
 * translation where the locale has one; otherwise the English, marked `lang="en"` so screen
 * readers read it as English and the fallback is never silent. In the source locale it is the
 * text alone.
 */
export function fromData(text: string): string | TemplateResult {
  if (inSourceLocale()) return text;
  return translateData(text) ?? inEnglish(text);
}

/**
 * Text left in English inside UI text of another language: marked `lang="en"` for screen
 * readers, and isolated left to right so its punctuation stays in place in right-to-left text.
 */
export const inEnglish = (text: string): TemplateResult => html`<span lang="en" dir="ltr">${text}</span>`;

/**
 * Text from `@ctkit/data` where only a string will do (a status message, an attribute): its
 * translation in the current locale, else the English, unmarked.
 */
export const dataText = (text: string): string => translateData(text) ?? text;
