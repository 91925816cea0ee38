// An unconfirmed contact is never shown without its caution. Every component and view that can
// show a contact's number, link or email is walked against every contact the data marks
// `confidence: 'unverified'`, on screen and in print, client-rendered and server-rendered then
// hydrated (without JavaScript: caution.nojs.test.ts). Wherever a number, link or email of such
// a contact is shown, the nearest block holding a caution holds that contact's own caution, and
// the caution is on screen.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itCan, screenMedia } from './engine.js';
import { html, type TemplateResult } from 'lit';
import { contacts } from '@ctkit/data/contacts';
import type { Contact } from '@ctkit/data/schemas';
import { referralFlows } from '@ctkit/data/referral';
import { pathsThrough } from '../src/referral-flowchart/referral-flowchart.fixtures.js';
import { unconfirmedShown } from './caution.js';

const unconfirmed = contacts.filter((contact) => contact.confidence === 'unverified');

interface View {
  name: string;
  module: string;
  template: (contact: Contact) => TemplateResult;
  /** The contact is on screen in this view (a flow shows only those its steps name). */
  shows: (contact: Contact) => boolean;
  /** The view is the same whatever the contact (a flow): rendered once, and checked for each. */
  once?: boolean;
}

const flowEnds = referralFlows.flatMap((flow) => flow.nodes.flatMap((node) => (node.type === 'action' ? [{ flow: flow.id, node }] : [])));
const ends = referralFlows.flatMap((flow) => pathsThrough(flow).map((path) => ({ flow: flow.id, ...path })));
/** A `region` the contact serves, so the directory lists it. */
const regionOf = (contact: Contact) => ({ 'GB-ENG': 'england', 'GB-WLS': 'wales', 'GB-SCT': 'scotland', 'GB-NIR': 'northern-ireland' })[contact.jurisdictions[0]!];
/** What a view shows of a contact: its voice numbers, every number, or its numbers and emails. */
const hasVoice = (contact: Contact) => contact.phones.some((phone) => !phone.textOnly);

const views: View[] = [
  ...(['full', 'compact', 'inline'] as const).map((variant) => ({
    name: `banner, ${variant}`,
    module: 'helpline-banner/define.js',
    template: (contact: Contact) => html`<ctk-helpline-banner contact=${contact.id} variant=${variant}></ctk-helpline-banner>`,
    // The compact banner shows numbers, not links; the inline one its first number to call.
    shows: (contact: Contact) => (variant === 'full' ? true : variant === 'compact' ? contact.phones.length > 0 : hasVoice(contact)),
  })),
  {
    name: 'banner, your own contact',
    module: 'helpline-banner/define.js',
    template: (contact) => html`<ctk-helpline-banner .contact=${{ ...contact, id: `own-${contact.id}` }}></ctk-helpline-banner>`,
    shows: () => true,
  },
  {
    name: 'directory',
    module: 'contact-directory/define.js',
    template: (contact) => html`<ctk-contact-directory region=${regionOf(contact)}></ctk-contact-directory>`,
    shows: () => true,
  },
  {
    name: 'checklist next steps, as your contact',
    module: 'indicator-checklist/define.js',
    template: (contact) => html`<ctk-indicator-checklist .contact=${{ ...contact, id: `own-${contact.id}` }} .checked=${['general-isolated']}></ctk-indicator-checklist>`,
    shows: (contact) => hasVoice(contact) || contact.emails.length > 0,
  },
  ...referralFlows.map((flow) => ({
    name: `flowchart ${flow.id}, diagram`,
    module: 'referral-flowchart/define.js',
    template: () => html`<ctk-referral-flowchart flow=${flow.id} view="diagram"></ctk-referral-flowchart>`,
    // A flow lists a contact's numbers (a contact without one is named, with its caution).
    shows: (contact: Contact) => contact.phones.length > 0 && flowEnds.some((end) => end.flow === flow.id && end.node.contacts.includes(contact.id)),
    once: true,
  })),
  ...ends.map(({ flow, answers, end }) => ({
    name: `flowchart ${flow}, guided, at "${end.id}"`,
    module: 'referral-flowchart/define.js',
    template: () => html`<ctk-referral-flowchart flow=${flow} .answers=${answers}></ctk-referral-flowchart>`,
    shows: (contact: Contact) => contact.phones.length > 0 && end.type === 'action' && end.contacts.includes(contact.id),
    once: true,
  })),
];

describe('an unconfirmed contact is never shown without its caution', () => {
  afterEach(async () => {
    cleanupFixtures();
    await screenMedia();
  });

  it('the data has unconfirmed contacts to walk, and the flow shows some of them', () => {
    expect(unconfirmed.length).to.be.greaterThan(0);
    expect(flowEnds.some(({ node }) => node.contacts.some((id) => unconfirmed.some((c) => c.id === id)))).to.equal(true);
  });

  for (const mode of renderModes) {
    for (const view of views) {
      for (const media of ['screen', 'print'] as const) {
        (media === 'print' ? itCan.bind(null, 'printMedia') : it)(`${view.name}, ${mode.name}: ${media === 'print' ? 'in print' : 'on screen'}`, async () => {
          for (const contact of view.once ? unconfirmed.slice(0, 1) : unconfirmed) {
            const { el } = await render(mode, view.template(contact), [view.module]);
            if (media === 'print') await emulateMedia({ media });
            const found = unconfirmedShown(shadow(el), unconfirmed);
            for (const one of view.once ? unconfirmed : [contact]) {
              if (view.shows(one)) expect(found.shown, `${one.id}, ${media}: the view shows the contact`).to.include(one.id);
            }
            expect(found.missing, `${contact.id}, ${media}: shown without a caution`).to.deep.equal([]);
            await screenMedia();
            cleanupFixtures();
          }
        });
      }
    }
  }
});
