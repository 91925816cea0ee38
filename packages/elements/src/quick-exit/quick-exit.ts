import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { logConfigError, renderConfigError } from '../internal/config-error.js';
import { styles } from './quick-exit.styles.js';

const tag = 'ctk-quick-exit';
const neutralPage = 'https://www.bbc.co.uk/weather';
const overlayClass = 'ctk-quick-exit-overlay';
const activeClass = 'ctk-quick-exit-active';

/** Only one element on a page counts Shift presses, so two do not both announce. */
let keyOwner: CtkQuickExit | undefined;
let pageSheet: CSSStyleSheet | undefined;

/**
 * Hides the page and all its content from view at once, through a constructable stylesheet
 * (allowed under a strict Content Security Policy, unlike a style attribute).
 */
function hidePage(): void {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(
      `.${activeClass} body > :not(.${overlayClass}) { display: none !important; }` +
        `.${overlayClass} { position: fixed; inset: 0; z-index: 2147483647; display: grid; place-items: center; background: Canvas; color: CanvasText; font: 1.25rem system-ui, sans-serif; }` +
        `@media print { .${overlayClass} { display: none; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }
  document.documentElement.classList.add(activeClass);
  if (!document.querySelector(`.${overlayClass}`)) {
    const overlay = document.createElement('div');
    overlay.className = overlayClass;
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Text after the element is in the page, so screen readers announce it.
    overlay.textContent = msg('Loading.');
  }
}

function showPage(): void {
  document.documentElement.classList.remove(activeClass);
  document.querySelector(`.${overlayClass}`)?.remove();
}

/** A link may leave only for an http(s) address or a path on this site: never `javascript:` or `data:`. */
const isSafeHref = (href: string) => !/^\s*[a-z][a-z0-9+.-]*:/i.test(href) || /^\s*https?:/i.test(href);

/**
 * A quick exit for pages a person at risk may be reading: one press of the button, or of
 * Shift three times (within `press-window` milliseconds of each other), hides the page at once
 * and replaces it with a neutral site, so Back does not return to it. It follows GOV.UK's
 * "Exit this page" and goes further: `location.replace` keeps the page out of the Back button,
 * and no referrer is sent.
 *
 * It cannot erase the browser's history, or what was downloaded or sent: tell your readers
 * so next to it, and link to advice on browsing privately and clearing history.
 *
 * Without JavaScript (server-rendered) it is a plain link to `href` that sends no referrer.
 *
 * @summary Leave this page at once: a button, or Shift pressed three times.
 *
 * @fires ctk-exit - Just before leaving, after the page is hidden. Cancel it (`preventDefault()`) only to navigate away yourself.
 *
 * @csspart base - The box around the button.
 * @csspart button - The exit link, styled as a button.
 * @csspart indicator - Three lights that show how many times Shift has been pressed.
 * @csspart error - The message shown when `href` is not a safe address (the button then uses the default).
 *
 * @cssprop [--ctk-quick-exit-background=#d4351c] - Button colour.
 * @cssprop [--ctk-quick-exit-color=#ffffff] - Button text colour.
 * @cssprop [--ctk-quick-exit-shadow=#55150b] - Colour of the button's bottom edge.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkQuickExit extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    href: {},
    sticky: { type: Boolean, reflect: true },
    pressWindow: { attribute: 'press-window', type: Number },
  };

  /**
   * Where to go: a neutral page that reveals nothing (default: BBC Weather). An http(s)
   * address or a path on this site; anything else shows an error and the default is used.
   */
  href: string = 'https://www.bbc.co.uk/weather'; // = neutralPage, written out for the manifest's docs

  /** Keeps the button at the top of the viewport as the page scrolls. */
  sticky: boolean = false;

  /** Milliseconds allowed between Shift presses (default 5000, as GOV.UK: time for someone with a tremor). */
  pressWindow: number = 5000;

  #presses = 0;
  #announcement = '';
  #shiftUsedAsModifier = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #safeHref = neutralPage;
  #unsafeHref = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first connected element counts Shift presses for the page.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    keyOwner ??= this;
    document.addEventListener('keyup', this.#onKeyUp, true);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (keyOwner === this) keyOwner = undefined;
    document.removeEventListener('keyup', this.#onKeyUp, true);
    window.removeEventListener('pageshow', this.#onPageShow);
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      this.#unsafeHref = !isSafeHref(this.href ?? '');
      this.#safeHref = this.#unsafeHref || !this.href ? neutralPage : this.href;
      if (this.#unsafeHref) logConfigError(tag, `href "${this.href}" is not an http(s) address or a path; using ${neutralPage}.`);
    }
  }

  /** Hides the page at once and leaves for `href`, replacing this page in the history. */
  exit(): void {
    this.#reset();
    hidePage();
    const proceed = this.dispatchEvent(new CustomEvent('ctk-exit', { bubbles: true, composed: true, cancelable: true }));
    if (!proceed) return;
    // No referrer: the neutral site must not learn which page the person left.
    const policy = document.createElement('meta');
    policy.name = 'referrer';
    policy.content = 'no-referrer';
    document.head.append(policy);
    location.replace(new URL(this.#safeHref, document.baseURI).href);
  }

  #onClick = (event: MouseEvent) => {
    event.preventDefault();
    this.exit();
  };

  #onKeyUp = (event: KeyboardEvent) => {
    if (keyOwner !== this) return;
    if (event.key !== 'Shift') {
      // A key pressed with Shift held means Shift was a modifier: its release does not count.
      this.#shiftUsedAsModifier = event.shiftKey;
      if (this.#presses > 0) this.#reset(msg('Exit this page expired.'));
      return;
    }
    if (this.#shiftUsedAsModifier) {
      this.#shiftUsedAsModifier = false;
      return;
    }
    this.#presses += 1;
    clearTimeout(this.#timer);
    if (this.#presses >= 3) {
      this.exit();
      return;
    }
    this.#announcement = this.#presses === 1 ? msg('Shift, press 2 more times to exit.') : msg('Shift, press 1 more time to exit.');
    this.requestUpdate();
    this.#timer = setTimeout(() => this.#reset(msg('Exit this page expired.')), this.pressWindow);
  };

  /** Back from the back/forward cache: show the page again, as it was before the exit. */
  #onPageShow = () => {
    showPage();
    this.#reset();
  };

  #reset(announcement = '') {
    clearTimeout(this.#timer);
    this.#presses = 0;
    this.#announcement = announcement;
    this.requestUpdate();
  }

  protected override render() {
    return html`
      ${this.#unsafeHref
        ? renderConfigError(msg(html`The exit address "${this.href}" is not safe to use; this button goes to ${neutralPage} instead.`))
        : nothing}
      <div part="base" class="base">
        <a part="button" class="button" href=${this.#safeHref} rel="nofollow noreferrer" @click=${this.#onClick}
          >${msg('Exit this page')}</a
        ><span part="indicator" class="indicator" aria-hidden="true"
          >${[1, 2, 3].map((n) => html`<span class=${n <= this.#presses ? 'light on' : 'light'}></span>`)}</span
        >
        <span class="visually-hidden" role="status">${this.#announcement}</span>
      </div>
    `;
  }
}
