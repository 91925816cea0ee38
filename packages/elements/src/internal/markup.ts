/**
 * Small pieces of markup every component renders the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, Phone } from '@ctkit/data/schemas';
import { inSourceLocale, translateData, uiLang } from './locale.js';

/**
 * A `tel:` link built from the phone's dialable `number`, showing the number as written. Its
 * name says whom it calls, the number last, as shown ("Call the Modern Slavery & Exploitation
 * Helpline, 08000 121 700"): `whom` is the contact's name, in the current locale.
 */
export const callLink = (phone: Phone, whom: string): TemplateResult =>
  html`<a part="phone" href="tel:${phone.number}" aria-label=${msg(str`Call ${whom}, ${phone.display}`)}><span class="number" dir="ltr">${phone.display}</span></a>`;

/** A `tel:` link to one of `contact`'s lines, named by the contact (the line's label stands beside it). */
export const callContact = (contact: Contact, phone: Phone): TemplateResult => callLink(phone, contact.lang ? contact.name : dataText(contact.name));

/** A `tel:` link to 999. */
export const callEmergency = (phone: Phone): TemplateResult => callLink(phone, msg('the emergency services'));

/** An identifier or machine message inside UI text: shown as code, not to be translated. */
export const code = (text: string): TemplateResult => html`<code translate="no">${text}</code>`;

/** A `heading-level` value as an ARIA level: rounded and clamped to 1 to 6; not a number: 2. */
export const headingLevel = (value: number): number => Math.min(6, Math.max(1, Math.round(value))) || 2;

/**
 * Text from `@ctkit/data`, which is written in English, in the current locale: its
 * translation where the locale has one; otherwise the English, marked `lang="en"` so screen
 * readers read it as English and the fallback is never silent. In the source locale it is the
 * text alone. `context`: the question, for an answer's label (see `translateData`).
 *
 * `lang`: the language the record says it is written in (your own data, `Contact.lang`): its
 * text is shown as written, marked with that language unless the page's UI is in it.
 */
export function fromData(text: string, context?: string, lang?: string): string | TemplateResult {
  if (lang) return lang.split('-')[0] === uiLang().split('-')[0] ? text : html`<span lang=${lang} dir="auto">${text}</span>`;
  if (inSourceLocale()) return text;
  return translateData(text, context) ?? inEnglish(text);
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
export const dataText = (text: string, context?: string): string => translateData(text, context) ?? text;

/**
 * What is not confirmed, beside what it is about: the marker "Not confirmed:" and the note,
 * from the data. `short` (a phrase inside a sentence): only "(not confirmed)" shows, and the
 * note is read by screen readers. Needs `cautionStyles` and `.visually-hidden`.
 */
export const caution = (note: string, short = false, lang?: string): TemplateResult =>
  short
    ? html`<span part="caution" class="caution short">(${msg('not confirmed')}<span class="visually-hidden">: ${fromData(note, undefined, lang)}</span>)</span>`
    : html`<span part="caution" class="caution"><strong>${msg('Not confirmed:')}</strong> ${fromData(note, undefined, lang)}</span>`;

/**
 * The caution an unconfirmed contact carries wherever its number, link or email is shown
 * (nothing for a confirmed contact).
 */
export const contactCaution = (contact: Contact, short = false): TemplateResult | typeof nothing =>
  contact.confidence === 'unverified' ? caution(contact.confidenceNote ?? '', short, contact.lang) : nothing;
