import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { logConfigError, renderConfigError } from '../internal/config-error.js';
import { coerceProperties } from '../internal/kinds.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { styles } from './quick-exit.styles.js';

const tag = 'ctk-quick-exit';
const neutralPage = 'https://www.bbc.co.uk/weather';
const overlayClass = 'ctk-quick-exit-overlay';
const activeClass = 'ctk-quick-exit-active';
/** Where the page's own address is not known (on the server, and in the first render, which hydrates what the server rendered). */
const standIn = 'https://relative.invalid/ctk-quick-exit/this-page';
/**
 * The least and most time allowed between Shift presses (ms). Under half a second, three
 * presses are hard for anyone and impossible with a tremor; a minute is ample, and far inside
 * what timers keep (setTimeout fires at once when asked to wait more than 2^31 - 1 ms).
 */
const minWindow = 500;
const maxWindow = 60_000;
/** How long leaving may take before the overlay offers a link to press (ms). */
const stuckAfter = 1500;

const sheets = new WeakMap<Document, CSSStyleSheet>();
/** The documents an exit has hidden: this page's, and the top window's when leaving it too. */
let hiddenDocs = new Set<Document>();
/** The no-referrer policies an exit added: to this page, and to the top window's page when leaving it too. */
let referrerPolicies: HTMLMetaElement[] = [];
let offerTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Hides `doc` and all its content from view at once, through a constructable stylesheet
 * (allowed under a strict Content Security Policy, unlike a style attribute). Where a browser
 * cannot, the whole document is hidden instead: leaving must never depend on this, so it never throws.
 */
function hidePage(doc: Document): void {
  hiddenDocs.add(doc);
  try {
    if (!sheets.has(doc)) {
      // A sheet made in this frame cannot be adopted by another document: made by the document's own window.
      const sheet = new (doc.defaultView as typeof window).CSSStyleSheet();
      sheet.replaceSync(
        `.${activeClass} body > :not(.${overlayClass}) { display: none !important; }` +
          `.${overlayClass} { position: fixed; inset: 0; z-index: 2147483647; display: grid; place-content: center; gap: 1em; text-align: center; background: Canvas; color: CanvasText; font: 1.25rem system-ui, sans-serif; }` +
          `.${overlayClass} a { color: LinkText; }` +
          `@media print { .${overlayClass} { display: none; } }`,
      );
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      sheets.set(doc, sheet);
    }
    doc.documentElement.classList.add(activeClass);
    if (!doc.querySelector(`.${overlayClass}`)) {
      const overlay = doc.createElement('div');
      overlay.className = overlayClass;
      overlay.setAttribute('role', 'alert');
      overlay.lang = uiLang();
      overlay.dir = uiDir();
      doc.body.append(overlay);
      // Text after the element is in the page, so screen readers announce it.
      overlay.textContent = msg('Loading.');
    }
  } catch {
    try {
      doc.documentElement.hidden = true;
    } catch {
      // No document element left to hide: nothing shows.
    }
  }
}

/** The page as it was before the exit (back from the back/forward cache). */
function showPage(): void {
  clearTimeout(offerTimer);
  for (const doc of hiddenDocs) {
    try {
      doc.documentElement.classList.remove(activeClass);
      doc.documentElement.hidden = false;
      doc.querySelector(`.${overlayClass}`)?.remove();
    } catch {
      // A document that is gone.
    }
  }
  hiddenDocs = new Set();
  for (const policy of referrerPolicies) policy.remove();
  referrerPolicies = [];
}

/**
 * Replaces the page in the top window, where this page is in a frame that may navigate it
 * (the browser refuses, and throws, in a frame from another site before the reader has clicked
 * or typed in it); else this page. A frame known to be sandboxed without
 * `allow-top-navigation` leaves itself at once: WebKit does not throw there, it only refuses,
 * and the frame would stay (found by the WebKit run of quick-exit.test.ts).
 */
function leave(url: string): void {
  if (topAccess() === 'sandboxed') {
    location.replace(url);
    return;
  }
  try {
    (top ?? window).location.replace(url);
  } catch {
    location.replace(url);
  }
}

/**
 * Whether `frame` lets the page in it navigate the top window: not sandboxed, sandboxed with
 * `allow-top-navigation`, or with `allow-top-navigation-by-user-activation` while the reader's
 * click or key press still counts (where the browser cannot say, it is tried).
 */
function mayNavigateTop(frame: HTMLIFrameElement): boolean {
  if (!frame.hasAttribute('sandbox') || frame.sandbox.contains('allow-top-navigation')) return true;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return frame.sandbox.contains('allow-top-navigation-by-user-activation') && activation?.isActive !== false;
}

/**
 * How this page may reach the top window, from the frames around it that it can see:
 * `reachable` (it may both see into it and navigate it; also in the top window itself),
 * `sandboxed` (a frame it can see forbids navigating the top window now), or `unknown` (a frame
 * from another site hides the rest).
 */
function topAccess(): 'reachable' | 'sandboxed' | 'unknown' {
  try {
    for (let w: Window = window; w !== w.parent; w = w.parent) {
      const frame = w.frameElement as HTMLIFrameElement | null;
      if (!frame) return 'unknown';
      if (!mayNavigateTop(frame)) return 'sandboxed';
    }
    return 'reachable';
  } catch {
    return 'unknown';
  }
}

/**
 * Leaving is taking long, or was stopped (say, by a "Leave site?" prompt the reader cancelled):
 * the page stays hidden, and the overlay offers a link to leave now.
 */
function offerLink(url: string): void {
  for (const doc of hiddenDocs) {
    const overlay = doc.querySelector(`.${overlayClass}`);
    if (overlay && !overlay.querySelector('a')) {
      const link = doc.createElement('a');
      link.href = url;
      link.rel = 'nofollow noreferrer';
      link.textContent = msg('Leave now');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        leave(url);
        // In a frame whose top window refused without a word (a sandbox this page cannot see,
        // in WebKit): the frame leaves itself, if it is still here in a second.
        if (window !== top) setTimeout(() => location.replace(url), 1000);
      });
      overlay.append(link);
      link.focus();
    }
  }
}

/**
 * The top window, where this page may both see into it and navigate it: undefined in a frame
 * from another site, or in one sandboxed without `allow-top-navigation`.
 */
function reachableTop(): Window | undefined {
  return topAccess() === 'reachable' ? (top ?? undefined) : undefined;
}

/**
 * What is wrong with `href`, read against `base` as the browser would: `unsafe` if it is not an
 * http(s) address or a path (never `javascript:`), `same` if it leads back to this page `here`
 * (only a fragment or a query changed, or nothing): leaving for it would reload this page, or not leave at all.
 */
function hrefProblem(href: string, base: string, here: string): 'unsafe' | 'same' | undefined {
  try {
    const url = new URL(href, base);
    const page = new URL(here);
    if (!/^https?:$/.test(url.protocol)) return 'unsafe';
    return url.origin === page.origin && url.pathname === page.pathname ? 'same' : undefined;
  } catch {
    return 'unsafe';
  }
}

/**
 * Room the page keeps above what it scrolls into view (a focused field, an anchor) so a sticky
 * bar never covers it (WCAG 2.4.11): `scroll-padding-top` on the page, the height of the tallest
 * sticky quick exit, through a sheet the page's own rule overrides (`:where` weighs nothing).
 */
const stuckHeights = new Map<CtkQuickExit, number>();
let paddingSheet: CSSStyleSheet | undefined;
let heights: ResizeObserver | undefined;

function keepClear(el: CtkQuickExit, stuck: boolean): void {
  heights ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target as CtkQuickExit;
      if (stuckHeights.has(el)) stuckHeights.set(el, entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight);
    }
    padPage();
  });
  if (stuck && !stuckHeights.has(el)) {
    stuckHeights.set(el, el.offsetHeight);
    heights.observe(el);
  } else if (!stuck && stuckHeights.delete(el)) {
    heights.unobserve(el);
  }
  padPage();
}

function padPage(): void {
  const height = Math.ceil(Math.max(0, ...stuckHeights.values()));
  try {
    if (!paddingSheet) {
      if (!height) return;
      paddingSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, paddingSheet];
    }
    paddingSheet.replaceSync(height ? `:where(html) { scroll-padding-top: ${height}px; }` : '');
  } catch {
    // A browser without constructable sheets: the page's own scroll-padding-top (docs/quick-exit.md) still works.
  }
}

/**
 * Why `sticky` cannot keep `el` at the top while the page scrolls, or undefined if it can. It
 * sticks within its parent, and within the nearest box that clips what overflows it.
 */
function stickyProblem(el: HTMLElement): string | undefined {
  const root = document.scrollingElement ?? document.documentElement;
  for (let box = el.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if (overflow !== 'visible' && overflow !== 'clip') {
      // A box that scrolls itself is where the page scrolls (an app's shell): the button sticks there.
      if (box.scrollHeight > box.clientHeight && overflow !== 'hidden') return undefined;
      return `its ancestor ${describe(box)} has overflow: ${overflow}, so it sticks within that box, which does not scroll`;
    }
  }
  const parent = el.parentElement;
  if (!parent || parent === document.body || parent === document.documentElement) return undefined;
  // At the end of the page the button must still be inside its parent, or the parent carries it away.
  const end = root.scrollHeight - innerHeight;
  const parentBottom = parent.getBoundingClientRect().bottom + scrollY;
  if (end > 0 && parentBottom - el.offsetHeight < end) {
    return `it sticks only within its parent ${describe(parent)}, which scrolls out of view before the page ends`;
  }
  return undefined;
}

const describe = (box: Element) => `<${box.localName}${box.id ? ` id="${box.id}"` : ''}>`;

// One count of Shift presses for the whole page, however many elements it has.
const connected = new Set<CtkQuickExit>();
let presses = 0;
let shiftUsedAsModifier = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The element that speaks and leaves: the first one on the page that can be seen. */
const leader = () => [...connected].find((el) => el.checkVisibility?.() ?? true) ?? [...connected][0];

/**
 * The time allowed between presses: `press-window` kept within 500 to 60000, or 5000 if it is
 * not a positive number.
 */
const windowOf = (el: CtkQuickExit) => (el.pressWindow > 0 ? Math.min(Math.max(el.pressWindow, minWindow), maxWindow) : 5000);

function count(value: number, announcement = ''): void {
  clearTimeout(timer);
  presses = value;
  const speaker = leader();
  for (const el of connected) el.show(presses, el === speaker ? announcement : '');
  // After a press: expire when the next does not come in time; after an expiry: clear the message.
  if (value > 0 && speaker) timer = setTimeout(() => count(0, msg('Exit this page expired.')), windowOf(speaker));
  else if (announcement) timer = setTimeout(() => count(0), 5000);
}

function onKeyDown(event: KeyboardEvent): void {
  // A key pressed while Shift is held (a capital letter): Shift is a modifier, and its release
  // is not a press, even when it is let go before the letter.
  if (event.key !== 'Shift' && event.shiftKey) shiftUsedAsModifier = true;
}

function onKeyUp(event: KeyboardEvent): void {
  const speaker = leader();
  if (!speaker) return;
  if (event.key !== 'Shift') {
    // A key pressed with Shift held means Shift was a modifier: its release does not count.
    shiftUsedAsModifier = event.shiftKey;
    // Any other key starts the count again, silently: someone typing hears nothing about exits.
    if (presses > 0) count(0);
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
 * @csspart error - The message shown when `href` is not a safe address, or would not leave the page (the button then uses the default), or `press-window` is out of range.
 * @csspart note - The note shown in a frame it may not be allowed to leave whole: it then leaves only the frame.
 *
 * @cssprop [--ctk-quick-exit-background=#d4351c] - Button colour.
 * @cssprop [--ctk-quick-exit-color=#ffffff] - Button text colour.
 * @cssprop [--ctk-quick-exit-shadow=#55150b] - Colour of the button's bottom edge.
 * @cssprop [--ctk-quick-exit-bar-background=#ffffff] - Background of the bar when `sticky`: opaque, so page text never shows through it.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-color-text=#0b0c0c] - Colour of the press-count lights and other text.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkQuickExit extends LitElement {
  /** Marks ctkit's elements, whichever copy of ctkit defined them (see `internal/register.ts`). */
  static readonly ctkit: boolean = true;

  static override styles = styles;

  static {
    // What only the browser knows comes from a second render, on purpose (see firstUpdated): no dev-mode warning.
    this.disableWarning?.('change-in-update');
  }

  static override properties: PropertyDeclarations = {
    href: {},
    sticky: { type: Boolean, reflect: true },
    pressWindow: { attribute: 'press-window', type: Number },
  };

  /**
   * Where to go: a neutral page that reveals nothing (default: BBC Weather). An http(s)
   * address or a path on this site; anything else, or an address that leads back to this page
   * (`#`, `?q=1`, this page's own path), shows an error and the default is used.
   */
  href: string = 'https://www.bbc.co.uk/weather'; // = neutralPage, written out for the manifest's docs

  /**
   * Keeps the button at the top as the page scrolls, on an opaque bar
   * (`--ctk-quick-exit-bar-background`). CSS `position: sticky` sticks within the element's
   * parent, so place it directly in `<body>`, before the page's header: elsewhere it warns in the
   * console. While it sticks, the page gets `scroll-padding-top` of the bar's height, so a field
   * focused beneath the bar scrolls clear of it (a page's own `scroll-padding-top` wins).
   */
  sticky: boolean = false;

  /**
   * Milliseconds allowed between Shift presses (default 5000, as GOV.UK: time for someone with a
   * tremor), from 500 to 60000: a value outside is brought within, with an error.
   */
  pressWindow: number = 5000;

  #presses = 0;
  #announcement = '';
  #safeHref = neutralPage;
  #hrefProblem: 'unsafe' | 'same' | undefined;
  #logged: string | undefined;
  #framed = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (connected.size === 0) {
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('keyup', onKeyUp, true);
      window.addEventListener('pageshow', onPageShow);
    }
    connected.add(this);
    if (this.hasUpdated) this.#stick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
      count(0);
    }
    keepClear(this, false);
  }

  /** Keeps focused elements clear of the bar while it sticks, and says in the console where it cannot stick. */
  #stick(): void {
    keepClear(this, this.sticky);
    if (!this.sticky) return;
    requestAnimationFrame(this.#checkSticky);
    // Checked again once the page has loaded: what follows the button may not be there yet.
    if (document.readyState !== 'complete') addEventListener('load', this.#checkSticky, { once: true });
  }

  #stickyWarned: string | undefined;
  #checkSticky = () => {
    if (!this.sticky || !this.isConnected) return;
    const problem = stickyProblem(this);
    if (problem && problem !== this.#stickyWarned) {
      console.warn(`<${tag} sticky>: ${problem}. To keep it in reach, place it directly in <body>, before the page's header (docs/quick-exit.md).`);
    }
    this.#stickyWarned = problem;
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('sticky')) this.#stick();
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

  /** The address to leave for, and what is wrong with `href`, read against `base` from the page `here`. */
  #check(base: string, here: string): [string, 'unsafe' | 'same' | undefined] {
    const problem = this.href == null ? undefined : hrefProblem(this.href, base, here);
    return [problem || this.href == null ? neutralPage : this.href, problem];
  }

  /**
   * What only the browser knows (this page's address, a frame around it) shows from the second
   * render, so the server and the first render (which hydrates the server's) are alike.
   */
  protected override firstUpdated(): void {
    this.#framed = window !== top && !reachableTop();
    if (this.#framed) {
      console.warn(`<${tag}>: in a frame from another site, or sandboxed without allow-top-navigation, it may leave only the frame, not the page around it.`);
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    coerceProperties(this, { href: 'text', sticky: 'off', pressWindow: 'number' }, changed);
    [this.#safeHref, this.#hrefProblem] = this.hasUpdated ? this.#check(document.baseURI, location.href) : this.#check(standIn, standIn);
    const logged = this.#hrefProblem && `${this.#hrefProblem} ${this.href}`;
    if (logged && logged !== this.#logged) {
      logConfigError(
        tag,
        `href "${this.href}" ${this.#hrefProblem === 'same' ? 'leads back to this same page, so it would not leave it' : 'is not an http(s) address or a path'}; using ${neutralPage}.`,
      );
    }
    this.#logged = logged;
    const used = windowOf(this);
    if (changed.has('pressWindow') && used !== this.pressWindow) {
      logConfigError(
        tag,
        `press-window "${this.pressWindow}" is ${this.pressWindow > 0 ? `outside ${minWindow} to ${maxWindow}` : 'not a positive number of'} milliseconds; using ${used}.`,
      );
    }
  }

  /**
   * Hides the page at once and leaves for `href`, replacing this page in the history: the top
   * window's page where this one is in a frame that may leave it, else this page.
   */
  exit(): void {
    // Read again as it leaves: a single-page app may have moved to the page `href` names.
    const url = new URL(this.#check(document.baseURI, location.href)[0], document.baseURI).href;
    const up = reachableTop();
    hidePage(document);
    if (up && up !== window) hidePage(up.document);
    // No referrer from here on: the next site must not learn which page the person left. On
    // the top window's page too: WebKit sends the referrer of the page it navigates, not of the
    // frame that asked (found by the WebKit run of quick-exit.test.ts).
    for (const doc of hiddenDocs) {
      try {
        if (referrerPolicies.some((policy) => policy.ownerDocument === doc && policy.isConnected)) continue;
        const policy = doc.createElement('meta');
        policy.name = 'referrer';
        policy.content = 'no-referrer';
        // A page without a head (removed by a script) still leaves.
        (doc.head ?? doc.documentElement).append(policy);
        referrerPolicies.push(policy);
      } catch {
        // Leaving matters more.
      }
    }
    clearTimeout(offerTimer);
    offerTimer = setTimeout(() => offerLink(url), stuckAfter);
    const proceed = this.dispatchEvent(new CustomEvent('ctk-exit', { bubbles: true, composed: true, cancelable: true }));
    if (proceed) leave(url);
  }

  #onClick = (event: MouseEvent) => {
    event.preventDefault();
    this.exit();
  };

  protected override render() {
    const used = windowOf(this);
    return html`
      ${this.#hrefProblem === 'unsafe'
        ? renderConfigError(msg(html`The exit address "${this.href}" is not safe to use; this button goes to ${neutralPage} instead.`))
        : this.#hrefProblem
          ? renderConfigError(msg(html`The exit address "${this.href}" leads back to this same page, so it would not leave it; this button goes to ${neutralPage} instead.`))
          : nothing}
      ${used === this.pressWindow
        ? nothing
        : renderConfigError(
            this.pressWindow > 0
              ? msg(str`The time allowed between Shift presses (press-window) must be from 500 to 60000 milliseconds; ${used} is used.`)
              : msg('The time allowed between Shift presses (press-window) is not a positive number of milliseconds; 5000 is used.'),
          )}
      <!-- A landmark of its own, named by its button: found by landmark, wherever the page puts it (first in <body> to stick). -->
      <div part="base" lang=${uiLang()} dir=${uiDir()} class="base" role="region" aria-labelledby="button">
        <a part="button" id="button" class="button" href=${this.#safeHref} rel="nofollow noreferrer" @click=${this.#onClick}
          >${msg('Exit this page')}</a
        ><span part="indicator" class="indicator" aria-hidden="true"
          >${[1, 2, 3].map((n) => html`<span class=${n <= this.#presses ? 'light on' : 'light'}></span>`)}</span
        >
        <span class="visually-hidden" role="status">${this.#announcement}</span>
      </div>
      ${this.#framed
        ? html`<p part="note" class="note" lang=${uiLang()} dir=${uiDir()}>
            ${msg('This exit button is inside a frame, so it may leave only the frame, not the whole page. To hide the whole page, close this tab.')}
          </p>`
        : nothing}
    `;
  }
}
