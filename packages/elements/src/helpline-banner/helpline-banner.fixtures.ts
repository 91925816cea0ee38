import { html } from 'lit';
import type { Fixture } from '../../test/fixture-types.js';

export const helplineBannerFixtures: readonly Fixture[] = [
  {
    name: 'Default',
    description: 'With no attributes: the Modern Slavery & Exploitation Helpline.',
    template: () => html`<ctk-helpline-banner></ctk-helpline-banner>`,
  },
  {
    name: 'Another contact',
    description: 'Any contact from the data by id: here Crimestoppers, for people who will only speak anonymously.',
    template: () => html`<ctk-helpline-banner contact="crimestoppers"></ctk-helpline-banner>`,
  },
  {
    name: 'Text and textphone lines',
    description: 'A contact with a text-only line (shown, not dialled) and a Relay UK textphone line: 999.',
    template: () => html`<ctk-helpline-banner contact="police-emergency"></ctk-helpline-banner>`,
  },
  {
    name: 'Unconfirmed contact',
    description: 'A contact whose data marks a fact as not confirmed: the banner says what.',
    template: () => html`<ctk-helpline-banner contact="glaa"></ctk-helpline-banner>`,
  },
  {
    name: 'Unknown contact',
    description: 'A contact id the data does not have: a visible, specific error instead of a blank.',
    template: () => html`<ctk-helpline-banner contact="no-such-helpline"></ctk-helpline-banner>`,
    error: true,
  },
];
