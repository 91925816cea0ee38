import { html } from 'lit';
import type { Fixture } from '../fixture-types.fixtures.js';
import { dataPath, markupContact, safeguardingLead as ownContact, unsafeContact } from '../contacts.fixtures.js';

export { markupContact, ownContact, unsafeContact };

export const helplineBannerFixtures = [
  {
    id: 'default',
    name: 'Default',
    description: 'With no attributes: the Modern Slavery & Exploitation Helpline, with the 999 line.',
    template: () => html`<ctk-helpline-banner></ctk-helpline-banner>`,
  },
  {
    id: 'compact',
    name: 'Compact',
    description: 'One short block: name, number, hours and the 999 line.',
    template: () => html`<ctk-helpline-banner variant="compact"></ctk-helpline-banner>`,
  },
  {
    id: 'inline',
    name: 'Inline',
    description: 'A phrase that flows inside a sentence: the name and the number.',
    template: () => html`<ctk-helpline-banner variant="inline"></ctk-helpline-banner>`,
  },
  {
    id: 'without-999-line',
    name: 'Without the 999 line',
    description: 'The `no-emergency` attribute leaves out "In an emergency, call 999".',
    template: () => html`<ctk-helpline-banner no-emergency></ctk-helpline-banner>`,
  },
  {
    id: 'another-contact',
    name: 'Another contact',
    description: 'Any contact from the data by id: here Crimestoppers, stressing that you need not give your name.',
    template: () => html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`,
  },
  {
    id: 'nhs-111-in-scotland',
    name: 'NHS 111, in Scotland',
    description: '`contact="nhs-111" region="scotland"`: in Scotland, 111 is NHS 24. (Northern Ireland has no 111: there, the GP out-of-hours service.)',
    template: () => html`<ctk-helpline-banner contact="nhs-111" region="scotland"></ctk-helpline-banner>`,
  },
  {
    id: 'text-and-textphone-lines',
    name: 'Text and textphone lines',
    description: 'A contact with a text-only line (shown, not dialled) and a Relay UK textphone line: 999.',
    template: () => html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`,
  },
  {
    id: 'longest-number',
    name: 'The longest number',
    description: 'Acas, whose Relay UK line "18001 0300 123 1100" is the longest number in the dataset: on a 320 px screen it wraps at its spaces, whole and in reach, in every language.',
    template: () => html`<ctk-helpline-banner contact="acas"></ctk-helpline-banner>`,
  },
  {
    id: 'opening-hours',
    name: 'Opening hours',
    description: 'A contact open on weekdays only, with hours in UK time: Acas.',
    template: () => html`<ctk-helpline-banner contact="acas"></ctk-helpline-banner>`,
  },
  {
    id: 'unconfirmed-contact',
    name: 'Unconfirmed contact',
    description: 'A contact whose data marks a fact as not confirmed: the banner says what.',
    template: () => html`<ctk-helpline-banner contact="glaa"></ctk-helpline-banner>`,
  },
  {
    id: 'own-contact',
    name: 'Your own contact',
    description: 'The `contact` property set to your own contact, validated before it is shown.',
    template: () => html`<ctk-helpline-banner .contact=${ownContact}></ctk-helpline-banner>`,
  },
  {
    id: 'own-contact-from-a-file',
    name: 'Your own contact, from a JSON file',
    description: '`contact-src` shows your own contact from a JSON file (one contact, or a list of which the first is shown: the same file as the directory\'s `extra-src`), validated: no script needed.',
    template: () => html`<ctk-helpline-banner contact-src="${dataPath}own-contacts.json"></ctk-helpline-banner>`,
  },
  {
    id: 'markup-in-name',
    name: 'Markup in a name',
    description: 'Text from data is always text: a name with HTML in it shows the HTML as characters.',
    template: () => html`<ctk-helpline-banner .contact=${markupContact}></ctk-helpline-banner>`,
  },
  {
    id: 'unknown-contact',
    name: 'Unknown contact',
    description: 'A contact id the data does not have: a visible, specific error instead of a blank.',
    template: () => html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`,
    error: true,
  },
  {
    id: 'unknown-region',
    name: 'Unknown region',
    description: 'A region that is not a UK nation: a visible error naming the regions there are, beside the national helpline and 999.',
    template: () => html`<ctk-helpline-banner region="scotlnd"></ctk-helpline-banner>`,
    error: true,
  },
  {
    id: 'invalid-custom-contact',
    name: 'Invalid custom contact',
    description: 'A custom contact with a javascript: link and a number that is not E.164: not shown; the error names each field.',
    template: () => html`<ctk-helpline-banner .contact=${unsafeContact}></ctk-helpline-banner>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
