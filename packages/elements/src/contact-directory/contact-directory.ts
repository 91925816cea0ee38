import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, ContactCategory, Phone } from '@ctkit/data/schemas';
import type { ParseResult } from '@ctkit/data/validate';
import { problemList, renderFallback } from '../internal/config-error.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { loaded, settled, type Chunk } from '../internal/chunks.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { callContact, code, contactCaution, fromData, headingLevel, inEnglish } from '../internal/markup.js';
import { openAt, openingHours } from '../internal/hours.js';
import { matcher, toEntry, type Entry } from './search.js';
import { entries as checkedEntries, parseInSlices, sliceSize } from './check.js';
import { styles } from './contact-directory.styles.js';

/** Categories in the order groups are shown: the organisation's own first, then emergency. */
const order: readonly ContactCategory[] = ['internal', 'emergency', 'report', 'advice', 'support'];

/** How many matches are shown before "Show more". */
const pageSize = 20;

/** Entries searched per task once the first page is shown: a long list's count never holds up a keystroke. */
const searchSlice = 20_000;

/** Milliseconds of quiet after the last key before the count is announced. */
const speakAfter = 700;

/** The list to show, or why it cannot be shown (a function: msg() must run at render time). */
/** The entries to show; `error`: the national list stands in for what could not be shown. */
type List = { entries: Entry[]; error?: () => TemplateResult | string } | { loading: true };

/** What `src` gave: the parsed JSON, or what went wrong. */
type Fetched = { src: string } & ({ value: unknown } | { status: string } | { json: string } | { failed: true });

const groupName = (category: ContactCategory): string =>
  ({
    internal: msg('Your organisation'),
    emergency: msg('Emergency'),
    report: msg('Report a concern'),
    advice: msg('Advice'),
    support: msg('Support'),
  })[category];

/** The entry's group: the organisation's own contacts (and any `internal` one) come first. */
const groupOf = (entry: Entry): ContactCategory => (entry.own ? 'internal' : entry.contact.category);

/** `entries` in the directory's order of groups, each group in the order given: in one pass, however long the list. */
const inGroups = (entries: readonly Entry[]): Entry[] => order.flatMap((group) => entries.filter((entry) => groupOf(entry) === group));

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

/**
 * Every contact in `@ctkit/data`, grouped by category (emergency first), with a search box
 * and a category filter. Numbers are `tel:` links, email addresses `mailto:` links and
 * websites `https:` links, and nothing else. Each contact shows its hours (and, once the page
 * has loaded, whether it is open now, in the contact's own time zone), cost, languages, and
 * whether callers can stay anonymous.
 *
 * Add your organisation's own contacts (a safeguarding lead, a central point of contact) with
 * `extraContacts`: they are shown first. Replace the list with `contacts`, or load it as JSON
 * from `src`. Anything you give is checked with `@ctkit/data/validate` (loaded on demand):
 * if any record is invalid, `src` cannot be loaded or parsed, or a category is unknown, the
 * directory shows the whole national list instead, never a half list, beside a short notice
 * whose collapsed detail names the problem (for a record, its field). Only `src` requests data.
 *
 * The search matches names, organisations (and former names), summaries, line labels and
 * numbers with or without spaces. The first 20 matches are shown, then a "Show more" button,
 * so a list of thousands stays fast. `updateComplete` resolves once a `src` load has settled.
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

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { contacts: 'optional-list', extraContacts: 'optional-list', src: 'text', categories: 'text', category: 'text', query: 'text', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    contacts: { attribute: false },
    extraContacts: { attribute: false },
    src: {},
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
   * first, under "Your organisation", before the contacts from the data. Validated.
   */
  extraContacts?: readonly Contact[];

  /**
   * The address of a JSON list of contacts (the format of `@ctkit/data/json/contacts.json`)
   * to show instead of the data. Fetched without cookies for other sites and without a
   * referrer, then validated; a server that does not answer in 20 seconds has failed. The
   * only request for data this element makes (beyond loading its own code).
   */
  src: string = '';

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

  #list: List = { loading: true };
  #listChanged = false;
  #fetched?: Fetched;
  #loading?: Promise<void>;
  /** Long lists checked a slice at a time, by the list given: the result once done. */
  #checked = new WeakMap<readonly unknown[], ParseResult<Contact[]>>();
  #checking?: Promise<void>;
  #checkingList?: readonly unknown[];
  #abort?: AbortController;
  #shown = pageSize;
  #scope?: { entries: readonly Entry[]; categories: string; category: string; chosen: Entry[]; present: Set<ContactCategory>; total: number };
  /**
   * The matches of the last search: the first page at once; with a long list the rest follow
   * a slice per task (`complete` then), so a keystroke never waits for a count.
   */
  #found?: { scope: object; query: string; locale: string; matches: Entry[]; complete: boolean };
  /** Finishing the last search's count, a slice per task. */
  #counting?: ReturnType<typeof setTimeout>;
  /** The count as shown, once known; what the live region says after a pause in typing. */
  #settled?: string;
  #spoken = '';
  #searched = false;
  #speaking?: ReturnType<typeof setTimeout>;
  #now?: Date;
  #timer?: ReturnType<typeof setTimeout>;

  /**
   * Chunks the first render needs: the data's list (shown, or ready to stand in for a list of
   * your own that cannot be shown), and the validator for given contacts.
   */
  protected override needs(): Chunk[] {
    const custom = this.src || this.contacts || this.extraContacts;
    return (['contacts', 'validate'] as const).filter((chunk) => !settled(chunk) && (chunk === 'contacts' || custom));
  }

  /**
   * Resolves once rendered, with whether each contact is open now, and, when `src` is set,
   * once its load has settled and is shown.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loading || this.#checking) {
      await this.#loading;
      await this.#checking;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A count stopped when the element left the page starts again.
    if (this.#found && !this.#found.complete) {
      this.#found = undefined;
      this.requestUpdate();
    }
    if (this.hasUpdated) this.#tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    clearTimeout(this.#counting);
    clearTimeout(this.#speaking);
  }

  /**
   * Whether each contact is open now depends on the reader's clock: it is shown from the
   * second render, so server and client render the first alike, and kept true each minute.
   */
  protected override firstUpdated(): void {
    this.#tick();
  }

  #tick = (): void => {
    if (!this.isConnected) return;
    this.#now = new Date();
    this.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#tick, 60_000 - (Date.now() % 60_000));
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contacts') || changed.has('extraContacts') || changed.has('src') || this.#listChanged) {
      this.#listChanged = false;
      this.#list = this.#resolve();
    }
    if (changed.has('query') || changed.has('category')) {
      this.#shown = pageSize;
      if (this.hasUpdated) this.#searched = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) {
      const loading: Promise<void> = this.#fetch(this.src).then(() => {
        if (this.#loading === loading) this.#loading = undefined;
      });
      this.#loading = loading;
    }
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

  async #fetch(src: string): Promise<void> {
    // A newer src cancels the older request; a server that does not answer in 20 s has failed.
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const timeout = setTimeout(() => abort.abort(), 20_000);
    let fetched: Fetched;
    try {
      const response = await fetch(new URL(src, document.baseURI), { referrerPolicy: 'no-referrer', credentials: 'same-origin', signal: abort.signal });
      const body = await response.text();
      if (!response.ok) fetched = { src, status: `${response.status} ${response.statusText}`.trim() };
      else {
        try {
          fetched = { src, value: JSON.parse(body) as unknown };
        } catch (error) {
          fetched = { src, json: String((error as Error).message) };
        }
      }
    } catch {
      fetched = { src, failed: true };
    }
    clearTimeout(timeout);
    if (src !== this.src) return; // changed meanwhile: the newer load wins
    this.#fetched = fetched;
    this.#listChanged = true;
    this.requestUpdate();
  }

  /** The list to show: from `src`, `contacts` or the data, with `extraContacts` first; validated. */
  #resolve(): List {
    const list = this.#resolveOwn();
    if (!('error' in list)) return list;
    // Fail safe: the national list stands in for what cannot be shown.
    const national = (loaded.contacts?.contacts ?? []).map((contact) => toEntry(contact, false));
    return { entries: inGroups(national), error: list.error };
  }

  #resolveOwn(): List | { error: () => TemplateResult | string } {
    const fetched = this.#fetched;
    let input: unknown = this.contacts ?? loaded.contacts?.contacts;
    if (this.src) {
      const src = this.src;
      if (fetched?.src !== src) return { loading: true };
      const cannot = () => msg(html`The contacts could not be loaded from "${src}".`);
      if ('failed' in fetched) {
        return { error: () => html`${cannot()} ${msg('The request failed: the address may be wrong, the server down or too slow, or the browser may have blocked it (CORS or Content-Security-Policy).')}` };
      }
      if ('status' in fetched) return { error: () => html`${cannot()} ${msg(html`The server answered ${code(fetched.status)}.`)}` };
      if ('json' in fetched) return { error: () => html`${cannot()} ${msg('The file is not valid JSON:')} ${code(fetched.json)}` };
      input = fetched.value;
    }
    if (input === undefined) return { error: () => msg('The contact list could not be loaded. Check the connection and reload the page.') };
    const custom = input !== loaded.contacts?.contacts;
    const parse =
      loaded.validate?.parseContacts ??
      ((): ParseResult<Contact[]> => ({ ok: false, errors: [{ path: 'contacts', message: 'could not be checked: the validator did not load (check the connection and reload the page)' }] }));
    const problems: string[] = [];
    let pending = false;
    const check = (value: unknown, root: string): readonly Contact[] => {
      const result = Array.isArray(value) && value.length > sliceSize ? this.#checkLater(value, parse) : parse(value);
      if (!result) {
        pending = true;
        return [];
      }
      if (result.ok) return result.value;
      for (const { path, message } of result.errors) {
        let name: unknown;
        try {
          name = (value as { name?: unknown }[])[Number(/^contacts\[(\d+)\]/.exec(path)?.[1])]?.name;
        } catch {
          // an unreadable record: the validator says so
        }
        problems.push(`${path.replace(/^contacts/, root)}: ${message}${typeof name === 'string' ? ` (in "${name}")` : ''}`);
      }
      return [];
    };
    const own = this.extraContacts ? check(this.extraContacts, 'extraContacts') : [];
    const ownProblems = problems.length;
    const list = custom ? check(input, 'contacts') : (input as readonly Contact[]);
    if (pending) return { loading: true };
    const fromSrc = this.src && problems.length > ownProblems;
    const ownIds = new Set(own.map((contact) => contact.id));
    list.forEach((contact, i) => {
      if (ownIds.has(contact.id)) problems.push(`contacts[${i}].id: "${contact.id}" is also the id of one of extraContacts`);
    });
    if (problems.length > 0) {
      return {
        error: () => html`${fromSrc
            ? msg(html`The contacts from "${this.src}" cannot be shown because some are not valid:`)
            : msg('These contacts cannot be shown because some are not valid:')}
          ${problemList(problems)}`,
      };
    }
    // An empty list of your own would leave a reader with no number at all.
    if (own.length === 0 && list.length === 0) return { error: () => msg('The list of contacts given is empty.') };
    const entries = [...own.map((contact) => toEntry(contact, true)), ...list.map((contact) => checkedEntries.get(contact) ?? toEntry(contact, false))];
    return { entries: inGroups(entries) };
  }

  /**
   * A long list's result once it has been checked a slice at a time; until then `undefined`,
   * and the check runs (once per list given), then the list updates.
   */
  #checkLater(list: readonly unknown[], parse: (input: unknown) => ParseResult<Contact[]>): ParseResult<Contact[]> | undefined {
    const done = this.#checked.get(list);
    if (done || this.#checkingList === list) return done;
    this.#checkingList = list;
    const checking: Promise<void> = parseInSlices(list, parse).then((result) => {
      this.#checked.set(list, result);
      if (this.#checking === checking) {
        this.#checking = undefined;
        this.#checkingList = undefined;
      }
      this.#listChanged = true;
      this.requestUpdate();
    });
    this.#checking = checking;
    return undefined;
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
      : 'error' in list
        ? list.error
        : undefined;

    const { total, present, matches, complete } = this.#filter('entries' in list ? list.entries : [], limit);
    const shown = matches.slice(0, this.#shown);
    const more = complete ? Math.min(pageSize, matches.length - shown.length) : matches.length > shown.length ? pageSize : 0;
    const filtered = this.query.trim() || this.category;
    const level = headingLevel(this.headingLevel);
    const statusText =
      'loading' in list
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
    this.#settled = !('loading' in list) && complete ? statusText : undefined;

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
                ${entries.map((entry) => this.#contact(entry.contact, Math.min(6, level + 2)))}
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

  /**
   * The entries in `categories` (their count and categories, for the filter), and those that
   * match `category` and `query`. Typing on narrows the last matches instead of every entry.
   */
  #filter(entries: readonly Entry[], limit: readonly string[]) {
    // An unknown category chosen chooses nothing: every category shows (render names the mistake).
    const only = order.includes(this.category as ContactCategory) ? this.category : '';
    let scope = this.#scope;
    if (scope?.entries !== entries || scope.categories !== this.categories || scope.category !== this.category) {
      scope = { entries, categories: this.categories, category: this.category, chosen: [], present: new Set(), total: 0 };
      for (const entry of entries) {
        const category = groupOf(entry);
        if (limit.length > 0 && !limit.includes(category)) continue;
        scope.total++;
        scope.present.add(category);
        if (!only || category === only) scope.chosen.push(entry);
      }
      this.#scope = scope;
    }
    const query = this.query;
    const last = this.#found;
    if (last?.scope === scope && last.query === query && last.locale === uiLang()) return { total: scope.total, present: scope.present, matches: last.matches, complete: last.complete };
    clearTimeout(this.#counting);
    if (!query.trim()) {
      this.#found = { scope, query, locale: uiLang(), matches: scope.chosen, complete: true };
      return { total: scope.total, present: scope.present, matches: scope.chosen, complete: true };
    }
    // A longer query matches a subset of what the shorter one did, unless the shorter one held
    // a character that number search ignores (a "+" matches as text, "+44" as a number).
    const narrow = last?.scope === scope && last.complete && last.locale === uiLang() && query.startsWith(last.query) && !/[-().+]/.test(last.query);
    const from = narrow ? last.matches : scope.chosen;
    const test = matcher(query);
    // The page to show (and one more, to know there is more) at once; the rest, and so the count, after.
    const matches: Entry[] = [];
    let at = 0;
    /** Searches on from where the last call stopped, up to `end` or until `enough()`. */
    const scan = (end: number, enough = () => false) => {
      for (; at < end && !enough(); at++) {
        const entry = from[at] as Entry;
        if (test(entry)) matches.push(entry);
      }
    };
    scan(from.length, () => matches.length > this.#shown);
    const found = { scope, query, locale: uiLang(), matches, complete: at >= from.length };
    this.#found = found;
    const slice = () => {
      scan(Math.min(from.length, at + searchSlice));
      if (at < from.length) this.#counting = setTimeout(slice, 0);
      else {
        found.complete = true;
        if (this.#found === found) this.requestUpdate();
      }
    };
    if (!found.complete) this.#counting = setTimeout(slice, 0);
    return { total: scope.total, present: scope.present, matches, complete: found.complete };
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

  #contact(contact: Contact, level: number): TemplateResult {
    const availability = contact.availability;
    // Hours that are not confirmed never say "open now" or "closed now".
    const now = availability.type === 'weekly' && availability.confirmed !== false && this.#now && openAt(availability, this.#now);
    const hours = openingHours(availability);
    const facts = [
      contact.anonymous && html`<li class="stress">${msg('You do not have to give your name')}</li>`,
      contact.confidential && html`<li>${msg('Confidential')}</li>`,
      contact.interpreters && html`<li>${msg('Interpreters available')}</li>`,
      contact.languages.length > 0 &&
        html`<li>${msg('Languages:')} ${inEnglish(contact.languages.map(languageName).join(', '))}</li>`,
    ].filter(Boolean);
    const links = [
      ...contact.websites.map((site) => html`<li><a part="link" class="web" href=${site.url}>${fromData(site.label)}</a></li>`),
      ...contact.emails.map((email) => html`<li>${email.label ? html`${fromData(email.label)}:\u00a0` : ''}<a part="link" href="mailto:${email.address}">${email.address}</a></li>`),
    ];
    return html`
      <li part="contact" class="contact">
        <p part="name" class="name" role="heading" aria-level=${level}>${fromData(contact.name)}</p>
        ${contact.organisation && contact.organisation !== contact.name ? html`<p class="secondary">${fromData(contact.organisation)}</p>` : nothing}
        <p>${fromData(contact.summary)}</p>
        ${contact.phones.length > 0 ? html`<ul class="phones" role="list">${contact.phones.map((phone) => this.#phone(contact, phone))}</ul>` : nothing}
        ${hours
          ? html`<p part="hours" class="secondary">
              ${now
                ? html`<strong part="open-now" class=${now.open ? 'now open' : 'now'}>${now.open ? msg('Open now') : msg('Closed now')}</strong>
                    <span class="now">${now.today ? msg(str`Today ${now.today}.`) : msg('Closed today.')}</span>`
                : nothing}
              ${hours}
            </p>`
          : nothing}
        ${facts.length > 0 ? html`<ul part="facts" class="facts" role="list">${facts}</ul>` : nothing}
        ${links.length > 0 ? html`<ul class="links" role="list">${links}</ul>` : nothing}
        ${contactCaution(contact)}
      </li>
    `;
  }

  #phone(contact: Contact, phone: Phone): TemplateResult {
    const notes = [
      phone.freephone === true && msg('Free to call'),
      phone.freephone === false && msg('Calls may cost money'),
      phone.textOnly && msg('Text messages only'),
      phone.textphone && msg('Textphone'),
    ].filter(Boolean);
    return html`
      <li>
        ${phone.label ? html`<span class="label">${fromData(phone.label)}</span>` : nothing}
        ${phone.textOnly
          ? html`<span part="text-number" class="number" dir="ltr">${phone.display}</span>`
          : callContact(contact, phone)}
        ${notes.length > 0 ? html`<span class="secondary">${notes.join(' · ')}</span>` : nothing}
        ${phone.note ? html`<span class="note secondary">${fromData(phone.note)}</span>` : nothing}
      </li>
    `;
  }
}
