/**
 * The Shift key, pressed three times, leaves: one count for the whole page, however many
 * `<ctk-quick-exit>` elements it has. The first one that can be seen speaks the count and leaves.
 */
import { msg } from '@lit/localize';
import { showPage } from './leave.js';

/** What the count needs of an element. */
export interface PressTarget extends HTMLElement {
  pressWindow: number;
  /** Shows the count of presses, and speaks `announcement`. */
  show(presses: number, announcement: string): void;
  exit(): void;
}

/**
 * The least and most time allowed between Shift presses (ms). Under half a second, three
 * presses are hard for anyone and impossible with a tremor; a minute is ample, and far inside
 * what timers keep (setTimeout fires at once when asked to wait more than 2^31 - 1 ms).
 */
export const minWindow = 500;
export const maxWindow = 60_000;

const connected = new Set<PressTarget>();
let presses = 0;
let shiftUsedAsModifier = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The element that speaks and leaves: the first one on the page that can be seen. */
const leader = () => [...connected].find((el) => el.checkVisibility?.() ?? true) ?? [...connected][0];

/**
 * The time allowed between presses: `press-window` kept within 500 to 60000, or 5000 if it is
 * not a positive number.
 */
export const windowOf = (el: PressTarget) => (el.pressWindow > 0 ? Math.min(Math.max(el.pressWindow, minWindow), maxWindow) : 5000);

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

/** Counts Shift presses for `el` while it is on the page. */
export function watchPresses(el: PressTarget): void {
  if (connected.size === 0) {
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
  }
  connected.add(el);
}

/** Stops counting for `el`; with the last element gone, the count ends. */
export function unwatchPresses(el: PressTarget): void {
  connected.delete(el);
  if (connected.size === 0) {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('pageshow', onPageShow);
    count(0);
  }
}
