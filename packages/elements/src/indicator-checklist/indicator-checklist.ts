import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, IndicatorCategory, IndicatorSet } from '@ctkit/data/schemas';
import { renderFallback } from '../internal/config-error.js';
import { keepPageLanguage, uiDir, uiLang } from '../internal/locale.js';
import { settled, type Chunk } from '../internal/chunks.js';
import { datasetSets } from '../internal/indicator-sets.js';
import { flowchartLink } from '../internal/flowchart-link.js';
import { emergencyStep, helplineStep } from '../internal/help-lines.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { loading, shown, type Resolution } from '../internal/resolution.js';
import { resolveChecklist, type Shown } from './resolve.js';
import { contactFromFile } from '../internal/contacts.js';
import { JsonSource } from '../internal/json-source.js';
import { callContact, contactCaution, fromData, headingLevel } from '../internal/markup.js';
import { printAlone } from './print-alone.js';
import { styles } from './indicator-checklist.styles.js';

/** `detail` of the `ctk-change` event. */
export interface IndicatorChecklistChangeDetail {
  /** The ids of the ticked signs, in the order they were ticked. */
  checked: string[];
}

/**
 * Signs shown at first in a category, and added by each "Show more signs": a set of your own
 * with thousands of signs renders at once, a page at a time (the data's sets are far smaller).
 */
const pageSize = 100;

/** Today on the reader's clock as YYYY-MM-DD: unambiguous in any language. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * The signs of trafficking and exploitation to look for, from `@ctkit/data`: the general set,
 * plus the set for your sector (`sector="hospitality"`), as native checkboxes grouped in
 * fieldsets. Once anything is ticked it shows what to do next: 999 if someone is in immediate
 * danger, otherwise the Modern Slavery & Exploitation Helpline, your organisation's own contact
 * (the `contact` property, or content in the `contact` slot), and a link to the referral flow
 * when a `<ctk-referral-flowchart>` with an `id` is on the page.
 *
 * It never scores, counts or judges: the signs are reasons to ask more, not proof, and it says
 * so. Ticks are private: nothing is stored or sent; they last as long as the page. "Print my
 * notes" prints the ticked signs with the date and no names, for the safeguarding lead.
 *
 * A custom set (`indicatorSet`) and your own contact (`contact`) are validated with
 * `@ctkit/data/validate` (loaded on demand); an invalid one, or an unknown sector, is not
 * used: the general signs, and what to do next with 999 and the helpline, are shown beside a
 * short notice whose collapsed detail names the problem. A set of thousands of signs shows
 * them 100 at a time.
 *
 * @summary The signs to look for in your sector, and what to do next; never a verdict.
 *
 * @slot contact - Your organisation's own contact for a concern, shown under "What to do next" (for example `<p slot="contact">Tell the duty manager on extension 200.</p>`).
 *
 * @fires {CustomEvent<IndicatorChecklistChangeDetail>} ctk-change - The ticks changed, by the reader or `reset()`: `detail.checked` is the ids of the ticked signs.
 *
 * @csspart base - The whole checklist.
 * @csspart set - One indicator set (general, or a sector's) with its title and summary.
 * @csspart set-title - The title of a set (a heading at `heading-level`).
 * @csspart group - A fieldset of signs of one kind.
 * @csspart legend - The legend of a fieldset.
 * @csspart checkbox - A sign's checkbox.
 * @csspart credits - The sources a set paraphrases.
 * @csspart next - "What to do next", shown once anything is ticked.
 * @csspart child-route - The step to refer a child to children's services, once a sign about a child is ticked.
 * @csspart phone - A `tel:` link (999, the helpline, your contact).
 * @csspart caution - What is not confirmed about your contact, when it says so.
 * @csspart link - A link to your referral flow.
 * @csspart button - The "Print my notes", "Clear all ticks", "What to do next" (beside ticked signs) and "Show more signs" buttons.
 * @csspart notes - The notes that "Print my notes" prints: the ticked signs and the date.
 * @csspart error - The message shown instead of the checklist when the configuration is wrong.
 *
 * @cssprop [--ctk-color-caution=#f47738] - Colour of the bar beside a caution about unconfirmed facts.
 * @cssprop [--ctk-checklist-accent=#1d70b8] - Colour of the bar beside "What to do next".
 * @cssprop [--ctk-checklist-background=#f3f2f1] - Background of "What to do next".
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text (summaries, sources).
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-button-background=#ffffff] - Background of its buttons (the same in every browser; keep 4.5:1 contrast with `--ctk-button-color`).
 * @cssprop [--ctk-button-color=#0b0c0c] - Text and border colour of its buttons.
 * @cssprop [--ctk-color-emergency=#d4351c] - Colour of the bar beside the 999 line.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkIndicatorChecklist extends CtkElement {
  static override styles = styles;

  static {
    // The referral link and your slotted contact are found from the second render, on purpose.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { sector: 'text', region: 'text', indicatorSet: 'object', contact: 'object', contactSrc: 'text', checked: 'list', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    sector: { reflect: true },
    region: {},
    indicatorSet: { attribute: false },
    contact: { attribute: false },
    contactSrc: { attribute: 'contact-src' },
    checked: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The sector whose signs are shown after the general ones: `hospitality`, `aviation`,
   * `healthcare`, `transport`, `education` or `law-enforcement` (see `sectors` in
   * `@ctkit/data/indicators`). Empty: the general signs only.
   */
  sector: string = '';

  /**
   * Where the reader is: `england`, `wales`, `scotland` or `northern-ireland`. Names whom to tell
   * about a child in that nation under "What to do next" (children's services in England and
   * Wales, the council's social work in Scotland, the Trust's Gateway team in Northern
   * Ireland). Empty: England and Wales.
   */
  region: string = '';

  /**
   * Your own indicator set, validated before it is shown: after the general set, or instead
   * of it when its `sector` is `general`. Takes the place of `sector`.
   */
  indicatorSet?: IndicatorSet;

  /** Your organisation's own contact for a concern, shown under "What to do next"; validated. */
  contact?: Contact;

  /**
   * The address of a JSON file with your organisation's own contact for a concern, shown under
   * "What to do next" as `contact` is, without a script: one contact, or a list in the format of
   * `@ctkit/data/json/contacts.json` (the same file as the directory's `extra-src`), of which
   * the first is shown. Fetched without cookies for other sites and without a referrer, then
   * validated; takes the place of `contact`. The signs show while it loads; if it cannot be
   * loaded or is not valid, the general signs and the national numbers are shown beside a
   * notice naming the address and the problem. The only request for data this element makes.
   */
  contactSrc: string = '';

  /**
   * The ids of the ticked signs. Set it to restore ticks (it does not fire `ctk-change`); ids
   * of signs not shown are dropped. Never stored anywhere.
   */
  checked: readonly string[] = [];

  /** Heading level (1 to 6) of the set titles and of "What to do next". */
  headingLevel: number = 2;

  #resolution: Resolution<Shown> = loading;
  #fileLoaded = false;
  #source = new JsonSource(
    this,
    () => this.contactSrc,
    () => {
      this.#fileLoaded = true;
      this.requestUpdate();
    },
  );

  /** `updateComplete` waits for the `contact-src` file. */
  protected override pendingWork() {
    return [this.#source.pending];
  }
  #slotted = false;

  #slotchange = (event: Event) => {
    this.#slotted = (event.target as HTMLSlotElement).assignedNodes().length > 0;
    this.requestUpdate();
  };
  #printingNotes = false;
  /** "Clear all ticks" was pressed, and nothing ticked since: the status says so. */
  #cleared = false;

  /** Moves reading to "What to do next", from a button beside the ticked signs (far above it). */
  #toNext = () => {
    const title = this.renderRoot.querySelector<HTMLElement>('#next');
    title?.scrollIntoView({ block: 'start' });
    title?.focus();
  };

  /** How many signs of each long category are shown, by set and category id; the rest come a page at a time. */
  #shown = new Map<string, number>();

  #shownOf(set: IndicatorSet, category: IndicatorCategory): number {
    return this.#shown.get(`${set.id} ${category.id}`) ?? pageSize;
  }

  #showMore(set: IndicatorSet, category: IndicatorCategory): void {
    this.#shown.set(`${set.id} ${category.id}`, this.#shownOf(set, category) + pageSize);
    this.requestUpdate();
  }

  /** The general signs, with your sector's (or the validator, for your own set or contact). */
  protected override needs(): Chunk[] {
    const wanted: Chunk[] = [datasetSets.chunk('general')];
    if (this.indicatorSet || this.contact || this.contactSrc) wanted.push('validate');
    // Read before the value is made safe (`kinds`): only a string names a sector.
    if (!this.indicatorSet && typeof this.sector === 'string' && this.sector && this.sector !== 'general') wanted.push(datasetSets.chunk(this.sector));
    return wanted.filter((chunk) => !settled(chunk));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('contactSrc')) this.#source.changed();
    if (changed.has('sector') || changed.has('region') || changed.has('indicatorSet') || changed.has('contact') || changed.has('contactSrc') || this.#fileLoaded) {
      this.#fileLoaded = false;
      const contactFile = this.contactSrc ? contactFromFile(this.contactSrc, this.#source.result) : undefined;
      this.#resolution = resolveChecklist({ sector: this.sector, region: this.region, indicatorSet: this.indicatorSet, contact: this.contact, contactFile });
    }
    const sets = shown(this.#resolution)?.sets;
    if (sets) {
      const present = new Set(sets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((indicator) => indicator.id))));
      // Signs no longer shown are no longer ticked: say so, as for any other change.
      if (this.checked.some((id) => !present.has(id))) this.#set(this.checked.filter((id) => present.has(id)));
    }
  }

  /**
   * Boxes ticked in the server-rendered page before the element ran count too; and the
   * referral link, which needs the page, comes with a second render.
   */
  protected override firstUpdated(): void {
    const ticked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    if (ticked.join() !== this.checked.join()) this.#set(ticked);
    // The notes' date (and the referral link) need the page: shown whenever the next steps are.
    else if (ticked.length > 0 || this.#resolution.state === 'error') this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    keepPageLanguage(this);
  }

  /** Clears every tick (and fires `ctk-change`). */
  reset(): void {
    this.#set([]);
  }

  /** Prints the ticked signs alone, with the date and no names, for the safeguarding lead. */
  async printNotes(): Promise<void> {
    if (this.checked.length === 0) return;
    await printAlone(
      this,
      async () => {
        this.#printingNotes = true;
        this.requestUpdate();
        await this.updateComplete;
      },
      () => {
        this.#printingNotes = false;
        this.requestUpdate();
      },
    );
  }

  #set(checked: readonly string[]): void {
    this.checked = checked;
    this.dispatchEvent(new CustomEvent<IndicatorChecklistChangeDetail>('ctk-change', { detail: { checked: [...checked] }, bubbles: true, composed: true }));
  }

  #toggle = (event: Event) => {
    const box = event.target as HTMLInputElement;
    this.#cleared = false;
    this.#set(box.checked ? [...this.checked, box.value] : this.checked.filter((id) => id !== box.value));
  };

  #clear = async () => {
    this.reset();
    this.#cleared = true;
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  };

  protected override render() {
    const resolution = this.#resolution;
    const { sets, contact } = shown(resolution) ?? { sets: [] };
    const level = headingLevel(this.headingLevel);
    const ticked = new Set(this.checked);
    return html`
      ${resolution.state === 'error'
        ? renderFallback(msg("This checklist's settings could not be used. The national signs and numbers are shown instead."), resolution.message())
        : nothing}
      <div part="base" lang=${uiLang()} dir=${uiDir()} class=${this.#printingNotes ? 'notes-only' : ''}>
        ${sets.map(
          (set) => html`
            <section part="set" class="set">
              <p part="set-title" class="title" role="heading" aria-level=${level}>${fromData(set.title)}</p>
              <p class="secondary">${fromData(set.summary)}</p>
              ${set.categories.map(
                (category) => html`
                  <fieldset part="group">
                    <legend part="legend">${fromData(category.title)}</legend>
                    ${category.indicators.slice(0, this.#shownOf(set, category)).map(
                      (indicator) => html`
                        <label class="sign">
                          <input
                            part="checkbox"
                            type="checkbox"
                            autocomplete="off"
                            value=${indicator.id}
                            ?checked=${ticked.has(indicator.id)}
                            .checked=${ticked.has(indicator.id)}
                            @change=${this.#toggle}
                          />
                          <span>${fromData(indicator.text)}</span>
                        </label>
                      `,
                    )}
                    ${category.indicators.some((indicator) => ticked.has(indicator.id))
                      ? html`<button part="button" class="to-next" type="button" @click=${this.#toNext}>${msg('What to do next')}</button>`
                      : nothing}
                    ${category.indicators.length > this.#shownOf(set, category)
                      ? html`<button part="button" class="more" type="button" @click=${() => this.#showMore(set, category)}>
                          ${msg(str`Show ${Math.min(pageSize, category.indicators.length - this.#shownOf(set, category))} more signs`)}
                        </button>`
                      : nothing}
                  </fieldset>
                `,
              )}
              <p part="credits" class="secondary">
                ${msg('Sources:')}
                ${set.credits.map(
                  (credit, i) => html`${i > 0 ? '; ' : ''}<a href=${credit.url}>${fromData(credit.title)}</a>${credit.licence ? html` (<span translate="no">${credit.licence}</span>)` : ''}`,
                )}
              </p>
            </section>
          `,
        )}
        <p class="visually-hidden" role="status">
          ${ticked.size > 0 ? msg('What to do next is shown after the signs.') : this.#cleared ? msg('All ticks cleared.') : nothing}
        </p>
        ${ticked.size > 0 || resolution.state === 'error' ? this.#next(sets, ticked, contact, level) : nothing}
      </div>
    `;
  }

  /** Whom to tell about a child, in the reader's nation. */
  #childRoute(): string {
    if (this.region === 'scotland') {
      return msg('A sign about a child is ticked: tell the social work team at the council where the child is, or Police Scotland on 101, following your child safeguarding procedure. A child’s consent is not needed.');
    }
    if (this.region === 'northern-ireland') {
      return msg('A sign about a child is ticked: tell the Gateway team at the Health and Social Care Trust where the child lives, or the PSNI on 101, following your child safeguarding procedure. A child’s consent is not needed.');
    }
    return msg('A sign about a child is ticked: refer the child to your local authority’s children’s services, following your child safeguarding procedure. A child’s consent is not needed.');
  }

  /** 999 first (danger), then your own contact (your procedure), then the national helpline. */
  #next(sets: readonly IndicatorSet[], ticked: ReadonlySet<string>, contact: Contact | undefined, level: number): TemplateResult {
    const signs = sets.flatMap((set) => set.categories.flatMap((category) => category.indicators)).filter((indicator) => ticked.has(indicator.id));
    return html`
      <section part="next" class="next" aria-labelledby="next">
        <p id="next" class="title" role="heading" aria-level=${level} tabindex="-1">${msg('What to do next')}</p>
        <p>${msg('Signs like these are reasons to ask more, not proof that someone is being exploited. Do not confront anyone, and do not put yourself or them at risk.')}</p>
        <ul class="steps" role="list">
          <li class="emergency">${emergencyStep()}</li>
          ${signs.some((sign) => sign.child)
            ? html`<li part="child-route">${this.#childRoute()}</li>`
            : nothing}
          ${contact
            ? html`<li>
                ${msg(html`Tell ${fromData(contact.name, undefined, contact.lang)}:`)} ${contact.phones.filter((phone) => !phone.textOnly).map((phone) => html`${callContact(contact, phone)} `)}
                ${contact.emails.map((email) => html`<a part="link" href="mailto:${email.address}">${email.address}</a> `)}
                ${contactCaution(contact)}
              </li>`
            : nothing}
          <li ?hidden=${!this.#slotted}><slot name="contact" @slotchange=${this.#slotchange}></slot></li>
          <li>${helplineStep()}</li>
          ${flowchartLink(this, (link) => html`<li>${link}</li>`)}
        </ul>
        <p class="actions">
          <button part="button" type="button" @click=${() => this.printNotes()}>${msg('Print my notes')}</button>
          <button part="button" type="button" @click=${this.#clear}>${msg('Clear all ticks')}</button>
        </p>
        <section part="notes" class="notes">
          <p class="title">${msg('Signs noticed')}</p>
          <p>${msg('Date:')} ${this.hasUpdated ? today() : nothing}</p>
          <ul>
            ${signs.map((sign) => html`<li>${fromData(sign.text)}</li>`)}
          </ul>
          <p>${msg('No names are recorded here. These signs are reasons to ask more, not proof.')}</p>
        </section>
      </section>
    `;
  }
}
