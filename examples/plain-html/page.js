// The page's own settings for its ctkit elements. Properties that take objects (your own
// contacts, your own pathway) are set from a script file, since this page allows no inline
// script.
import { locales, localeStatus, setLocale } from '../../packages/elements/dist/ctkit.min.js';
import { dutyManager } from './own-contacts.js';

document.querySelector('ctk-contact-directory').extraContacts = [dutyManager];

// A language menu for the help (the page's own text stays in English). Each option is the
// language's own name; a draft translation says so. Import from the same address as the
// <script> above, so that there is one copy of ctkit on the page.
const menu = document.querySelector('#language');
for (const locale of locales) {
  const { name, status } = localeStatus[locale];
  const option = new Option(status === 'draft' ? `${name} (draft)` : name, locale);
  option.lang = locale;
  menu.append(option);
}
menu.addEventListener('change', () => setLocale(menu.value));
