/**
 * Small pieces of markup every component renders the same way.
 */
import { html, type TemplateResult } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import type { Phone } from '@ctkit/data/schemas';

/** A `tel:` link built from the phone's dialable `number`, showing the number as written. */
export const callLink = (phone: Phone): TemplateResult =>
  html`<a part="phone" href="tel:${phone.number}"><span class="number" dir="ltr">${phone.display}</span></a>`;

/** An identifier or machine message inside UI text: shown as code, not to be translated. */
export const code = (text: string): TemplateResult => html`<code translate="no">${text}</code>`;

/** A `heading-level` value as an ARIA level: rounded and clamped to 1 to 6; not a number: 2. */
export const headingLevel = (value: number): number => Math.min(6, Math.max(1, Math.round(value))) || 2;

/** The locale elements render in, kept from @lit/localize's status events (the server renders in the source locale). */
let uiLocale = 'en-GB';
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') uiLocale = event.detail.readyLocale;
  });
}

/**
 * Text from `@ctkit/data`, which is written in English: when the UI is in another locale
 * (or the pseudo-locale) it is marked `lang="en"`, so screen readers read it as English and
 * the fallback is never silent. In the source locale it is the text alone.
 */
export const fromData = (text: string): string | TemplateResult => (uiLocale === 'en-GB' ? text : html`<span lang="en">${text}</span>`);
