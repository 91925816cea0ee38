/**
 * A contact's number line, facts and caution, rendered the same by every component that shows
 * a contact (the banner, the directory, the flowchart's "Who to contact"), so a fix to how a
 * number is shown reaches them all.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Contact, Phone } from '@ctkit/data/schemas';
import { callContact, fromData } from './markup.js';

/** A number that takes text messages only: shown, never linked (a `tel:` link would ring it). */
const textNumber = (phone: Phone): TemplateResult => html`<span part="text-number" class="number" dir="ltr">${phone.display}</span>`;

/** The number of `phone`: a `tel:` link named by the contact, or a text-only number shown. */
const number = (contact: Contact, phone: Phone): TemplateResult => (phone.textOnly ? textNumber(phone) : callContact(contact, phone));

/** The same inside a line of whom to call, where a text-only number is plain text in the line. */
const inlineNumber = (contact: Contact, phone: Phone): TemplateResult =>
  phone.textOnly ? html`<span class="number" dir="ltr">${phone.display}</span>` : callContact(contact, phone);

/**
 * One of a contact's lines, on lines of its own: its label, its number (a `tel:` link, or a
 * text-only number shown, not linked), `extra` (what calling costs, where a component says it)
 * and its note from the data. The caller puts it in its own box (`<p>`, `<li>`).
 */
export const numberLine = (contact: Contact, phone: Phone, extra: TemplateResult | typeof nothing = nothing): TemplateResult =>
  html`${phone.label ? html`<span class="label">${fromData(phone.label, undefined, contact.lang)}</span>` : nothing} ${number(contact, phone)} ${extra}
    ${phone.note ? html`<span class="note secondary">${fromData(phone.note, undefined, contact.lang)}</span>` : nothing}`;

/**
 * One of a contact's lines inside a short list of whom to call: "Label: number (note)" in a
 * `.line`. `brief` (a box of the diagram): voice lines only, without their notes.
 */
export function inlineNumberLine(contact: Contact, phone: Phone, brief = false): TemplateResult | typeof nothing {
  if (brief && phone.textOnly) return nothing;
  const label = phone.label ? fromData(phone.label, undefined, contact.lang) : phone.textOnly ? msg('Text') : undefined;
  return html`<span class="line">${label ? html`${label}:\u00a0` : nothing}${inlineNumber(contact, phone)}${!brief && phone.note ? html` (${fromData(phone.note, undefined, contact.lang)})` : nothing}</span>`;
}

/** Which facts a component adds to those every contact shows (anonymity, confidentiality, interpreters). */
export interface ContactFactsOptions {
  /** Say "Free to call" when the first line to call is free. */
  freephone?: boolean;
  /** When the contact is open, as the component words it. */
  hours?: string | TemplateResult;
  /** Facts of the component's own, last (the directory's languages). */
  more?: TemplateResult | false;
}

/**
 * The facts about a contact, as a list (`part="facts"`): whether callers may stay anonymous
 * (stressed: it is what a frightened reader most needs to know), whether calling is free, that it
 * is confidential, its hours, interpreters, and the component's own. Nothing when there are none.
 */
export function contactFacts(contact: Contact, options: ContactFactsOptions = {}): TemplateResult | typeof nothing {
  const voice = contact.phones.find((phone) => !phone.textOnly);
  const facts = [
    contact.anonymous && html`<li class="stress">${msg('You do not have to give your name')}</li>`,
    options.freephone && voice?.freephone && html`<li>${msg('Free to call')}</li>`,
    contact.confidential && html`<li>${msg('Confidential')}</li>`,
    options.hours && html`<li>${options.hours}</li>`,
    contact.interpreters && html`<li>${msg('Interpreters available')}</li>`,
    options.more,
  ].filter(Boolean);
  return facts.length > 0 ? html`<ul part="facts" class="facts" role="list">${facts}</ul>` : nothing;
}
