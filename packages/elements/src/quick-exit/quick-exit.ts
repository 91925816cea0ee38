import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { logConfigError, renderConfigError } from '../internal/config-error.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { styles } from './quick-exit.styles.js';

const tag = 'ctk-quick-exit';
const neutralPage = 'https://www.bbc.co.uk/weather';
const overlayClass = 'ctk-quick-exit-overlay';
const activeClass = 'ctk-quick-exit-active';

let pageSheet: CSSStyleSheet | undefined;
let referrerPolicy: HTMLMetaElement | undefined;

/**
 * Hides the page and all its content from view at once, through a constructable stylesheet
 * (allowed under a strict Content Security Policy, unlike a style attribute). Where a browser
 * cannot, the whole document is hidden instead: leaving must never depend on this.
 */
function hidePage(): void {
  try {
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
      overlay.lang = uiLang();
      overlay.dir = uiDir();
      document.body.append(overlay);
      // Text after the element is in the page, so screen readers announce it.
      overlay.textContent = msg('Loading.');
    }
  } catch {
    document.documentElement.hidden = true;
  }
  // No referrer from here on: the next site must not learn which page the person left.
  if (!referrerPolicy) {
    referrerPolicy = document.createElement('meta');
    referrerPolicy.name = 'referrer';
    referrerPolicy.content = 'no-referrer';
    document.head.append(referrerPolicy);
  }
}

/** The page as it was before the exit (back from the back/forward cache). */
function showPage(): void {
  document.documentElement.classList.remove(activeClass);
  document.documentElement.hidden = false;
  document.querySelector(`.${overlayClass}`)?.remove();
  referrerPolicy?.remove();
  referrerPolicy = undefined;
}

/** An http(s) address or a path on this site, as the browser will read it; never `javascript:`. */
function isSafeHref(href: string): boolean {
  try {
    return /^https?:$/.test(new URL(href, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

// One count of Shift presses for the whole page, however many elements it has.
const connected = new Set<CtkQuickExit>();
let presses = 0;
let shiftUsedAsModifier = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The element that speaks and leaves: the first one on the page that can be seen. */
const leader = () => [...connected].find((el) => el.checkVisibility?.() ?? true) ?? [...connected][0];

/** The time allowed between presses: `press-window`, or 5000 if that is not a positive number. */
const windowOf = (el: CtkQuickExit) => (el.pressWindow > 0 ? el.pressWindow : 5000);

function count(value: number, announcement = ''): void {
  clearTimeout(timer);
  presses = value;
  const speaker = leader();
  for (const el of connected) el.show(presses, el === speaker ? announcement : '');
  // After a press: expire when the next does not come in time; after an expiry: clear the message.
  if (value > 0 && speaker) timer = setTimeout(() => count(0, msg('Exit this page expired.')), windowOf(speaker));
  else if (announcement) timer = setTimeout(() => count(0), 5000);
}

function onKeyUp(event: KeyboardEvent): void {
  const speaker = leader();
  if (!speaker) return;
  if (event.key !== 'Shift') {
    // A key pressed with Shift held means Shift was a modifier: its release does not count.
    shiftUsedAsModifier = event.shiftKey;
    if (presses > 0) count(0, msg('Exit this page expired.'));
    return;
  }
  if (shiftUsedAsModifier) {
    shiftUsedAsModifier = false;
    return;
  }
  if (presses >= 2) {
    count(0);
    speaker.exit();
    return;
  }
  count(presses + 1, presses === 0 ? msg('Shift, press 2 more times to exit.') : msg('Shift, press 1 more time to exit.'));
}

function onPageShow(): void {
  showPage();
  count(0);
}

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
 * Without JavaScript it is a plain link: server-rendered, the element's own; otherwise put a
 * link inside the element (`<ctk-quick-exit><a href="https://www.bbc.co.uk/weather"
 * rel="nofollow noreferrer">Exit this page</a></ctk-quick-exit>`), shown until the element is
 * defined and hidden after.
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
 * @cssprop [--ctk-color-text=#0b0c0c] - Colour of the press-count lights and other text.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkQuickExit extends LitElement {
  /** Marks ctkit's elements, whichever copy of ctkit defined them (see `internal/define.ts`). */
  static readonly ctkit: boolean = true;

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

  /**
   * Keeps the button at the top as the page scrolls (CSS `position: sticky`: it sticks within
   * its container, so place the element directly in `<body>` to keep it at the top of the viewport).
   */
  sticky: boolean = false;

  /** Milliseconds allowed between Shift presses (default 5000, as GOV.UK: time for someone with a tremor). */
  pressWindow: number = 5000;

  #presses = 0;
  #announcement = '';
  #safeHref = neutralPage;
  #unsafeHref = false;
  #badPressWindow = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (connected.size === 0) {
      document.addEventListener('keyup', onKeyUp, true);
      window.addEventListener('pageshow', onPageShow);
    }
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) {
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
      count(0);
    }
  }

  /**
   * Shows the count of Shift presses and speaks `announcement`: called by the page's counter.
   * @internal
   */
  show(presses: number, announcement: string): void {
    this.#presses = presses;
    this.#announcement = announcement;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      this.#unsafeHref = !isSafeHref(this.href ?? '');
      this.#safeHref = this.#unsafeHref || !this.href ? neutralPage : this.href;
      if (this.#unsafeHref) logConfigError(tag, `href "${this.href}" is not an http(s) address or a path; using ${neutralPage}.`);
    }
    if (changed.has('pressWindow')) {
      this.#badPressWindow = windowOf(this) !== this.pressWindow;
      if (this.#badPressWindow) logConfigError(tag, `press-window "${this.pressWindow}" is not a positive number of milliseconds; using 5000.`);
    }
  }

  /** Hides the page at once and leaves for `href`, replacing this page in the history. */
  exit(): void {
    hidePage();
    const proceed = this.dispatchEvent(new CustomEvent('ctk-exit', { bubbles: true, composed: true, cancelable: true }));
    if (proceed) location.replace(new URL(this.#safeHref, document.baseURI).href);
  }

  #onClick = (event: MouseEvent) => {
    event.preventDefault();
    this.exit();
  };

  protected override render() {
    return html`
      ${this.#unsafeHref
        ? renderConfigError(msg(html`The exit address "${this.href}" is not safe to use; this button goes to ${neutralPage} instead.`))
        : nothing}
      ${this.#badPressWindow
        ? renderConfigError(msg('The time allowed between Shift presses (press-window) is not a positive number of milliseconds; 5000 is used.'))
        : nothing}
      <div part="base" lang=${uiLang()} dir=${uiDir()} class="base">
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
