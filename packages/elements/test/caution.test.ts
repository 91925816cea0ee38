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
import { pathsThrough, englandWales } from '../src/referral-flowchart/referral-flowchart.fixtures.js';
import { unconfirmedShown } from './caution.js';

const unconfirmed = contacts.filter((contact) => contact.confidence === 'unverified');

interface View {
  name: string;
  module: string;
  template: (contact: Contact) => TemplateResult;
  /** The contact is on screen in this view (a flow shows only those its steps name). */
  shows: (contact: Contact) => boolean;
}

const flowEnds = englandWales.nodes.flatMap((node) => (node.type === 'action' ? [node] : []));
const ends = pathsThrough(englandWales);

const views: View[] = [
  ...(['full', 'compact', 'inline'] as const).map((variant) => ({
    name: `banner, ${variant}`,
    module: 'helpline-banner/define.js',
    template: (contact: Contact) => html`<ctk-helpline-banner contact=${contact.id} variant=${variant}></ctk-helpline-banner>`,
    shows: () => true,
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
    template: () => html`<ctk-contact-directory></ctk-contact-directory>`,
    shows: () => true,
  },
  {
    name: 'checklist next steps, as your contact',
    module: 'indicator-checklist/define.js',
    template: (contact) => html`<ctk-indicator-checklist .contact=${{ ...contact, id: `own-${contact.id}` }} .checked=${['general-isolated']}></ctk-indicator-checklist>`,
    shows: () => true,
  },
  {
    name: 'flowchart, diagram',
    module: 'referral-flowchart/define.js',
    template: () => html`<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>`,
    shows: (contact) => flowEnds.some((node) => node.contacts.includes(contact.id)),
  },
  ...ends.map(({ answers, end }) => ({
    name: `flowchart, guided, at "${end.id}"`,
    module: 'referral-flowchart/define.js',
    template: () => html`<ctk-referral-flowchart .answers=${answers}></ctk-referral-flowchart>`,
    shows: (contact: Contact) => end.type === 'action' && end.contacts.includes(contact.id),
  })),
];

describe('an unconfirmed contact is never shown without its caution', () => {
  afterEach(async () => {
    cleanupFixtures();
    await screenMedia();
  });

  it('the data has unconfirmed contacts to walk, and the flow shows some of them', () => {
    expect(unconfirmed.length).to.be.greaterThan(0);
    expect(flowEnds.some((node) => node.contacts.some((id) => unconfirmed.some((c) => c.id === id)))).to.equal(true);
  });

  for (const mode of renderModes) {
    for (const view of views) {
      for (const media of ['screen', 'print'] as const) {
        (media === 'print' ? itCan.bind(null, 'printMedia') : it)(`${view.name}, ${mode.name}: ${media === 'print' ? 'in print' : 'on screen'}`, async () => {
          for (const contact of unconfirmed) {
            const { el } = await render(mode, view.template(contact), [view.module]);
            if (media === 'print') await emulateMedia({ media });
            const found = unconfirmedShown(shadow(el), unconfirmed);
            const what = `${contact.id}, ${media}`;
            if (view.shows(contact)) expect(found.shown, `${what}: the view shows the contact`).to.include(contact.id);
            expect(found.missing, `${what}: shown without a caution`).to.deep.equal([]);
            await screenMedia();
            cleanupFixtures();
          }
        });
      }
    }
  }
});
