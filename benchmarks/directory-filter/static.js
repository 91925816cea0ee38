// The same search in plain JavaScript: an input over the same 10,000 contacts, each folded once
// to lower-case text and digits; a keystroke that extends the last query tests only its
// matches (as ctkit does), any other tests every contact; it shows the first 20 matches (name
// and a tel: link) and a count, with plain DOM calls.
import { perAction } from '../measure.js';
import { contacts, queries } from './contacts.js';

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const index = contacts.map((contact) => ({
  contact,
  text: fold([contact.name, contact.organisation, contact.summary].join('\n')),
  digits: contact.phones.map((phone) => `${phone.number} ${phone.display.replace(/\D/g, '')}`).join(' '),
}));

const input = document.querySelector('input');
const status = document.querySelector('[role="status"]');
const list = document.querySelector('ul');

let last = { query: '', matches: index };
function show() {
  const words = fold(input.value).trim().split(/\s+/);
  const number = words.join('');
  const narrow = input.value.startsWith(last.query) && !/[-().+]/.test(last.query);
  const matches = (narrow ? last.matches : index).filter((entry) => (/^\d{2,}$/.test(number) && entry.digits.includes(number)) || words.every((word) => entry.text.includes(word) || entry.digits.includes(word)));
  last = { query: input.value, matches };
  status.textContent = `${matches.length} of ${index.length} contacts`;
  list.replaceChildren(
    ...matches.slice(0, 20).map(({ contact }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `tel:${contact.phones[0].number}`;
      link.textContent = contact.phones[0].display;
      item.append(`${contact.name} `, link);
      return item;
    }),
  );
}
input.addEventListener('input', show);
show();

await perAction(
  queries.map((query) => () => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }),
);
