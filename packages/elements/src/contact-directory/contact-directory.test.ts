import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itCan, screenMedia, typeKeys } from '../../test/engine.js';
import { html } from 'lit';
import { nationalContacts as contacts } from '../contacts.fixtures.js';
import { openAt } from '../internal/hours.js';
import type { CtkContactDirectory } from './contact-directory.js';
import { dataPath, markupContact, ownContacts, unsafeContact } from './contact-directory.fixtures.js';

const modules = ['contact-directory/define.js'];
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => visibleText(node));
const names = (el: Element) => texts(el, '[part="name"]');
const links = (el: Element) => [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const status = (el: Element) => visibleText(shadow(el).querySelector('[part="status"]')!);
const searchBox = (el: Element) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const errorText = (el: Element) => shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** The national list, by name: what stands in for a list of your own that cannot be shown. */
const national = contacts.map((contact) => contact.name);

for (const mode of renderModes) {
  describe(`<ctk-contact-directory>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('shows every contact in the data, grouped by category with emergency first, every number a tel: link', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      expect(texts(el, '[part="group-name"]')).to.deep.equal(['Emergency', 'Report a concern', 'Advice', 'Support']);
      expect(names(el)).to.have.members(contacts.map((contact) => contact.name));
      expect(names(el)[0]).to.equal('Police, fire, ambulance: emergency');
      expect(status(el)).to.equal(`${contacts.length} contacts`);
      for (const contact of contacts) {
        for (const phone of contact.phones.filter((p) => !p.textOnly)) {
          const link = shadow(el).querySelector(`a[href="tel:${phone.number}"]`);
          expect(visibleText(link!), contact.id).to.equal(phone.display);
        }
        for (const site of contact.websites) expect(links(el), contact.id).to.include(site.url);
        for (const email of contact.emails) expect(links(el), contact.id).to.include(`mailto:${email.address}`);
      }
      expect(links(el).every((href) => /^(?:tel:\+?\d+|mailto:|https:)/.test(href ?? ''))).to.equal(true);
    });

    it("shows each contact's hours, cost, languages, anonymity and text options", async () => {
      const { el } = await render(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      const card = (name: string) => visibleText([...shadow(el).querySelectorAll('[part="contact"]')].find((c) => c.querySelector('[part="name"]')?.textContent === name)!);
      expect(card('Modern Slavery & Exploitation Helpline')).to.contain('Open 24/7').and.contain('Free to call').and.contain('Interpreters available').and.contain('Confidential');
      expect(card('Crimestoppers')).to.contain('You do not have to give your name');
      // Acas's hours rest on a 2015 source: shown, and said to be unconfirmed.
      expect(card('Acas helpline')).to.contain('Mon–Fri 08:00–20:00; Sat 09:00–13:00 (UK time; not confirmed)');
      expect(card('Police, fire, ambulance: emergency')).to.contain('Text messages only').and.contain('Textphone');
      expect(shadow(el).querySelector('[part="text-number"]')?.closest('a')).to.equal(null);
      expect(card('Crimestoppers')).to.contain('Languages: English');
    });

    it('says whether a contact is open now, in its own time zone, once the page has loaded', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .contacts=${ownContacts}></ctk-contact-directory>`, modules);
      await waitUntil(() => shadow(el).querySelector('[part="open-now"]'), 'open now is shown');
      const state = openAt(ownContacts[0]!.availability as Parameters<typeof openAt>[0], new Date())!;
      const hours = visibleText(shadow(el).querySelector('[part="hours"]')!);
      expect(hours).to.contain(state.open ? 'Open now' : 'Closed now').and.contain('Mon–Fri 08:00–18:00 (UK time)');
      expect(hours).to.contain(state.today ? `Today ${state.today}.` : 'Closed today.');
      // Always-open contacts say so, with no clock.
      expect(shadow(el).querySelectorAll('[part="open-now"]')).to.have.length(1);
    });

    it('never says "open now" or "closed now" for hours that are not confirmed', async () => {
      const acas = contacts.find((contact) => contact.id === 'acas')!;
      const { el } = await render(mode, html`<ctk-contact-directory .contacts=${[ownContacts[0], acas]}></ctk-contact-directory>`, modules);
      // The clock runs once the page has loaded: your own contact's hours get it, Acas's never.
      await waitUntil(() => shadow(el).querySelector('[part="open-now"]'), 'open now is shown');
      const cards = [...shadow(el).querySelectorAll('[part="contact"]')];
      const acasCard = cards.find((card) => card.querySelector('[part="name"]')?.textContent === acas.name)!;
      expect(acasCard.querySelector('[part="open-now"]')).to.equal(null);
      expect(visibleText(acasCard)).to.not.match(/Open now|Closed now|Closed today|Today \d/);
      expect(visibleText(acasCard)).to.contain('(UK time; not confirmed)');
      expect(shadow(el).querySelectorAll('[part="open-now"]')).to.have.length(1);
    });

    it('adds your own contacts first, under "Your organisation", naming their languages', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${ownContacts}></ctk-contact-directory>`, modules);
      expect(texts(el, '[part="group-name"]')[0]).to.equal('Your organisation');
      expect(names(el).slice(0, 2)).to.deep.equal(ownContacts.map((contact) => contact.name));
      expect(names(el)).to.have.length(contacts.length + 2);
      expect(links(el)[0]).to.equal('tel:+441632960018');
      expect(visibleText(shadow(el).querySelector('[part="facts"]')!)).to.contain('Languages: English, Welsh');
    });

    it('replaces the list with .contacts', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .contacts=${ownContacts}></ctk-contact-directory>`, modules);
      expect(names(el)).to.deep.equal(ownContacts.map((contact) => contact.name));
      expect(status(el)).to.equal('2 contacts');
    });

    it('loads a JSON list from src, validated, and requests nothing without src', async () => {
      const requests = () => performance.getEntriesByType('resource').filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch').length;
      const before = requests();
      const { el } = await render(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      expect(names(el)).to.have.length(contacts.length);
      expect(requests()).to.equal(before);
      const { el: loaded } = await render(mode, html`<ctk-contact-directory src="${dataPath}own-contacts.json"></ctk-contact-directory>`, modules);
      expect(names(loaded)).to.deep.equal(ownContacts.map((contact) => contact.name));
      expect(requests()).to.equal(before + 1);
    });

    it('serves, as the src example, the same contacts as the fixtures', async () => {
      expect(await (await fetch(`${dataPath}own-contacts.json`)).json()).to.deep.equal(ownContacts);
    });

    it('shows "Loading contacts…" until src has loaded', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      // What the status region says, in order, as a screen reader would hear it.
      const heard: string[] = [];
      const statusEl = shadow(el).querySelector('[part="status"]')!;
      new MutationObserver(() => heard.push(visibleText(statusEl))).observe(statusEl, { subtree: true, childList: true, characterData: true });
      el.src = `${dataPath}own-contacts.json`;
      await el.updateComplete;
      expect(heard).to.deep.equal(['Loading contacts…', '2 contacts']);
    });

    it('loads src again when it is set again, and never shows the cancelled load as an error', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      const errors: string[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      try {
        // A slow server (3 s): emptied, then set again (a retry) before it answers, the first
        // load is cancelled by the second.
        const slow = `/__slow${dataPath}own-contacts.json`;
        el.src = slow;
        await new Promise((resolve) => setTimeout(resolve, 50));
        el.src = '';
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(!!shadow(el).querySelector('[part="error"]'), 'no error while the address is emptied').to.equal(false);
        el.src = slow;
        await new Promise((resolve) => setTimeout(resolve, 50));
        el.src = '';
        el.src = slow;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(!!shadow(el).querySelector('[part="error"]'), 'no error from the cancelled load').to.equal(false);
        await el.updateComplete;
        expect(names(el)).to.include('Safeguarding lead, Riverside Hotel');
        // Emptied and set again in one go (a retry): the same address is requested again.
        const plain = `${dataPath}own-contacts.json`;
        el.src = plain;
        await el.updateComplete;
        const requested: string[] = [];
        const fetch = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          requested.push(String(input));
          return fetch(input, init);
        };
        try {
          el.src = '';
          el.src = plain;
          await el.updateComplete;
        } finally {
          window.fetch = fetch;
        }
        expect(requested.map((url) => new URL(url).pathname)).to.deep.equal([plain]);
        expect(status(el)).to.equal('2 contacts');
      } finally {
        console.error = consoleError;
      }
      expect(errors).to.deep.equal([]);
    });

    describe('errors in a src list: specific, in an alert, never a half list', () => {
      const cases = [
        ['no-such-file.json', ['404']],
        ['broken.json', ['not valid JSON']],
        ['invalid.json', ['contacts[1].phones[0].number', 'contacts[1].websites[0].url', 'Safeguarding lead, Riverside Hotel']],
      ] as const;
      for (const [file, expected] of cases) {
        it(file, async () => {
          const { el, consoleErrors } = await render(mode, html`<ctk-contact-directory src="${dataPath}${file}"></ctk-contact-directory>`, modules);
          expect(shadow(el).querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
          expect(errorText(el)).to.contain(`${dataPath}${file}`);
          for (const text of expected) expect(errorText(el)).to.contain(text);
          // Fail safe: the whole national list stands in, and nothing of the file.
          expect(names(el)).to.have.members(national);
          expect(errorText(el)).to.contain('The national contacts are shown instead.');
          // The console says what the page says, each problem on a line of its own.
          expect(consoleErrors).to.have.length(1);
          const [intro, ...problems] = consoleErrors[0]!.split('\n- ');
          expect(problems).to.deep.equal([...shadow(el).querySelectorAll('[part="error"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
          expect(`${intro}${problems.join('')}`.replace(/\s+/g, '')).to.equal(`<ctk-contact-directory>:${errorText(el)}`.replace(/\s+/g, ''));
        });
      }

      it('a request that fails', async () => {
        const { el } = await render(mode, html`<ctk-contact-directory src="http://localhost:9/contacts.json"></ctk-contact-directory>`, modules);
        expect(errorText(el)).to.contain('The request failed');
        expect(names(el)).to.have.members(national);
      });
    });

    it('refuses invalid own contacts, naming the field of each record, and shows the national list alone', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${[ownContacts[1], unsafeContact]}></ctk-contact-directory>`, modules);
      expect(errorText(el)).to.contain('extraContacts[1].phones[0].number').and.contain('extraContacts[1].websites[0].url').and.contain('(in "Safeguarding lead, Riverside Hotel")');
      expect(names(el)).to.have.members(national);
      expect(links(el).filter((href) => !/^(?:https:|tel:|mailto:)/.test(href ?? ''))).to.deep.equal([]);
      expect(links(el)).to.not.include(`tel:${ownContacts[1]!.phones[0]!.number}`);
    });

    it('refuses an own contact with the id of a contact in the list', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${[{ ...ownContacts[0], id: 'crimestoppers' }]}></ctk-contact-directory>`, modules);
      expect(errorText(el)).to.contain('"crimestoppers" is also the id of one of extraContacts');
    });

    it('shows markup in a name as text', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${[markupContact]}></ctk-contact-directory>`, modules);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(names(el)[0]).to.equal(markupContact.name);
      await new Promise((resolve) => setTimeout(resolve, 100)); // time for an injected image to fail and fire onerror
      expect((window as { ctkXss?: number }).ctkXss).to.equal(undefined);
    });

    it('searches names, organisations, former names and summaries, without regard to case or accents', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory query="CRIMESTOPPERS"></ctk-contact-directory>`, modules);
      expect(names(el)).to.deep.equal(['Crimestoppers']);
      expect(status(el)).to.equal(`1 of ${contacts.length} contacts match`);
      for (const [query, expected] of [
        ['Salvation Army', 'Salvation Army: modern slavery referral line'],
        ['gangmasters', 'Fair Work Agency (formerly the GLAA)'],
        ['employment rights', 'Acas helpline'],
        ['modèrn slávery', 'Modern Slavery & Exploitation Helpline'],
      ] as const) {
        el.query = query;
        await el.updateComplete;
        expect(names(el), query).to.include(expected);
      }
    });

    it('finds a number written with or without spaces, or with +44', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      for (const query of ['0800 555 111', '0800555111', '+44 800 555 111', '080055']) {
        el.query = query;
        await el.updateComplete;
        expect(names(el), query).to.deep.equal(['Crimestoppers']);
      }
      el.query = '08000121700';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Modern Slavery & Exploitation Helpline']);
    });

    it('types on, deletes back and types another way: each query shows what a fresh search finds', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      const fresh = async (query: string) => {
        const { el: other } = await render<CtkContactDirectory>(renderModes[0]!, html`<ctk-contact-directory query=${query}></ctk-contact-directory>`, modules);
        const found = names(other);
        other.remove();
        return found;
      };
      // Typing on narrows; deleting back returns; "+" is text, "+4" a number (fresh: client-rendered).
      for (const query of ['p', 'po', 'pol', 'poli', 'pol', 'po', 'por', 'p', '', 's', 'sa', 's', '+', '+4', '+44 8', '+4', '+']) {
        el.query = query;
        await el.updateComplete;
        expect(names(el), JSON.stringify(query)).to.deep.equal(await fresh(query));
      }
    });

    it('finds a number typed key by key with +44, brackets or dashes', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      for (const [typed, expected] of [
        ['+44 800 555 111', 'Crimestoppers'],
        ['(0800) 555-111', 'Crimestoppers'],
        ['+448000121700', 'Modern Slavery & Exploitation Helpline'],
      ] as const) {
        searchBox(el).focus();
        searchBox(el).select();
        await sendKeys({ press: 'Backspace' });
        await typeKeys(typed);
        await el.updateComplete;
        expect(el.query).to.equal(typed);
        expect(names(el), typed).to.deep.equal([expected]);
      }
    });

    it('keeps the category filter and the category property in step, both ways', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      const filter = () => shadow(el).querySelector('select')!;
      filter().value = 'support';
      filter().dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.category).to.equal('support');
      filter().value = '';
      filter().dispatchEvent(new Event('change'));
      await el.updateComplete;
      el.category = 'support';
      await el.updateComplete;
      expect(filter().value).to.equal('support');
      expect(names(el)).to.deep.equal(['Salvation Army: modern slavery referral line']);
    });

    it('files your own contacts under "Your organisation" for the filter and categories too', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory categories="internal emergency" .extraContacts=${ownContacts}></ctk-contact-directory>`, modules);
      expect(texts(el, 'option')).to.deep.equal(['All categories', 'Your organisation', 'Emergency']);
      el.category = 'internal';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ownContacts.map((contact) => contact.name));
    });

    it('keeps the query property, the attribute and the search box in step', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory query="acas"></ctk-contact-directory>`, modules);
      expect(searchBox(el).value).to.equal('acas');
      el.query = '999';
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('999');
      expect(el.getAttribute('query')).to.equal('999');
      el.setAttribute('query', 'nhs');
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('nhs');
      expect(names(el)).to.deep.equal(['NHS 111']);
    });

    it('searches and filters with the keyboard alone, announcing the count politely', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory></ctk-contact-directory>`, modules);
      // The count shows at once; a live region says it once typing pauses, not on every key.
      const live = shadow(el).querySelector('[role="status"]')!;
      expect(live.getAttribute('part')).to.equal(null);
      const said: string[] = [];
      new MutationObserver(() => said.push(live.textContent!.trim())).observe(live, { childList: true, subtree: true, characterData: true });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(searchBox(el));
      expect(searchBox(el).labels?.[0]?.textContent).to.equal('Search contacts');
      await sendKeys({ type: 'police' });
      await el.updateComplete;
      expect(el.query).to.equal('police');
      expect(el.getAttribute('query')).to.equal('police');
      expect(names(el)).to.include.members(['Police, fire, ambulance: emergency', 'Police: non-emergency']);
      expect(status(el)).to.match(new RegExp(`^\\d of ${contacts.length} contacts match$`));
      await waitUntil(() => live.textContent!.trim() === status(el), 'the count is said once typing pauses');
      expect(said.filter(Boolean)).to.deep.equal([status(el)]);

      await sendKeys({ press: 'Tab' });
      const filter = shadow(el).querySelector('select')!;
      expect(shadow(el).activeElement).to.equal(filter);
      expect(filter.labels?.[0]?.textContent).to.equal('Category');
      await sendKeys({ press: 'ArrowDown' }); // All categories → Emergency
      await el.updateComplete;
      expect(el.category).to.equal('emergency');
      expect(names(el)).to.deep.equal(['Police, fire, ambulance: emergency']);
      expect(status(el)).to.equal(`1 of ${contacts.length} contacts match`);
    });

    it('offers only the categories in the list, and limits the list with categories', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory categories="emergency report"></ctk-contact-directory>`, modules);
      expect(texts(el, '[part="group-name"]')).to.deep.equal(['Emergency', 'Report a concern']);
      expect(texts(el, 'option')).to.deep.equal(['All categories', 'Emergency', 'Report a concern']);
      const expected = contacts.filter((contact) => ['emergency', 'report'].includes(contact.category));
      expect(names(el)).to.have.members(expected.map((contact) => contact.name));
      expect(status(el)).to.equal(`${expected.length} contacts`);
    });

    it('says clearly when nothing matches, and clears the search on request', async () => {
      const { el } = await render<CtkContactDirectory>(mode, html`<ctk-contact-directory query="zzzz" category="advice"></ctk-contact-directory>`, modules);
      expect(status(el)).to.equal('No contacts match your search.');
      expect(names(el)).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await el.updateComplete;
      expect([el.query, el.category]).to.deep.equal(['', '']);
      expect(names(el)).to.have.length(contacts.length);
      await waitUntil(() => shadow(el).activeElement === searchBox(el), 'focus returns to the search box');
    });

    it('names an unknown category and the ones it knows', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory category="police"></ctk-contact-directory>`, modules);
      expect(errorText(el)).to.contain('Unknown category "police". Use one of: internal, emergency, report, advice, support.');
      // A mistaken filter hides nothing.
      expect(names(el)).to.have.members(national);
    });

    it('has its own heading at heading-level, its categories one level below and names below those; its controls are a search landmark', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory heading-level="3"></ctk-contact-directory>`, modules);
      const title = shadow(el).querySelector('[part="title"]')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level'), title.textContent]).to.deep.equal(['heading', '3', 'Who to contact']);
      expect(shadow(el).querySelector('[part="group-name"]')?.getAttribute('aria-level')).to.equal('4');
      expect(shadow(el).querySelector('[part="name"]')?.getAttribute('aria-level')).to.equal('5');
      expect(shadow(el).querySelector('[role="search"] input[type="search"]')).to.exist;
      expect(shadow(el).querySelector('[role="search"] select')).to.exist;
      const { el: top } = await render(mode, html`<ctk-contact-directory heading-level="0"></ctk-contact-directory>`, modules);
      expect(shadow(top).querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('1');
      expect(shadow(top).querySelector('[part="group-name"]')?.getAttribute('aria-level')).to.equal('2');
    });

    itCan('printMedia', 'prints as a contact sheet: no controls, no "open now", web addresses written out', async () => {
      const { el } = await render(mode, html`<ctk-contact-directory .extraContacts=${ownContacts}></ctk-contact-directory>`, modules);
      await waitUntil(() => shadow(el).querySelector('[part="open-now"]'), 'open now is shown');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(el).querySelector('[part="controls"]')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('[part="open-now"]')!).display).to.equal('none');
      const site = shadow(el).querySelector('a.web')!;
      expect(getComputedStyle(site, '::after').content).to.contain(site.getAttribute('href'));
      expect(getComputedStyle(shadow(el).querySelector('[part="contact"]')!).breakInside).to.equal('avoid');
    });
  });
}
