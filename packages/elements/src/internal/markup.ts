/**
 * Small pieces of markup every component renders the same way.
 */
import { html, type TemplateResult } from 'lit';
import type { Phone } from '@ctkit/data/schemas';

/** A `tel:` link built from the phone's dialable `number`, showing the number as written. */
export const callLink = (phone: Phone): TemplateResult =>
  html`<a part="phone" href="tel:${phone.number}"><span class="number" dir="ltr">${phone.display}</span></a>`;

/** An identifier or machine message inside UI text: shown as code, not to be translated. */
export const code = (text: string): TemplateResult => html`<code translate="no">${text}</code>`;

/** A `heading-level` value as an ARIA level: rounded and clamped to 1 to 6; not a number: 2. */
export const headingLevel = (value: number): number => Math.min(6, Math.max(1, Math.round(value))) || 2;
