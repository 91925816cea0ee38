// `region` on the four elements that know where the reader is: each nation's flow, contacts,
// child route and 111; England and Wales without it; an unknown region named beside the
// national numbers.
import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { getReferralFlow } from '@ctkit/data/referral';
import { contactsServing, nationalContacts, safeguardingLead } from '../contacts.fixtures.js';

const modules = ['contact-directory/define.js', 'referral-flowchart/define.js', 'helpline-banner/define.js', 'indicator-checklist/define.js'];
const text = (el: Element) => visibleText(shadow(el)).replace(/\s+/g, ' ');
const names = (el: Element) => [...shadow(el).querySelectorAll('[part="name"]')].map((node) => visibleText(node));
const calls = (el: Element) => [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const errorText = (el: Element) => shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const title = (el: Element) => visibleText(shadow(el).querySelector('[part="title"]')!);
const childSign = 'general-criminal-county-lines';

for (const mode of renderModes) {
  describe(`region, ${mode.name}`, () => {
    afterEach(cleanupFixtures);

    it('lists in the directory only the contacts serving that nation; without a region, England and Wales', async () => {
      for (const [region, nation] of [['scotland', 'GB-SCT'], ['northern-ireland', 'GB-NIR'], ['wales', 'GB-WLS'], ['england', 'GB-ENG']] as const) {
        const { el } = await render(mode, html`<ctk-contact-directory region=${region}></ctk-contact-directory>`, modules);
        expect(names(el), region).to.have.members(contactsServing(nation).map((contact) => contact.name));
        cleanupFixtures();
      }
      const { el } = await render(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      expect(names(el)).to.have.members(nationalContacts.map((contact) => contact.name));
      expect(names(el)).to.not.include('Police Scotland').and.not.include('PSNI');
    });

    it("shows Scotland's police, support providers and NHS 24, and Northern Ireland's, in their directories", async () => {
      const { el: scotland } = await render(mode, html`<ctk-contact-directory region="scotland"></ctk-contact-directory>`, modules);
      expect(text(scotland)).to.contain('Police Scotland').and.contain('TARA').and.contain('NHS 24').and.contain('999').and.contain('08000 121 700');
      const { el: ni } = await render(mode, html`<ctk-contact-directory region="northern-ireland"></ctk-contact-directory>`, modules);
      expect(text(ni)).to.contain('PSNI').and.contain('Migrant Help').and.contain('999').and.contain('08000 121 700');
    });

    it('picks the flowchart of the nation, as flow= does; flow wins over region', async () => {
      for (const id of ['scotland', 'northern-ireland'] as const) {
        const { el: byRegion } = await render(mode, html`<ctk-referral-flowchart region=${id} view="diagram"></ctk-referral-flowchart>`, modules);
        expect(title(byRegion)).to.equal(getReferralFlow(id).title);
        const { el: byFlow } = await render(mode, html`<ctk-referral-flowchart flow=${id} view="diagram"></ctk-referral-flowchart>`, modules);
        expect(title(byFlow)).to.equal(getReferralFlow(id).title);
        cleanupFixtures();
      }
      const englandWales = getReferralFlow('england-wales').title;
      for (const region of ['', 'england', 'wales']) {
        const { el } = await render(mode, html`<ctk-referral-flowchart region=${region}></ctk-referral-flowchart>`, modules);
        expect(title(el), region).to.equal(englandWales);
      }
      const { el } = await render(mode, html`<ctk-referral-flowchart region="scotland" flow="england-wales"></ctk-referral-flowchart>`, modules);
      expect(title(el)).to.equal(englandWales);
    });

    it('offers NHS 111 nowhere in Northern Ireland, and NHS 24 on 111 in Scotland', async () => {
      const templates = [
        html`<ctk-contact-directory region="northern-ireland"></ctk-contact-directory>`,
        html`<ctk-referral-flowchart region="northern-ireland" view="diagram"></ctk-referral-flowchart>`,
        html`<ctk-helpline-banner region="northern-ireland" contact="nhs-111"></ctk-helpline-banner>`,
      ];
      let ni!: Element;
      for (const template of templates) {
        ({ el: ni } = await render(mode, template, modules));
        // "Northern Ireland has no NHS 111" may be said; nothing offers it.
        expect(text(ni).replaceAll('has no NHS 111', ''), ni.localName).to.not.contain('NHS 111');
        expect(calls(ni), ni.localName).to.not.include('tel:111');
      }
      expect(names(ni)[0]).to.contain('out of hours');
      expect(text(ni)).to.contain('In an emergency, call 999');
      const { el: scotland } = await render(mode, html`<ctk-helpline-banner region="scotland" contact="nhs-111"></ctk-helpline-banner>`, modules);
      expect(names(scotland)[0]).to.contain('NHS 24');
      expect(calls(scotland)).to.include('tel:111');
      const { el: england } = await render(mode, html`<ctk-helpline-banner region="england" contact="nhs-111"></ctk-helpline-banner>`, modules);
      expect(names(england)[0]).to.equal('NHS 111');
    });

    it("names a contact that does not serve the region, and shows the helpline and 999 beside it", async () => {
      const { el } = await render(mode, html`<ctk-helpline-banner region="england" contact="tara"></ctk-helpline-banner>`, modules);
      expect(errorText(el)).to.contain('"TARA (Trafficking Awareness Raising Alliance)" does not serve the region "england".');
      expect(calls(el)).to.include('tel:+448000121700').and.include('tel:999');
    });

    it("names whom to tell about a child in the reader's nation", async () => {
      const routes = { '': 'children’s services', england: 'children’s services', scotland: 'social work team at the council', 'northern-ireland': 'Gateway team' };
      for (const [region, words] of Object.entries(routes)) {
        const { el } = await render(mode, html`<ctk-indicator-checklist region=${region} .checked=${[childSign]}></ctk-indicator-checklist>`, modules);
        expect(visibleText(shadow(el).querySelector('[part="child-route"]')!), region).to.contain(words).and.contain('consent is not needed');
      }
    });

    it("keeps what was given beside an unknown region: your own contacts, the flow named, the nation's flow standing in", async () => {
      const { el: directory } = await render(mode, html`<ctk-contact-directory region="scotlnd" .extraContacts=${[safeguardingLead]}></ctk-contact-directory>`, modules);
      expect(errorText(directory)).to.contain('Unknown region "scotlnd"');
      expect(names(directory)).to.include(safeguardingLead.name).and.include('Police, fire, ambulance: emergency');
      const { el: named } = await render(mode, html`<ctk-referral-flowchart region="scotlnd" flow="scotland"></ctk-referral-flowchart>`, modules);
      expect(shadow(named).querySelector('[part="error"]')).to.equal(null);
      expect(title(named)).to.equal(getReferralFlow('scotland').title);
      const { el: standIn } = await render(mode, html`<ctk-referral-flowchart region="scotland" flow="scotlnd"></ctk-referral-flowchart>`, modules);
      expect(errorText(standIn)).to.contain('The national flow for Scotland is shown instead.').and.contain('Unknown flow "scotlnd"');
      expect(title(standIn)).to.equal(getReferralFlow('scotland').title);
    });

    it('names an unknown region and the regions there are, beside the national numbers, in every element', async () => {
      for (const tag of ['ctk-contact-directory', 'ctk-referral-flowchart', 'ctk-helpline-banner', 'ctk-indicator-checklist']) {
        const markup = {
          'ctk-contact-directory': html`<ctk-contact-directory region="scotlnd"></ctk-contact-directory>`,
          'ctk-referral-flowchart': html`<ctk-referral-flowchart region="scotlnd"></ctk-referral-flowchart>`,
          'ctk-helpline-banner': html`<ctk-helpline-banner region="scotlnd"></ctk-helpline-banner>`,
          'ctk-indicator-checklist': html`<ctk-indicator-checklist region="scotlnd"></ctk-indicator-checklist>`,
        }[tag];
        const { el } = await render(mode, markup!, modules);
        expect(errorText(el), tag).to.contain('Unknown region "scotlnd". Use one of: england, wales, scotland, northern-ireland.');
        expect(text(el), tag).to.contain('999');
        if (tag !== 'ctk-referral-flowchart') expect(text(el), tag).to.contain('08000 121 700');
        cleanupFixtures();
      }
    });
  });
}
