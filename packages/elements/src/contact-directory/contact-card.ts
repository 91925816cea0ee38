/**
 * One contact in the directory: its name (a heading at `level`), organisation, summary, lines,
 * hours (with whether it is open `now`, once the reader's clock is known), facts, links and caution.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, Phone } from '@ctkit/data/schemas';
import { contactFacts, numberLine } from '../internal/contact-parts.js';
import { openAt, openingHours } from '../internal/hours.js';
import { contactCaution, fromData, inEnglish } from '../internal/markup.js';

const languageNames = new Map<string, string>();

/**
 * A language's English name ("Welsh" for `cy`): browsers ship too little locale data to name
 * every language in every other one, and the server must render what the browser would.
 */
function languageName(code: string): string {
  let name = languageNames.get(code);
  if (!name) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
    } catch {
      name = code;
    }
    languageNames.set(code, name);
  }
  return name;
}

/** What calling costs, and what the line takes, as the data says. */
function lineNotes(phone: Phone): TemplateResult | typeof nothing {
  const notes = [
    phone.freephone === true && msg('Free to call'),
    phone.freephone === false && msg('Calls may cost money'),
    phone.textOnly && msg('Text messages only'),
    phone.textphone && msg('Textphone'),
  ].filter(Boolean);
  return notes.length > 0 ? html`<span class="secondary">${notes.join(' · ')}</span>` : nothing;
}

export function contactCard(contact: Contact, level: number, now?: Date): TemplateResult {
  const availability = contact.availability;
  // Hours that are not confirmed never say "open now" or "closed now".
  const open = availability.type === 'weekly' && availability.confirmed !== false && now && openAt(availability, now);
  const hours = openingHours(availability);
  const links = [
    ...contact.websites.map((site) => html`<li><a part="link" class="web" href=${site.url}>${fromData(site.label, undefined, contact.lang)}</a></li>`),
    ...contact.emails.map((email) => html`<li>${email.label ? html`${fromData(email.label, undefined, contact.lang)}:\u00a0` : ''}<a part="link" href="mailto:${email.address}">${email.address}</a></li>`),
  ];
  return html`
    <li part="contact" class="contact">
      <p part="name" class="name" role="heading" aria-level=${level}>${fromData(contact.name, undefined, contact.lang)}</p>
      ${contact.organisation && contact.organisation !== contact.name ? html`<p class="secondary">${fromData(contact.organisation, undefined, contact.lang)}</p>` : nothing}
      <p>${fromData(contact.summary, undefined, contact.lang)}</p>
      ${contact.phones.length > 0 ? html`<ul class="phones" role="list">${contact.phones.map((phone) => html`<li>${numberLine(contact, phone, lineNotes(phone))}</li>`)}</ul>` : nothing}
      ${hours
        ? html`<p part="hours" class="secondary">
            ${open
              ? html`<strong part="open-now" class=${open.open ? 'now open' : 'now'}>${open.open ? msg('Open now') : msg('Closed now')}</strong>
                  <span class="now">${open.today ? msg(str`Today ${open.today}.`) : msg('Closed today.')}</span>`
              : nothing}
            ${hours}
          </p>`
        : nothing}
      ${contactFacts(contact, { more: contact.languages.length > 0 && html`<li>${msg('Languages:')} ${inEnglish(contact.languages.map(languageName).join(', '))}</li>` })}
      ${links.length > 0 ? html`<ul class="links" role="list">${links}</ul>` : nothing}
      ${contactCaution(contact)}
    </li>
  `;
}
