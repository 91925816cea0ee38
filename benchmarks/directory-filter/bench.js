// Types a search into <ctk-contact-directory> holding 10,000 contacts, one keystroke at a
// time, then deletes it again, and reports the median and the 95th percentile of the time per
// keystroke: from the input event to the directory updated and laid out (not painted).
// The single file (ctkit.all.min.js): the directory is defined before the list is made.
import '../../packages/elements/dist/cdn/ctkit.all.min.js';
import { perAction } from '../measure.js';
import { contacts, queries } from './contacts.js';

const el = document.createElement('ctk-contact-directory');
el.contacts = contacts;
document.body.append(el);
await el.updateComplete;
const input = el.shadowRoot.querySelector('input');

await perAction(
  queries.map((query) => () => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }),
);
