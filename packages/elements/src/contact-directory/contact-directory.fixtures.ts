import { html } from 'lit';
import type { Fixture } from '../fixture-types.fixtures.js';
import { dataPath, markupContact, ownContacts, unsafeContact } from '../contacts.fixtures.js';

export { dataPath, markupContact, ownContacts, unsafeContact };

export const contactDirectoryFixtures = [
  {
    id: 'default',
    name: 'Default',
    description: 'With no attributes: the contacts serving England and Wales (and the whole UK), grouped by category, emergency first, with search and a category filter.',
    template: () => html`<ctk-contact-directory></ctk-contact-directory>`,
  },
  ...(['scotland', 'northern-ireland'] as const).map((region) => ({
    id: `region-${region}` as const,
    name: region === 'scotland' ? 'In Scotland' : 'In Northern Ireland',
    description: `\`region="${region}"\`: the contacts serving that nation (its police, support providers and health line), with the UK-wide ones.`,
    template: () => html`<ctk-contact-directory region=${region}></ctk-contact-directory>`,
  })),
  {
    id: 'searched',
    name: 'Searched',
    description: 'The `query` attribute fills the search box: here, contacts that mention "slavery".',
    template: () => html`<ctk-contact-directory query="slavery"></ctk-contact-directory>`,
  },
  {
    id: 'limited-to-categories',
    name: 'Limited to categories',
    description: '`categories="emergency report"` shows only emergency services and places to report a concern.',
    template: () => html`<ctk-contact-directory categories="emergency report"></ctk-contact-directory>`,
  },
  {
    id: 'one-category-chosen',
    name: 'One category chosen',
    description: 'The `category` attribute sets the filter: here, advice lines.',
    template: () => html`<ctk-contact-directory category="advice"></ctk-contact-directory>`,
  },
  {
    id: 'own-contacts-added',
    name: "Your organisation's own contacts",
    description: 'The `extraContacts` property adds your own contacts (a safeguarding lead, the central point of contact), shown first.',
    template: () => html`<ctk-contact-directory .extraContacts=${ownContacts}></ctk-contact-directory>`,
  },
  {
    id: 'own-contacts-from-a-file',
    name: "Your organisation's own contacts, from a JSON file",
    description: '`extra-src` adds your own contacts from a JSON file (the format of `@ctkit/data/json/contacts.json`), validated, above the national list: no script needed.',
    template: () => html`<ctk-contact-directory extra-src="${dataPath}own-contacts.json"></ctk-contact-directory>`,
  },
  {
    id: 'own-list-only',
    name: 'Your own list only',
    description: 'The `contacts` property replaces the list from the data.',
    template: () => html`<ctk-contact-directory .contacts=${ownContacts}></ctk-contact-directory>`,
  },
  {
    id: 'json-file',
    name: 'Loaded from a JSON file',
    description: '`src` loads a JSON list of contacts (the format of `@ctkit/data/json/contacts.json`), validated before it is shown.',
    template: () => html`<ctk-contact-directory src="${dataPath}own-contacts.json"></ctk-contact-directory>`,
  },
  {
    id: 'no-matches',
    name: 'No matches',
    description: 'A search that matches nothing says so, and offers to clear the search.',
    template: () => html`<ctk-contact-directory query="no such contact"></ctk-contact-directory>`,
  },
  {
    id: 'markup-in-name',
    name: 'Markup in a name',
    description: 'Text from data is always text: a name with HTML in it shows the HTML as characters.',
    template: () => html`<ctk-contact-directory .extraContacts=${[markupContact]}></ctk-contact-directory>`,
  },
  {
    id: 'unknown-category',
    name: 'Unknown category',
    description: 'A category that does not exist: a visible, specific error instead of a blank.',
    template: () => html`<ctk-contact-directory categories="emergency police"></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'unknown-region',
    name: 'Unknown region',
    description: 'A region that is not a UK nation: a visible error naming it, and the regions there are, above the England and Wales list.',
    template: () => html`<ctk-contact-directory region="scotlnd"></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'invalid-contact',
    name: 'Invalid contact',
    description: 'An own contact with a javascript: link and a number that is not E.164: nothing is shown; the error names each field.',
    template: () => html`<ctk-contact-directory .extraContacts=${[ownContacts[1], unsafeContact]}></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'json-file-not-found',
    name: 'JSON file not found',
    description: '`src` answered 404: the error says so.',
    template: () => html`<ctk-contact-directory src="${dataPath}no-such-file.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'broken-json-file',
    name: 'Broken JSON file',
    description: '`src` is not valid JSON: the error quotes the parser.',
    template: () => html`<ctk-contact-directory src="${dataPath}broken.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'invalid-json-records',
    name: 'Invalid records in a JSON file',
    description: '`src` holds records that fail validation: the error names the field of each record.',
    template: () => html`<ctk-contact-directory src="${dataPath}invalid.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    id: 'json-file-unreachable',
    name: 'JSON file unreachable',
    description: 'The request for `src` fails (here the browser refuses the port): the error says the request failed and why it may have.',
    template: () => html`<ctk-contact-directory src="http://localhost:9/contacts.json"></ctk-contact-directory>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
