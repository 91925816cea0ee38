import { html } from 'lit';
import type { Contact } from '@ctkit/data/schemas';
import type { Fixture } from '../../test/fixture-types.js';

/** An organisation's own contact (01632 960xxx numbers are reserved by Ofcom for drama). */
export const ownContact: Contact = {
  id: 'riverside-safeguarding-lead',
  name: 'Safeguarding lead, Riverside Hotel',
  category: 'internal',
  summary: 'Tell the safeguarding lead about any concern, at once, before you do anything else.',
  phones: [{ number: '+441632960018', display: '01632 960018', label: 'Mobile' }],
  emails: [{ address: 'safeguarding@example.org' }],
  websites: [],
  availability: { type: 'weekly', timeZone: 'Europe/London', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }] },
  languages: ['en'],
  jurisdictions: ['GB-ENG'],
  audiences: ['professionals'],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

/** A custom contact whose name is markup: it must show as text. */
export const markupContact: Contact = { ...ownContact, name: '<img src=x onerror="window.ctkXss=1">Duty manager' };

/** A custom contact with a link that would run script: it must not be shown. */
export const unsafeContact = { ...ownContact, websites: [{ url: 'javascript:alert(1)', label: 'Our policy' }] };

export const helplineBannerFixtures: readonly Fixture[] = [
  {
    name: 'Default',
    description: 'With no attributes: the Modern Slavery & Exploitation Helpline, with the 999 line.',
    template: () => html`<ctk-helpline-banner></ctk-helpline-banner>`,
  },
  {
    name: 'Compact',
    description: 'One short block: name, number, hours and the 999 line.',
    template: () => html`<ctk-helpline-banner variant="compact"></ctk-helpline-banner>`,
  },
  {
    name: 'Inline',
    description: 'A phrase that flows inside a sentence: the name and the number.',
    template: () => html`<ctk-helpline-banner variant="inline"></ctk-helpline-banner>`,
  },
  {
    name: 'Without the 999 line',
    description: 'The `no-emergency` attribute leaves out "In an emergency, call 999".',
    template: () => html`<ctk-helpline-banner no-emergency></ctk-helpline-banner>`,
  },
  {
    name: 'Another contact',
    description: 'Any contact from the data by id: here Crimestoppers, stressing that you need not give your name.',
    template: () => html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`,
  },
  {
    name: 'Text and textphone lines',
    description: 'A contact with a text-only line (shown, not dialled) and a Relay UK textphone line: 999.',
    template: () => html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`,
  },
  {
    name: 'Opening hours',
    description: 'A contact open on weekdays only, with hours in UK time: Acas.',
    template: () => html`<ctk-helpline-banner contact="acas"></ctk-helpline-banner>`,
  },
  {
    name: 'Unconfirmed contact',
    description: 'A contact whose data marks a fact as not confirmed: the banner says what.',
    template: () => html`<ctk-helpline-banner contact="glaa"></ctk-helpline-banner>`,
  },
  {
    name: 'Your own contact',
    description: 'The `contact` property set to your own contact, validated before it is shown.',
    template: () => html`<ctk-helpline-banner .contact=${ownContact}></ctk-helpline-banner>`,
  },
  {
    name: 'Markup in a name',
    description: 'Text from data is always text: a name with HTML in it shows the HTML as characters.',
    template: () => html`<ctk-helpline-banner .contact=${markupContact}></ctk-helpline-banner>`,
  },
  {
    name: 'Unknown contact',
    description: 'A contact id the data does not have: a visible, specific error instead of a blank.',
    template: () => html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`,
    error: true,
  },
  {
    name: 'Invalid custom contact',
    description: 'A custom contact with a javascript: link: not shown; the error names the field.',
    template: () => html`<ctk-helpline-banner .contact=${unsafeContact}></ctk-helpline-banner>`,
    error: true,
  },
];
