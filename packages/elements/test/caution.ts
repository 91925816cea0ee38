/**
 * Finds the numbers, links and emails of unconfirmed contacts that a rendered component shows,
 * and those among them shown without their caution. Shared by the caution tests (with and
 * without JavaScript).
 * @module
 */
import type { Contact } from '@ctkit/data/schemas';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Rendered: not `display: none` or `visibility: hidden` here (in the media emulated now). */
const rendered = (el: Element) => el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true });

/** The contact a link or a written number belongs to, by its `tel:`, `mailto:` or web address, or its number as written. */
function owner(el: Element, contacts: readonly Contact[]): Contact | undefined {
  const href = el.localName === 'a' ? (el.getAttribute('href') ?? '') : '';
  const text = squash(el.textContent);
  return contacts.find(
    (contact) =>
      contact.phones.some((phone) => href === `tel:${phone.number}` || (!href && text === phone.display)) ||
      contact.emails.some((email) => href === `mailto:${email.address}`) ||
      contact.websites.some((site) => href === site.url),
  );
}

export interface CautionScan {
  /** Ids of the unconfirmed contacts whose number, link or email is shown. */
  shown: string[];
  /** Each number, link or email shown without its contact's caution nearby. */
  missing: string[];
}

/**
 * Every number, link and email of `unconfirmed` contacts shown in `root`: the nearest enclosing
 * block that holds any caution must hold that contact's own caution (its note, in English), and
 * that caution must be rendered too.
 */
export function unconfirmedShown(root: ShadowRoot, unconfirmed: readonly Contact[]): CautionScan {
  const shown = new Set<string>();
  const missing: string[] = [];
  const marks = [...root.querySelectorAll('a[href], .number')].filter((el) => !(el.classList.contains('number') && el.closest('a')));
  for (const mark of marks) {
    const contact = owner(mark, unconfirmed);
    if (!contact || !rendered(mark)) continue;
    shown.add(contact.id);
    const note = squash(contact.confidenceNote);
    let ok = false;
    for (let block = mark.parentElement; block; block = block.parentElement) {
      const cautions = [...block.querySelectorAll('[part~="caution"]')];
      if (cautions.length === 0) continue;
      ok = cautions.some((caution) => rendered(caution) && squash(caution.textContent).includes(note));
      break;
    }
    if (!ok) missing.push(`${contact.id}: "${squash(mark.textContent)}"`);
  }
  return { shown: [...shown], missing };
}
