import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Contact } from '@ctkit/data/schemas';
import { emergencyLine } from '@ctkit/data/emergency-line';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { renderFallback } from '../internal/config-error.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { contactFromFile, contactNeeds, resolveContact } from '../internal/contacts.js';
import { JsonSource } from '../internal/json-source.js';
import type { Resolution } from '../internal/resolution.js';
import { settled, type Chunk } from '../internal/chunks.js';
import { openingHours } from '../internal/hours.js';
import { callContact, callEmergency, contactCaution, fromData, headingLevel } from '../internal/markup.js';
import { contactFacts, numberLine } from '../internal/contact-parts.js';
import { styles } from './helpline-banner.styles.js';

/** How much the banner shows: everything, one line, or a phrase inside a sentence. */
export type HelplineBannerVariant = 'full' | 'compact' | 'inline';

/**
 * Shows a helpline (by default the Modern Slavery & Exploitation Helpline) with its number as
 * a `tel:` link, what the line offers, when it is open, and a line for 999 in an emergency.
 * Every number and sentence of content comes from `@ctkit/data`, never from markup, and reads
 * without JavaScript when the element is server-rendered.
 *
 * Any contact in the data can be shown by id (`contact="crimestoppers"`), or your own from a
 * JSON file (`contact-src="our-contacts.json"`, no script needed) or by setting the `contact`
 * property to a `Contact` object: it is checked with `@ctkit/data/validate` (loaded on demand)
 * and a contact that fails is not shown: the national helpline and 999 stand in, beside a
 * short notice naming the problem. A contact
 * marked as not fully confirmed in the data is shown with a caution saying what.
 *
 * @summary A helpline's name, number and opening hours, ready to call.
 *
 * @csspart base - The banner box (a phrase in the inline variant).
 * @csspart name - The helpline's name; a heading at `heading-level` in the full variant.
 * @csspart summary - What the helpline does, from the data (full variant).
 * @csspart phone - A `tel:` link with a number to call.
 * @csspart text-number - A number that takes text messages only (shown, not linked).
 * @csspart facts - The list of facts about the line (anonymous, free, confidential, hours, interpreters).
 * @csspart link - A link to the contact's website or email address.
 * @csspart emergency - The line telling people to call 999 in an emergency.
 * @csspart caution - What is not confirmed about the contact, when the data says so.
 * @csspart error - The message shown instead of the banner when the configuration is wrong.
 *
 * @cssprop [--ctk-banner-background=#f3f2f1] - Background of the banner.
 * @cssprop [--ctk-banner-accent=#1d70b8] - Colour of the bar on the banner's leading edge.
 * @cssprop [--ctk-banner-accent-width=0.4em] - Width of that bar.
 * @cssprop [--ctk-banner-padding=1em 1.25em] - Space inside the banner.
 * @cssprop [--ctk-banner-radius=0] - Corner radius of the banner.
 * @cssprop [--ctk-banner-number-size=1.5em] - Size of the number to call (full variant).
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-color-caution=#f47738] - Colour of the bar beside a caution about unconfirmed facts.
 * @cssprop [--ctk-color-emergency=#d4351c] - Colour of the bar beside the 999 line.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkHelplineBanner extends CtkElement {
  static override styles = styles;

  // Plain static properties, not decorators: smaller, and the same in every compiler.
  protected static override kinds: Readonly<Record<string, PropertyKind>> = { contact: 'id-or-object', contactSrc: 'text', region: 'text', variant: 'text', emergency: 'on', noEmergency: 'off', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    contact: {},
    contactSrc: { attribute: 'contact-src' },
    region: {},
    variant: { reflect: true },
    emergency: { converter: (value: string | null) => value !== 'false' },
    noEmergency: { attribute: 'no-emergency', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Which contact to show: the id of a contact in `@ctkit/data/contacts` (attribute or
   * property), or, as a property, your own `Contact` object, validated before it is shown.
   * Absent or empty: the Modern Slavery & Exploitation Helpline. An unknown id or an invalid
   * contact shows the national helpline and 999 instead, beside a notice naming the problem.
   */
  contact: string | Contact = 'modern-slavery-helpline';

  /**
   * The address of a JSON file with your own contact: one contact, or a list in the format of
   * `@ctkit/data/json/contacts.json` (the same file as the directory's `extra-src`), of which
   * the first is shown. Fetched without cookies for other sites and without a referrer, then
   * validated. Takes the place of `contact`. Until it has loaded, and if it cannot be loaded or
   * is not valid, the national helpline is shown (with a notice naming the address and the
   * problem when it fails). The only request for data this element makes.
   */
  contactSrc: string = '';

  /**
   * Where the reader is: `england`, `wales`, `scotland` or `northern-ireland`. A contact from the
   * data that does not serve that nation gives way to the one that does the same there
   * (`contact="nhs-111"` shows NHS 24's 111 in Scotland, and the GP out-of-hours service in
   * Northern Ireland, which has no 111), or, where there is none, to the national helpline
   * beside a notice. 999 is shown in every nation. Empty: as given.
   */
  region: string = '';

  /** `full` (default), `compact` (one short block), or `inline` (a phrase that flows inside a sentence). */
  variant: HelplineBannerVariant = 'full';

  /**
   * Adds "In an emergency, call 999" (not in the inline variant, nor when the contact is 999
   * itself). Set `emergency="false"`, or the `no-emergency` attribute, to leave it out.
   */
  emergency: boolean = true;

  /** Leaves out the 999 line; the same as `emergency="false"`. */
  noEmergency: boolean = false;

  /**
   * Heading level (1 to 6) of the helpline's name in the full variant, so the banner fits the
   * outline of the page it sits in. Values outside 1 to 6 are clamped.
   */
  headingLevel: number = 2;

  #resolution: Resolution<Contact> = resolveContact(undefined);
  #fileLoaded = false;
  #source = new JsonSource(
    this,
    () => this.contactSrc,
    () => {
      this.#fileLoaded = true;
      this.requestUpdate();
    },
  );

  /** Another contact than the default needs the list or the validator (a file: the validator). */
  protected override needs(): Chunk[] {
    if (this.contactSrc) return settled('validate') ? [] : ['validate'];
    return contactNeeds(this.contact);
  }

  /** `updateComplete` waits for the `contact-src` file. */
  protected override pendingWork() {
    return [this.#source.pending];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('contactSrc')) this.#source.changed();
    if (changed.has('contact') || changed.has('contactSrc') || changed.has('region') || this.#fileLoaded) {
      this.#fileLoaded = false;
      this.#resolution = this.contactSrc ? contactFromFile(this.contactSrc, this.#source.result) : resolveContact(this.contact, this.region);
    }
  }

  protected override render() {
    const resolution = this.#resolution;
    if (resolution.state === 'ready') return this.#banner(resolution.value);
    // While a file loads: the national helpline, with no notice.
    if (resolution.state === 'loading') return this.#banner(helpline);
    // Fail safe: the national helpline and 999 stay on screen beside what went wrong.
    const message = resolution.message();
    return html`${renderFallback(msg('The contact set for this banner could not be shown. The national helpline is shown instead.'), message)}${this.#banner(helpline)}`;
  }

  #banner(contact: Contact): TemplateResult {
    const voice = contact.phones.filter((phone) => !phone.textOnly);
    if (this.variant === 'inline') {
      const name = html`<span part="name">${fromData(contact.name, undefined, contact.lang)}</span>`;
      return html`<span part="base" lang=${uiLang()} dir=${uiDir()} class="inline">${voice[0] ? msg(html`${name} on ${callContact(contact, voice[0])}`) : name}${contact.confidence === 'unverified' ? html` ${contactCaution(contact, true)}` : nothing}</span>`;
    }
    const showEmergency = this.emergency && !this.noEmergency && contact.category !== 'emergency';
    const hours = openingHours(contact.availability);
    if (this.variant === 'compact') {
      return html`
        <div part="base" lang=${uiLang()} dir=${uiDir()} class="banner compact">
          <p>
            <strong part="name">${fromData(contact.name, undefined, contact.lang)}</strong>
            ${voice.map((phone) => html`${callContact(contact, phone)} `)}
            ${hours ? html`<span class="hours">${hours}</span>` : nothing}
          </p>
          ${contactCaution(contact)} ${showEmergency ? this.#emergency() : nothing}
        </div>
      `;
    }
    const level = headingLevel(this.headingLevel);
    const links = [
      ...contact.websites.map((site) => html`<li><a part="link" href=${site.url}>${fromData(site.label, undefined, contact.lang)}</a></li>`),
      ...contact.emails.map((email) => html`<li><a part="link" href="mailto:${email.address}">${email.label ? fromData(email.label, undefined, contact.lang) : email.address}</a></li>`),
    ];
    return html`
      <div part="base" lang=${uiLang()} dir=${uiDir()} class="banner">
        <p part="name" class="name" role="heading" aria-level=${level}>${fromData(contact.name, undefined, contact.lang)}</p>
        <p part="summary">${fromData(contact.summary, undefined, contact.lang)}</p>
        ${contact.phones.map((phone) => html`<p class=${phone.textOnly ? 'line' : 'line call'}>${numberLine(contact, phone)}</p>`)}
        ${contactFacts(contact, { freephone: true, hours })}
        ${links.length > 0 ? html`<ul class="links" role="list">${links}</ul>` : nothing}
        ${contactCaution(contact)} ${showEmergency ? this.#emergency() : nothing}
      </div>
    `;
  }

  #emergency(): TemplateResult {
    return html`<p part="emergency" class="emergency">${msg(html`In an emergency, call ${callEmergency(emergencyLine)}.`)}</p>`;
  }

}
