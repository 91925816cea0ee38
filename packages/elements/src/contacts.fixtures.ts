/**
 * Contacts an organisation might add, shared by the fixtures of every component that shows
 * contacts, and by the tests. (01632 960xxx numbers are reserved by Ofcom for drama.) Like
 * every `*.fixtures.ts` file, left out of the package's build and published files.
 * @module
 */
import type { Contact, Jurisdiction } from '@ctkit/data/schemas';
import { contacts } from '@ctkit/data/contacts';

/** The dataset's contacts serving one of `nations`: what the directory shows for a region. */
export const contactsServing = (...nations: Jurisdiction[]): readonly Contact[] =>
  contacts.filter((contact) => contact.jurisdictions.some((nation) => nations.includes(nation)));

/** What the directory shows without a region: the contacts serving England or Wales (and the whole UK). */
export const nationalContacts = contactsServing('GB-ENG', 'GB-WLS');

/** An organisation's safeguarding lead. */
export const safeguardingLead: Contact = {
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

/** The same safeguarding lead, written in Welsh by a Welsh public body: it says so in `lang`. */
export const welshSafeguardingLead: Contact = {
  ...safeguardingLead,
  id: 'glan-yr-afon-safeguarding-lead',
  name: 'Arweinydd diogelu, Gwesty Glan yr Afon',
  summary: 'Dywedwch wrth yr arweinydd diogelu am unrhyw bryder, ar unwaith, cyn gwneud dim byd arall.',
  phones: [{ number: '+441632960018', display: '01632 960018', label: 'Ffôn symudol' }],
  lang: 'cy',
};

/** An organisation's central point of contact out of hours. */
export const dutyManager: Contact = {
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


/** Where the test runner and Storybook serve the example JSON files (see .storybook/main.ts): `own-contacts.json` holds `ownContacts`. */
export const dataPath = '/packages/elements/test/data/';
