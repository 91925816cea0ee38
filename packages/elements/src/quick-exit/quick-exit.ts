import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { logConfigError, renderConfigError } from '../internal/config-error.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { hideForExit, hrefProblem, leave, neutralPage, reachableTop } from './leave.js';
import { maxWindow, minWindow, unwatchPresses, watchPresses, windowOf } from './presses.js';
import { keepClear, stickyProblem } from './sticky.js';
import { styles } from './quick-exit.styles.js';

const tag = 'ctk-quick-exit';
/** Where the page's own address is not known (on the server, and in the first render, which hydrates what the server rendered). */
const standIn = 'https://relative.invalid/ctk-quick-exit/this-page';

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
 * @fires {CustomEvent<null>} ctk-exit - Just before leaving, after the page is hidden. Cancel it (`preventDefault()`) only to navigate away yourself.
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
export class CtkQuickExit extends CtkElement {
  static override styles = styles;

  static {
    // What only the browser knows comes from a second render, on purpose (see firstUpdated): no dev-mode warning.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { href: 'text', sticky: 'off', pressWindow: 'number' };

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
  /** What the console is to say after this update: the value given, as the page set it. */
  #toLog: string[] = [];
  #framed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    watchPresses(this);
    if (this.hasUpdated) this.#stick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPresses(this);
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
    super.updated(changed);
    if (changed.has('sticky')) this.#stick();
  }

  /** The console names the value given (the page shows what is used instead). */
  protected override reportErrors(): void {
    for (const message of this.#toLog) logConfigError(tag, message);
    this.#toLog = [];
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
    super.willUpdate(changed);
    [this.#safeHref, this.#hrefProblem] = this.hasUpdated ? this.#check(document.baseURI, location.href) : this.#check(standIn, standIn);
    const logged = this.#hrefProblem && `${this.#hrefProblem} ${this.href}`;
    if (logged && logged !== this.#logged) {
      this.#toLog.push(
        `href "${this.href}" ${this.#hrefProblem === 'same' ? 'leads back to this same page, so it would not leave it' : 'is not an http(s) address or a path'}; using ${neutralPage}.`,
      );
    }
    this.#logged = logged;
    const used = windowOf(this);
    if (changed.has('pressWindow') && used !== this.pressWindow) {
      this.#toLog.push(
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
    hideForExit(url);
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
