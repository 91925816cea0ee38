// The page's own settings for its ctkit elements. Properties that take objects (your own
// contacts, your own pathway) are set from a script file, since this page allows no inline
// script.
import { dutyManager } from './own-contacts.js';

document.querySelector('ctk-contact-directory').extraContacts = [dutyManager];
