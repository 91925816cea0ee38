/**
 * How `<ctk-quick-exit>` leaves: it hides the page at once (and the top window's, where it may
 * reach it), stops the referrer, replaces the page in the top window or in this frame, and
 * offers a link when leaving takes long.
 */
import { msg } from '@lit/localize';
import { uiDir, uiLang } from '../internal/locale.js';

/** Where the button leaves for by default: a neutral page that reveals nothing. */
export const neutralPage = 'https://www.bbc.co.uk/weather';
const overlayClass = 'ctk-quick-exit-overlay';
const activeClass = 'ctk-quick-exit-active';
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
export function showPage(): void {
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
export function leave(url: string): void {
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
export function reachableTop(): Window | undefined {
  return topAccess() === 'reachable' ? (top ?? undefined) : undefined;
}

/**
 * What is wrong with `href`, read against `base` as the browser would: `unsafe` if it is not an
 * http(s) address or a path (never `javascript:`), `same` if it leads back to this page `here`
 * (only a fragment or a query changed, or nothing): leaving for it would reload this page, or not leave at all.
 */
export function hrefProblem(href: string, base: string, here: string): 'unsafe' | 'same' | undefined {
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
 * Everything that happens before the page is left for `url`: this page hidden (and the top
 * window's, where it may reach it), no referrer from here on, and a link to leave now if
 * leaving takes long.
 */
export function hideForExit(url: string): void {
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
}
