import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Contact } from '@ctkit/data/schemas';
import { logConfigError, renderConfigError } from '../internal/config-error.js';
import { contactListFailure, defaultContactId, findContact, knownContactIds, loadContacts } from '../internal/contacts.js';
import { styles } from './helpline-banner.styles.js';

const tag = 'ctk-helpline-banner';

/**
 * Shows a helpline (by default the Modern Slavery & Exploitation Helpline) with its number as
 * a `tel:` link and when it is open. The number comes from `@ctkit/data`, never from markup,
 * and reads without JavaScript when the element is server-rendered.
 *
 * @summary A helpline's name, number and opening hours, ready to call.
 *
 * @csspart base - The banner box.
 * @csspart name - The helpline's name, a heading at `heading-level`.
 * @csspart phone - A `tel:` link with a number to call.
 * @csspart text-number - A number that takes text messages only (shown, not linked).
 * @csspart caution - What is not confirmed about the contact, when the data says so.
 * @csspart facts - The list of facts about the line (free, confidential, open 24/7...).
 * @csspart error - The message shown instead of the banner when the configuration is wrong.
 *
 * @cssprop [--ctk-banner-background=#f3f2f1] - Background of the banner.
 * @cssprop [--ctk-banner-accent=#1d70b8] - Colour of the bar on the banner's leading edge.
 * @cssprop [--ctk-banner-accent-width=0.4em] - Width of that bar.
 * @cssprop [--ctk-banner-padding=1em 1.25em] - Space inside the banner.
 * @cssprop [--ctk-banner-radius=0] - Corner radius of the banner.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 * @cssprop [--ctk-color-caution=#f47738] - Colour of the bar beside a caution about unconfirmed facts.
 */
@localized()
export class CtkHelplineBanner extends LitElement {
  static override styles = styles;

  /**
   * Id of the contact to show, from `@ctkit/data/contacts`. Absent or empty: the Modern
   * Slavery & Exploitation Helpline. An unknown id shows an error naming it, never a blank.
   */
  @property()
  contact: string = 'modern-slavery-helpline'; // = defaultContactId, written out for the manifest's docs

  /**
   * Heading level (1 to 6) of the helpline's name, so the banner fits the outline of the page
   * it sits in. Values outside 1 to 6 are clamped.
   */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel: number = 2;

  #shown: Contact | undefined;

  /** Another contact than the default needs the contact list: wait for it before updating. */
  protected override async scheduleUpdate(): Promise<void> {
    if (findContact(this.contact || defaultContactId) === 'pending') await loadContacts();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact')) {
      const found = findContact(this.contact || defaultContactId);
      this.#shown = found === 'pending' ? undefined : found;
      if (!this.#shown) {
        const failure = contactListFailure();
        logConfigError(
          tag,
          failure ? `could not load the contact list: ${failure}` : `unknown contact "${this.contact}"; known ids: ${knownContactIds()}.`,
        );
      }
    }
  }

  protected override render() {
    const contact = this.#shown;
    if (!contact) {
      return renderConfigError(
        contactListFailure()
          ? msg(str`The contact "${this.contact}" could not be loaded. Check the connection and reload the page.`)
          : msg(str`Unknown contact "${this.contact}". Use one of: ${knownContactIds()}.`),
      );
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`
      <div part="base" class="banner">
        <p part="name" class="name" role="heading" aria-level=${level}>${contact.name}</p>
        ${contact.phones.map((phone) => {
          const number = html`<span class="number" dir="ltr">${phone.display}</span>`;
          return html`
            <p class=${phone.textOnly ? 'line' : 'line call'}>
              ${phone.label ? html`<span class="label">${phone.label}: </span>` : nothing}${phone.textOnly
                ? html`<span part="text-number">${number}</span>`
                : html`<a part="phone" href="tel:${phone.number}">${number}</a>`}
              ${phone.note ? html`<span class="note">${phone.note}</span>` : nothing}
            </p>
          `;
        })}
        <ul part="facts" class="facts" role="list">
          ${contact.phones.find((p) => !p.textOnly)?.freephone ? html`<li>${msg('Free to call')}</li>` : nothing}
          ${contact.confidential ? html`<li>${msg('Confidential')}</li>` : nothing}
          ${contact.availability.type === 'always' ? html`<li>${msg('Open 24/7')}</li>` : nothing}
          ${contact.interpreters ? html`<li>${msg('Interpreters available')}</li>` : nothing}
        </ul>
        ${contact.confidence === 'unverified'
          ? html`<p part="caution" class="caution">${msg('Not confirmed:')} ${contact.confidenceNote}</p>`
          : nothing}
      </div>
    `;
  }
}
