// The two lines every element that ends in "what to do" shows, worded once: 999 when someone is
// in danger, and otherwise the helpline, with what its data says of it.
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { emergencyLine } from '@ctkit/data/emergency-line';
import { callContact, callEmergency, fromData } from './markup.js';

/** "If someone is in immediate danger, call 999." */
export const emergencyStep = (): TemplateResult => html`${msg(html`If someone is in immediate danger, call ${callEmergency(emergencyLine)}.`)}`;

/** What the data says of the helpline (free, confidential, open 24/7), in the UI language. */
const helplineFacts = (): string[] =>
  [
    helpline.phones[0]?.freephone && msg('Free to call'),
    helpline.confidential && msg('Confidential'),
    helpline.availability.type === 'always' && msg('Open 24/7'),
  ].filter((fact): fact is string => !!fact);

/** "If no one is in immediate danger, call the Modern Slavery & Exploitation Helpline on 08000 121 700. Free to call. …" */
export const helplineStep = (): TemplateResult => html`
  ${msg(html`If no one is in immediate danger, call the ${fromData(helpline.name)} on ${helpline.phones.slice(0, 1).map((phone) => callContact(helpline, phone))}.`)}
  ${helplineFacts().map((fact) => html`${fact}. `)}${msg('You do not need to be sure.')}
`;
