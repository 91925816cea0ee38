import { html } from 'lit';
import type { Contact } from '@ctkit/data/schemas';
import type { Fixture } from '../../test/fixture-types.js';

/** Served by the test runner and Storybook at the same path (see .storybook/main.ts). */
export const dataPath = '/packages/elements/test/data/';

// An organisation's own contacts (01632 960xxx numbers are reserved by Ofcom for drama).
const safeguardingLead: Contact = {
  id: 'riverside-safeguarding-lead',
  name: 'Safeguarding lead, Riverside Hotel',
  category: 'internal',
  summary: 'Tell the safeguarding lead about any concern, at once, before you do anything else.',
  phones: [{ number: '+441632960018', display: '01632 960018', label: 'Mobile' }],
  emails: [{ address: 'safeguarding@example.org' }],
  websites: [],
  availability: { type: 'weekly', timeZone: 'Europe/London', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }] },
  languages: ['en', 'cy'],
  jurisdictions: ['GB-WLS'],
  audiences: ['professionals'],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

const dutyManager: Contact = {
  id: 'riverside-duty-manager',
  name: 'Duty manager, Riverside Hotel',
  category: 'internal',
  summary: 'The central point of contact out of hours: the duty manager is on site day and night.',
  phones: [{ number: '+441632960555', display: '01632 960555', label: 'Reception, ask for the duty manager' }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-WLS'],
  audiences: ['professionals'],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

/**
 * An organisation's own contacts: its safeguarding lead and its central point of contact.
 * The same contacts are the `src` example, `test/data/own-contacts.json`.
 */
export const ownContacts: Contact[] = [safeguardingLead, dutyManager];

/** A contact whose name is markup: it must show as text. */
export const markupContact: Contact = { ...safeguardingLead, id: 'markup', name: '<img src=x onerror="window.ctkXss=1">Night porter' };

/** A contact with a link that would run script, and a number that is not E.164: never shown. */
export const unsafeContact = {
  ...safeguardingLead,
  phones: [{ number: '01632 960018', display: '01632 960018' }],
  websites: [{ url: 'javascript:alert(1)', label: 'Our policy' }],
};

export const contactDirectoryFixtures: readonly Fixture[] = [
  {
    name: 'Default',
    description: 'With no attributes: every contact in the data, grouped by category, emergency first, with search and a category filter.',
    template: () => html`<ctk-contact-directory></ctk-contact-directory>`,
  },
  {
    name: 'Searched',
    description: 'The `query` attribute fills the search box: here, contacts that mention "slavery".',
    template: () => html`<ctk-contact-directory query="slavery"></ctk-contact-directory>`,
  },
  {
    name: 'Limited to categories',
    description: '`categories="emergency report"` shows only emergency services and places to report a concern.',
    template: () => html`<ctk-contact-directory categories="emergency report"></ctk-contact-directory>`,
  },
  {
    name: 'One category chosen',
    description: 'The `category` attribute sets the filter: here, advice lines.',
    template: () => html`<ctk-contact-directory category="advice"></ctk-contact-directory>`,
  },
  {
    name: "Your organisation's own contacts",
    description: 'The `extraContacts` property adds your own contacts (a safeguarding lead, the central point of contact), shown first.',
    template: () => html`<ctk-contact-directory .extraContacts=${ownContacts}></ctk-contact-directory>`,
  },
  {
    name: 'Your own list only',
    description: 'The `contacts` property replaces the list from the data.',
    template: () => html`<ctk-contact-directory .contacts=${ownContacts}></ctk-contact-directory>`,
  },
  {
    name: 'Loaded from a JSON file',
    description: '`src` loads a JSON list of contacts (the format of `@ctkit/data/json/contacts.json`), validated before it is shown.',
    template: () => html`<ctk-contact-directory src="${dataPath}own-contacts.json"></ctk-contact-directory>`,
  },
  {
    name: 'No matches',
    description: 'A search that matches nothing says so, and offers to clear the search.',
    template: () => html`<ctk-contact-directory query="no such contact"></ctk-contact-directory>`,
  },
  {
    name: 'Markup in a name',
    description: 'Text from data is always text: a name with HTML in it shows the HTML as characters.',
    template: () => html`<ctk-contact-directory .extraContacts=${[markupContact]}></ctk-contact-directory>`,
  },
  {
    name: 'Unknown category',
    description: 'A category that does not exist: a visible, specific error instead of a blank.',
    template: () => html`<ctk-contact-directory categories="emergency police"></ctk-contact-directory>`,
    error: true,
  },
  {
    name: 'Invalid contact',
    description: 'An own contact with a javascript: link and a number that is not E.164: nothing is shown; the error names each field.',
    template: () => html`<ctk-contact-directory .extraContacts=${[ownContacts[1], unsafeContact]}></ctk-contact-directory>`,
    error: true,
  },
  {
    name: 'JSON file not found',
    description: '`src` answered 404: the error says so.',
    template: () => html`<ctk-contact-directory src="${dataPath}no-such-file.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    name: 'Broken JSON file',
    description: '`src` is not valid JSON: the error quotes the parser.',
    template: () => html`<ctk-contact-directory src="${dataPath}broken.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    name: 'Invalid records in a JSON file',
    description: '`src` holds records that fail validation: the error names the field of each record.',
    template: () => html`<ctk-contact-directory src="${dataPath}invalid.json"></ctk-contact-directory>`,
    error: true,
  },
  {
    name: 'JSON file unreachable',
    description: 'The request for `src` fails (here the browser refuses the port): the error says the request failed and why it may have.',
    template: () => html`<ctk-contact-directory src="http://localhost:9/contacts.json"></ctk-contact-directory>`,
    error: true,
  },
];
