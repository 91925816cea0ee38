import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, ContactCategory } from '@ctkit/data/schemas';
import { renderFallback } from '../internal/config-error.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { settled, type Chunk } from '../internal/chunks.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { code, headingLevel } from '../internal/markup.js';
import { JsonSource } from '../internal/json-source.js';
import { MinuteClock } from '../internal/minute-clock.js';
import { loading, shown as shownOf, type Resolution } from '../internal/resolution.js';
import { contactCard } from './contact-card.js';
import { Finder } from './filter.js';
import { ContactList } from './list.js';
import { groupOf, order, type Entry } from './search.js';
import { styles } from './contact-directory.styles.js';

/** How many matches are shown before "Show more". */
const pageSize = 20;

/** Milliseconds of quiet after the last key before the count is announced. */
const speakAfter = 700;

const groupName = (category: ContactCategory): string =>
  ({
    internal: msg('Your organisation'),
    emergency: msg('Emergency'),
    report: msg('Report a concern'),
    advice: msg('Advice'),
    support: msg('Support'),
  })[category];

/**
 * Every contact in `@ctkit/data`, grouped by category (emergency first), with a search box
 * and a category filter. Numbers are `tel:` links, email addresses `mailto:` links and
 * websites `https:` links, and nothing else. Each contact shows its hours (and, once the page
 * has loaded, whether it is open now, in the contact's own time zone), cost, languages, and
 * whether callers can stay anonymous.
 *
 * Add your organisation's own contacts (a safeguarding lead, a central point of contact) from a
 * JSON file with `extra-src`, no script needed, or with the `extraContacts` property: they are
 * shown first, above the national list. Replace the list with `contacts`, or load the
 * replacement from `src`. Anything you give is checked with `@ctkit/data/validate` (loaded on
 * demand): if any record is invalid, a file cannot be loaded or parsed, or a category is
 * unknown, the directory shows the whole national list instead, never a half list, beside a
 * short notice whose collapsed detail names the problem (for a record, its field). Only `src`
 * and `extra-src` request data.
 *
 * The search matches names, organisations (and former names), summaries, line labels and
 * numbers with or without spaces. The first 20 matches are shown, then a "Show more" button,
 * so a list of thousands stays fast. `updateComplete` resolves once the files' loads have settled.
 *
 * @summary Every contact, searchable and filterable, with your organisation's own first.
 *
 * @csspart base - The whole directory.
 * @csspart title - The directory's heading, "Who to contact" (at `heading-level`).
 * @csspart controls - The search box and category filter, a search landmark (rendered once JavaScript runs).
 * @csspart search - The search box.
 * @csspart filter - The category filter.
 * @csspart status - The number of contacts shown (said once typing pauses).
 * @csspart group - A category of contacts, with its heading.
 * @csspart group-name - The heading of a category (one level below the directory's).
 * @csspart contact - One contact.
 * @csspart name - A contact's name (a heading one level below the category).
 * @csspart phone - A `tel:` link with a number to call.
 * @csspart text-number - A number that takes text messages only (shown, not linked).
 * @csspart hours - When the contact is open.
 * @csspart open-now - "Open now" or "Closed now", in the contact's own time zone.
 * @csspart facts - Facts about the contact: anonymity, confidentiality, interpreters, languages.
 * @csspart link - A link to the contact's website or email address.
 * @csspart caution - What is not confirmed about the contact, when the data says so.
 * @csspart button - The "Clear the search" and "Show more" buttons.
 * @csspart error - The message shown instead of the directory when the configuration is wrong.
 *
 * @cssprop [--ctk-directory-gap=1.5em] - Space between contacts.
 * @cssprop [--ctk-directory-rule=#b1b4b6] - Colour of the line between contacts.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text (labels, notes, hours).
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-button-background=#ffffff] - Background of its buttons (the same in every browser; keep 4.5:1 contrast with `--ctk-button-color`).
 * @cssprop [--ctk-button-color=#0b0c0c] - Text and border colour of its buttons.
 * @cssprop [--ctk-color-open=#00703c] - Colour of "Open now".
 * @cssprop [--ctk-color-caution=#f47738] - Colour of the bar beside a caution about unconfirmed facts.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkContactDirectory extends CtkElement {
  static override styles = styles;

  static {
    // "Open now" comes from a second render, on purpose (see firstUpdated): no dev-mode warning.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { contacts: 'optional-list', extraContacts: 'optional-list', src: 'text', extraSrc: 'text', region: 'text', categories: 'text', category: 'text', query: 'text', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    contacts: { attribute: false },
    extraContacts: { attribute: false },
    src: {},
    extraSrc: { attribute: 'extra-src' },
    region: {},
    categories: {},
    category: { reflect: true },
    query: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Replaces the contacts from `@ctkit/data` with your own list (validated before it is shown).
   * Ignored while `src` is set.
   */
  contacts?: readonly Contact[];

  /**
   * Your organisation's own contacts (a safeguarding lead, a central point of contact), shown
   * first, under "Your organisation", before the contacts from the data. Validated. Takes the
   * place of `extra-src`.
   */
  extraContacts?: readonly Contact[];

  /**
   * The address of a JSON list of your organisation's own contacts (the format of
   * `@ctkit/data/json/contacts.json`), shown first, above the national list, as
   * `extraContacts` is: the way to add them without a script. Fetched as `src` is, then
   * validated; while it loads, the national list is not shown yet ("Loading contacts…"), and if
   * it cannot be loaded or is not valid, the national list is shown beside a notice that names
   * the address and the problem. Not loaded while `extraContacts` is set.
   */
  extraSrc: string = '';

  /**
   * The address of a JSON list of contacts (the format of `@ctkit/data/json/contacts.json`)
   * to show instead of the data. Fetched without cookies for other sites and without a
   * referrer, then validated; a server that does not answer in 20 seconds has failed. The
   * only request for data this element makes (beyond loading its own code).
   */
  src: string = '';

  /**
   * Where the reader is: `england`, `wales`, `scotland` or `northern-ireland`. The contacts from
   * the data are those that serve that nation (their `jurisdictions`); empty: England and Wales,
   * with what serves the whole UK. Your own contacts (`extraContacts`, `contacts`, `src`) are
   * always shown. An unknown region is a configuration error.
   */
  region: string = '';

  /**
   * Space-separated categories to show, from `emergency`, `report`, `advice`, `support` and
   * `internal`; empty: all. An unknown category is a configuration error.
   */
  categories: string = '';

  /** The category chosen in the filter (empty: all). Kept in step with the filter. */
  category: string = '';

  /** The search text. Kept in step with the search box, both ways. */
  query: string = '';

  /**
   * Heading level (1 to 6) of the directory's heading, "Who to contact"; its categories are one
   * level below, and contact names one below those. Values outside 1 to 6 are clamped.
   */
  headingLevel: number = 2;

  #list: Resolution<Entry[]> = loading;
  #contactList = new ContactList(() => {
    this.#listChanged = true;
    this.requestUpdate();
  });
  #listChanged = false;
  #shown = pageSize;
  #finder = new Finder(() => this.requestUpdate());
  /** The count as shown, once known; what the live region says after a pause in typing. */
  #settled?: string;
  #spoken = '';
  #searched = false;
  #speaking?: ReturnType<typeof setTimeout>;
  #source = new JsonSource(
    this,
    () => this.src,
    () => {
      this.#listChanged = true;
      this.requestUpdate();
    },
  );
  #extraSource = new JsonSource(
    this,
    () => (this.extraContacts ? '' : this.extraSrc),
    () => {
      this.#listChanged = true;
      this.requestUpdate();
    },
  );
  #clock = new MinuteClock(this);

  /**
   * Chunks the first render needs: the data's list (shown, or ready to stand in for a list of
   * your own that cannot be shown), and the validator for given contacts.
   */
  protected override needs(): Chunk[] {
    const custom = this.src || this.contacts || this.extraContacts || this.extraSrc;
    return (['contacts', 'validate'] as const).filter((chunk) => !settled(chunk) && (chunk === 'contacts' || custom));
  }

  /** `updateComplete` waits for the files (`src`, `extra-src`) and the check of a long list. */
  protected override pendingWork() {
    return [this.#source.pending, this.#extraSource.pending, this.#contactList.pending];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A count stopped when the element left the page starts again.
    if (this.#finder.resume()) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#finder.stop();
    clearTimeout(this.#speaking);
  }

  /**
   * Whether each contact is open now depends on the reader's clock: it is shown from the
   * second render, so server and client render the first alike, and kept true each minute.
   */
  protected override firstUpdated(): void {
    this.#clock.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#source.changed();
    // Setting or clearing `extraContacts` changes whether the file is wanted.
    if (changed.has('extraSrc') || changed.has('extraContacts')) this.#extraSource.changed();
    if (changed.has('contacts') || changed.has('extraContacts') || changed.has('src') || changed.has('extraSrc') || changed.has('region') || this.#listChanged) {
      this.#listChanged = false;
      this.#list = this.#contactList.resolve({
        src: this.src,
        fetched: this.#source.result,
        contacts: this.contacts,
        extraContacts: this.extraContacts,
        extraSrc: this.extraContacts ? '' : this.extraSrc,
        extraFetched: this.#extraSource.result,
        region: this.region,
      });
    }
    if (changed.has('query') || changed.has('category')) {
      this.#shown = pageSize;
      if (this.hasUpdated) this.#searched = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The count is announced once typing pauses (each key starts the wait again), not on every key.
    if (this.#searched && this.#settled !== undefined) {
      clearTimeout(this.#speaking);
      this.#speaking = setTimeout(() => {
        this.#searched = false;
        this.#spoken = this.#settled ?? '';
        this.requestUpdate();
      }, speakAfter);
    }
    super.updated(changed);
  }

  protected override render() {
    const known = (category: string) => order.includes(category as ContactCategory);
    const asked = this.categories.split(/\s+/).filter(Boolean);
    const unknown = [...asked, this.category].find((category) => category && !known(category));
    // An unknown category limits nothing: every contact stays on screen, with the mistake named.
    const limit = unknown ? [] : asked;
    const list = this.#list;
    const error = unknown
      ? () => msg(html`Unknown category "${code(unknown)}". Use one of: ${code(order.join(', '))}.`)
      : list.state === 'error'
        ? list.message
        : undefined;

    const { total, present, matches, complete } = this.#finder.filter(shownOf(list) ?? [], limit, { categories: this.categories, category: this.category, query: this.query, shown: this.#shown });
    const shown = matches.slice(0, this.#shown);
    const more = complete ? Math.min(pageSize, matches.length - shown.length) : matches.length > shown.length ? pageSize : 0;
    const filtered = this.query.trim() || this.category;
    const level = headingLevel(this.headingLevel);
    const statusText =
      list.state === 'loading'
        ? msg('Loading contacts…')
        : !filtered
          ? total === 1
            ? msg('1 contact')
            : msg(str`${total} contacts`)
          : !complete
            ? msg('Searching…')
            : matches.length > 0
              ? msg(str`${matches.length} of ${total} contacts match`)
              : msg('No contacts match your search.');
    // Said once the count is known and typing has paused, not on every key.
    this.#settled = !(list.state === 'loading') && complete ? statusText : undefined;

    const groups: [ContactCategory, Entry[]][] = [];
    for (const entry of shown) {
      const group = groupOf(entry);
      const last = groups[groups.length - 1];
      if (last?.[0] === group) last[1].push(entry);
      else groups.push([group, [entry]]);
    }

    return html`
      ${error
        ? renderFallback(msg("This list's settings could not be used. The national contacts are shown instead."), error())
        : nothing}
      <div part="base" lang=${uiLang()} dir=${uiDir()}>
        <p part="title" class="title" role="heading" aria-level=${level}>${msg('Who to contact')}</p>
        ${this.hasUpdated ? this.#controls(present) : nothing}
        <p part="status" class="status">${statusText}</p>
        <p class="visually-hidden" role="status">${this.#spoken}</p>
        ${this.hasUpdated && filtered && complete && matches.length === 0
          ? html`<button part="button" class="button" type="button" @click=${this.#clear}>${msg('Clear the search')}</button>`
          : nothing}
        ${groups.map(
          ([group, entries]) => html`
            <section part="group">
              <p part="group-name" class="group-name" role="heading" aria-level=${Math.min(6, level + 1)}>${groupName(group)}</p>
              <ul class="contacts" role="list">
                ${entries.map((entry) => contactCard(entry.contact, Math.min(6, level + 2), this.#clock.now))}
              </ul>
            </section>
          `,
        )}
        ${this.hasUpdated && more > 0
          ? html`<button part="button" class="button more" type="button" @click=${this.#more}>${msg(str`Show ${more} more`)}</button>`
          : nothing}
      </div>
    `;
  }

  /** The search box and category filter: rendered once the element runs (never on the server). */
  #controls(present: ReadonlySet<ContactCategory>): TemplateResult {
    return html`
      <div part="controls" class="controls" role="search">
        <div class="control">
          <label for="search">${msg('Search contacts')}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.query}
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
          />
        </div>
        ${present.size > 1 || this.category
          ? html`<div class="control">
              <label for="filter">${msg('Category')}</label>
              <select id="filter" part="filter" @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value)}>
                <option value="" .selected=${!this.category}>${msg('All categories')}</option>
                ${order
                  .filter((category) => present.has(category) || category === this.category)
                  .map((category) => html`<option value=${category} .selected=${category === this.category}>${groupName(category)}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
    `;
  }

  #clear = async () => {
    this.query = '';
    this.category = '';
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  };

  /** Shows the next matches and moves focus to the first of them, where reading goes on. */
  #more = async () => {
    const first = this.#shown;
    this.#shown += pageSize;
    this.requestUpdate();
    await this.updateComplete;
    const name = this.renderRoot.querySelectorAll<HTMLElement>('[part="name"]')[first];
    if (name) {
      name.tabIndex = -1;
      name.focus();
    }
  };
}
