import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AffectedPoster, AwarenessPoster, IndicatorSet, PublicPoster } from '@ctkit/data/schemas';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { renderFallback } from '../internal/config-error.js';
import { settled, type Chunk } from '../internal/chunks.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { emergencyStep, helplineStep } from '../internal/help-lines.js';
import { translateData, uiDir, uiLang } from '../internal/locale.js';
import { localeStatus, matchLocale, sourceLocale } from '../internal/locale-status.js';
import { callContact, callEmergency, code, fromData, headingLevel, inEnglish } from '../internal/markup.js';
import { emergencyLine } from '@ctkit/data/emergency-line';
import { failed, loading, ready, type Resolution } from '../internal/resolution.js';
import { datasetSets } from '../internal/indicator-sets.js';
import { posters, posterText, qrCode } from './posters.js';
import { qrSvg, safeQrAddress } from './qr.js';
import { styles } from './awareness-poster.styles.js';

/** Who a poster speaks to: the public and staff, or a person who may be trafficked. */
export type AwarenessPosterAudience = 'public' | 'affected';

/** The paper it is laid out for in print. */
export type AwarenessPosterSize = 'a4' | 'a3';

/** An attribute given a value it does not take: what was given, and what it takes. */
const unknownValue = (attribute: string, value: unknown, values: string): TemplateResult =>
  msg(html`The ${code(attribute)} attribute cannot be "${code(String(value))}". Use one of: ${code(values)}.`);

/** How many strips to tear off along the bottom. */
const strips = 8;

/**
 * An awareness poster, on screen and printed, from `@ctkit/data/posters`.
 *
 * `audience="public"` (the default) with a `sector` (`general`, `hospitality`, `aviation`,
 * `healthcare`, `transport`, `education`, `law-enforcement`): the few signs that matter most in
 * that setting (chosen in the data, each with its reason), what to do (999 in danger, the
 * helpline otherwise) and that a sign is a reason to ask, not proof.
 *
 * `audience="affected"`: for a person who may be trafficked, in the second person and plain
 * words, what may be happening to them, then that they are not alone and help is free,
 * confidential and there day and night, with an interpreter and without giving a name, and
 * the helpline's number, large. The reader can switch the poster's language with its own menu
 * (every ctkit locale; drafts say so), starting from the page's language. On screen it says that
 * nothing is recorded, and offers a quick exit when the page has none. Nothing is stored or sent.
 *
 * In print it fills one A4 page (`size="a3"`: A3), the number readable from two metres;
 * `tear-offs` adds strips with the number along the bottom; `qr` draws a QR code for the
 * address you give (your help page), made in the page (lean-qr), never fetched.
 *
 * @summary A campaign poster: the signs for the public, or help for a person who may be trafficked.
 *
 * @csspart base - The whole poster.
 * @csspart title - Its headline (a heading at `heading-level`).
 * @csspart intro - The line under the headline (public).
 * @csspart signs - The signs (public).
 * @csspart proof - That a sign is a reason to ask, not proof (public).
 * @csspart statements - What may be happening to the reader (affected).
 * @csspart reassurance - That help is there (affected).
 * @csspart number - The helpline's number, large.
 * @csspart steps - What to do: 999, the helpline (public).
 * @csspart language - The poster's language menu (affected, on screen).
 * @csspart qr - The QR code and the address it holds.
 * @csspart tear-offs - The strips to tear off, each with the number.
 * @csspart phone - A `tel:` link.
 * @csspart error - The message shown when the configuration is wrong (999 and the helpline stay beside it).
 *
 * @cssprop [--ctk-poster-background=#ffffff] - Background of the poster.
 * @cssprop [--ctk-poster-accent=#1d70b8] - Colour of the band behind the headline and of the number.
 * @cssprop [--ctk-poster-accent-text=#ffffff] - Text colour on the band (keep 4.5:1 contrast with the accent).
 * @cssprop [--ctk-poster-border=#b1b4b6] - Colour of its border on screen, and of the tear-off lines.
 * @cssprop [--ctk-color-emergency=#d4351c] - Colour of the bar beside the 999 line.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text.
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkAwarenessPoster extends CtkElement {
  static override styles = styles;

  static {
    // The language menu and the quick exit come with the second render, on purpose.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = {
    audience: 'text',
    sector: 'text',
    size: 'text',
    tearOffs: 'off',
    qr: 'text',
    language: 'text',
    headingLevel: 'number',
  };

  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    sector: {},
    size: { reflect: true },
    tearOffs: { attribute: 'tear-offs', type: Boolean, reflect: true },
    qr: {},
    language: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** `public` (default: the signs, for the public and staff) or `affected` (for a person who may be trafficked). */
  audience: AwarenessPosterAudience = 'public';

  /** For a public poster: `general` (default), `hospitality`, `aviation`, `healthcare`, `transport`, `education` or `law-enforcement`. */
  sector: string = 'general';

  /** `a4` (default) or `a3`: the paper it fills in print. */
  size: AwarenessPosterSize = 'a4';

  /** Strips with the helpline's number along the bottom, to tear off. */
  tearOffs: boolean = false;

  /** An `https:` address (your help page) for a QR code on the poster, made in the page. Empty: no QR code. */
  qr: string = '';

  /**
   * The language of a poster for a person affected: one of ctkit's locales (`en-GB`, `cy`, `pl`,
   * `ro`, `sq`, `vi`, `ar`; `cy-GB` is taken as `cy`). Empty: the language ctkit's elements are
   * shown in (`setLocale`), or else the page's `lang`. The reader's choice in the poster's menu
   * sets it. Another language is an error, shown with 999 and the helpline.
   */
  language: string = '';

  /** Heading level (1 to 6) of the headline. */
  headingLevel: number = 2;

  #resolution: Resolution<AwarenessPoster> = loading;
  /** The page's language, read once the element runs (the server cannot see the page). */
  #pageLanguage = '';
  /** The menu and the quick exit need script. */
  #interactive = false;
  /** This poster offers the page's quick exit (it is loading, or shown): one poster on a page does. */
  #offering = false;
  /** The quick exit's module, while it loads: `updateComplete` waits for it. */
  #offer: Promise<unknown> | undefined;
  #quickExit = false;

  /** The poster's language: `language`, else ctkit's when it is not English, else the page's. */
  get #lang(): string {
    return this.language ? matchLocale([this.language]) : uiLang() !== sourceLocale ? uiLang() : this.#pageLanguage || sourceLocale;
  }

  /** The poster's id: `affected`, or a public poster's sector (never `affected`: that is not a sector). */
  #posterId(): string {
    if (this.audience === 'affected') return 'affected';
    const sector = (typeof this.sector === 'string' && this.sector) || 'general';
    return sector === 'affected' ? '' : sector;
  }

  protected override needs(): Chunk[] {
    const id = this.#posterId();
    const wanted: Chunk[] = [posters.chunk(id)];
    // A public poster shows signs in the page's language; one for a person affected, in its own.
    if (this.audience === 'affected') wanted.push(posterText.chunk(this.#lang));
    else wanted.push(datasetSets.chunk('general'), datasetSets.chunk(id));
    if (typeof this.qr === 'string' && this.qr) wanted.push(qrCode.chunk('nano'));
    return wanted.filter((chunk) => !settled(chunk));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#resolution = this.#resolve();
  }

  protected override firstUpdated(): void {
    this.#interactive = true;
    this.#pageLanguage = matchLocale([this.closest('[lang]')?.getAttribute('lang') ?? '']);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A person who may be watched needs a way off the page: offer one where the page has none
    // (one for the page, however many posters it has).
    if (this.audience !== 'affected' && this.#offering) this.#release();
    if (this.#interactive && this.audience === 'affected' && !this.#offering && !this.#pageHasQuickExit()) {
      this.#offering = true;
      this.#offer = import('../quick-exit/define.js')
        .then(() => {
          this.#quickExit = this.#offering;
          this.requestUpdate();
        })
        .catch(() => (this.#offering = false))
        .finally(() => (this.#offer = undefined));
    }
  }

  /**
   * Resolves once the poster has rendered whole: with its language menu, and the quick exit it
   * offers (waiting at most two seconds for its file, so that a slow network does not hold up
   * the elements the CDN entry defines after this one).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The menu comes with the second render, the quick exit once its module has loaded.
    for (let round = 0; round < 4 && (!done || this.#offer); round++) {
      await Promise.race([this.#offer, new Promise((resolve) => setTimeout(resolve, 2000))]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  /** Gives up the page's quick exit: another poster for a person affected offers it instead. */
  #release(): void {
    if (!this.#offering) return;
    this.#offering = this.#quickExit = false;
    this.requestUpdate();
    for (const other of document.querySelectorAll('ctk-awareness-poster')) if (other instanceof CtkAwarenessPoster && other !== (this as CtkAwarenessPoster)) other.requestUpdate();
  }

  /** The page's own quick exit, or one another poster offers. */
  #pageHasQuickExit(): boolean {
    return !!document.querySelector('ctk-quick-exit') || [...document.querySelectorAll('ctk-awareness-poster')].some((other) => other instanceof CtkAwarenessPoster && other.#offering);
  }

  #resolve(): Resolution<AwarenessPoster> {
    if (this.audience !== 'public' && this.audience !== 'affected') {
      return failed(() => msg(html`Unknown audience "${code(String(this.audience))}". Use one of: ${code('public, affected')}.`));
    }
    if (this.size !== 'a4' && this.size !== 'a3') return failed(() => unknownValue('size', this.size, 'a4, a3'));
    if (this.language && matchLocale([this.language]) === sourceLocale && !/^en\b/i.test(this.language)) {
      return failed(() => unknownValue('language', this.language, Object.keys(localeStatus).join(', ')));
    }
    if (this.qr && !safeQrAddress(this.qr)) {
      return failed(() => msg(html`The QR code address "${code(this.qr)}" cannot be used: give a full https: address, such as ${code('https://example.org/help')}.`));
    }
    const id = this.#posterId();
    const found = id ? posters.get(id) : undefined;
    if (found) return ready(found);
    const sectors = posters.ids.filter((one) => one !== 'affected');
    if (!id || !posters.ids.includes(id)) return failed(() => msg(html`Unknown sector "${code(String(this.sector))}". Use one of: ${code(sectors.join(', '))}.`));
    return failed(() => msg('The poster could not be loaded. Check the connection and reload the page.'));
  }

  /** `text` from the data in the poster's language, the English marked where it has none. */
  #t(text: string): string | TemplateResult {
    const lang = this.#lang;
    if (lang === sourceLocale) return text;
    return translateData(text, undefined, lang) ?? inEnglish(text);
  }

  protected override render() {
    const resolution = this.#resolution;
    if (resolution.state === 'loading') return nothing;
    if (resolution.state === 'error') {
      // Fail safe: the national numbers stay beside the mistake.
      // A poster meant for a person affected keeps its quick exit beside the mistake.
      return html`<div part="base" class="poster" lang=${uiLang()} dir=${uiDir()}>
        ${this.#quickExit ? html`<ctk-quick-exit class="screen-only"></ctk-quick-exit>` : nothing}
        ${renderFallback(msg('This poster could not be shown. If you need help now, call the numbers below.'), resolution.message())}
        <ul class="steps" role="list">
          <li class="emergency">${emergencyStep()}</li>
          <li>${helplineStep()}</li>
        </ul>
      </div>`;
    }
    const poster = resolution.value;
    const level = headingLevel(this.headingLevel);
    return html`
      <article part="base" class="poster ${poster.audience} ${this.size === 'a3' ? 'a3' : 'a4'}" lang=${uiLang()} dir=${uiDir()}>
        ${poster.audience === 'affected' ? this.#affected(poster, level) : this.#public(poster, level)}
        ${this.#qr()} ${this.tearOffs ? this.#tearOffs() : nothing}
      </article>
    `;
  }

  #public(poster: PublicPoster, level: number): TemplateResult {
    const sets: IndicatorSet[] = [datasetSets.get(poster.id), datasetSets.get('general')].flatMap((set) => (set ? [set] : []));
    const textOf = (id: string) => sets.flatMap((set) => set.categories.flatMap((category) => category.indicators)).find((sign) => sign.id === id)?.text;
    return html`
      <p part="title" class="title" role="heading" aria-level=${level}>${fromData(poster.title)}</p>
      <p part="intro" class="intro">${fromData(poster.intro)}</p>
      <ul part="signs" class="signs">
        ${poster.signs.map((sign) => textOf(sign.indicator)).map((text) => (text ? html`<li>${fromData(text)}</li>` : nothing))}
      </ul>
      <p part="proof" class="proof">${fromData(poster.proof)}</p>
      <ul part="steps" class="steps" role="list">
        <li class="emergency">${emergencyStep()}</li>
        <li>${helplineStep()}</li>
      </ul>
      ${this.#bigNumber(fromData(helpline.name))}
    `;
  }

  /**
   * The helpline's name and its number, large: read from two metres on paper. The link's name
   * ("Call …, 08000 121 700") is in the page's language, as every ctkit phone link's is, and
   * marked so inside a poster the reader switched to another.
   */
  #bigNumber(name: string | TemplateResult): TemplateResult | typeof nothing {
    const phone = helpline.phones[0];
    return phone
      ? html`<p part="number" class="big-number"><span class="helpline-name" aria-hidden="true">${name}</span> <span lang=${uiLang()} dir=${uiDir()}>${callContact(helpline, phone)}</span></p>`
      : nothing;
  }

  #affected(poster: AffectedPoster, level: number): TemplateResult {
    const lang = this.#lang;
    const status = localeStatus[lang];
    return html`
      ${this.#quickExit ? html`<ctk-quick-exit class="screen-only"></ctk-quick-exit>` : nothing}
      ${this.#interactive ? this.#menu(lang) : nothing}
      <div class="body" lang=${lang} dir=${status?.dir ?? 'ltr'}>
        <p part="title" class="title" role="heading" aria-level=${level}>${this.#t(poster.title)}</p>
        <ul part="statements" class="statements">
          ${poster.statements.map((statement) => html`<li>${this.#t(statement.text)}</li>`)}
        </ul>
        <ul part="reassurance" class="reassurance">
          ${poster.reassurance.map((line) => html`<li>${this.#t(line)}</li>`)}
        </ul>
        <p class="action">${this.#t(poster.action)}</p>
        ${this.#bigNumber(this.#t(helpline.name))}
        <p class="danger">${this.#withEmergencyLink(this.#t(poster.danger))}</p>
        <p class="screen-only nothing-recorded">${this.#t(poster.nothingRecorded)}</p>
      </div>
    `;
  }

  /** The danger line with its 999 a link, in any language (every translation writes 999 as it is dialled). */
  #withEmergencyLink(line: string | TemplateResult): string | TemplateResult {
    if (typeof line !== 'string' || !line.includes(emergencyLine.number)) return line;
    const [before, ...after] = line.split(emergencyLine.number);
    return html`${before}${callEmergency(emergencyLine)}${after.join(emergencyLine.number)}`;
  }

  /** The poster's own language menu: every locale, in its own name, drafts marked. */
  #menu(lang: string): TemplateResult {
    const change = (event: Event) => {
      this.language = (event.target as HTMLSelectElement).value;
    };
    return html`<p part="language" class="language screen-only">
      <label for="poster-language">${msg('Language of this poster')}</label>
      <select id="poster-language" aria-describedby="poster-language-draft" @change=${change}>
        ${Object.entries(localeStatus).map(([locale, status]) => html`<option value=${locale} lang=${locale} translate="no" .selected=${locale === lang}>${status.name}</option>`)}
      </select>
      <span id="poster-language-draft" class="draft">${localeStatus[lang]?.status === 'draft' ? msg('This translation is a draft: it has not yet been checked by a native speaker.') : nothing}</span>
    </p>`;
  }

  #qr(): TemplateResult | typeof nothing {
    const address = this.qr ? safeQrAddress(this.qr) : undefined;
    const qr = address ? qrCode.get('nano') : undefined;
    if (!qr || !address) return nothing;
    // Correction M: a printed code still reads with about 15% of it worn or torn.
    return html`<figure part="qr" class="qr">
      ${qrSvg(qr.generate(address, { minCorrectionLevel: qr.correction.M }))}
      <figcaption dir="ltr">${address}</figcaption>
    </figure>`;
  }

  #tearOffs(): TemplateResult {
    const phone = helpline.phones[0];
    const name = this.audience === 'affected' ? this.#t(helpline.name) : fromData(helpline.name);
    // The number is on the poster already: the strips are for paper, not read twice.
    return html`<ul part="tear-offs" class="tear-offs" aria-hidden="true">
      ${Array.from({ length: strips }, () => html`<li><span class="name">${name}</span> <span class="digits" dir="ltr">${phone?.display}</span></li>`)}
    </ul>`;
  }
}
