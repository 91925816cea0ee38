// The page's own settings for its ctkit elements. Properties that take objects (your own
// contacts, your own pathway) are set from a script file, since this page allows no inline
// script.
import { locales, localeStatus, setLocale } from '../../packages/elements/dist/cdn/ctkit.min.js';
import { dutyManager } from './own-contacts.js';

document.querySelector('ctk-contact-directory').extraContacts = [dutyManager];

// A language menu for the help (the page's own text stays in English). Each option is the
// language's own name, marked with its language; draft translations are grouped as such.
// Import from the same address as the <script> above, so there is one copy of ctkit.
const menu = document.querySelector('#language');
const drafts = document.createElement('optgroup');
drafts.label = 'Draft translations';
for (const locale of locales) {
  const { name, status } = localeStatus[locale];
  const option = new Option(name, locale);
  option.lang = locale;
  (status === 'draft' ? drafts : menu).append(option);
}
menu.append(drafts);
menu.addEventListener('change', () => setLocale(menu.value));
