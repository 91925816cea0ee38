import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { watchWrites } from '../../test/privacy.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itCan, screenMedia } from '../../test/engine.js';
import { html } from 'lit';
import { getIndicatorSet, sectors, type IndicatorSetId } from '@ctkit/data/indicators';
import type { CtkIndicatorChecklist } from './indicator-checklist.js';
import { customSet, invalidSet, safeguardingLead, tickedIds } from './indicator-checklist.fixtures.js';
import { expectAccessible } from '../../test/axe.js';

const modules = ['indicator-checklist/define.js'];
const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => visibleText(node));
const next = (el: Element) => shadow(el).querySelector('[part="next"]');
const general = getIndicatorSet('general')!;
const indicatorsOf = (id: IndicatorSetId) => getIndicatorSet(id).categories.flatMap((category) => category.indicators);
const telOf = (el: Element) => [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

/** Ticks the box of sign `id` as a user would, by clicking its label. */
async function tick(el: CtkIndicatorChecklist, id: string) {
  boxes(el)
    .find((box) => box.value === id)!
    .closest('label')!
    .click();
  await el.updateComplete;
}

for (const mode of renderModes) {
  describe(`<ctk-indicator-checklist>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('shows the general signs as labelled checkboxes in fieldsets with legends', async () => {
      const { el } = await render(mode, html`<ctk-indicator-checklist></ctk-indicator-checklist>`, modules);
      expect(texts(el, 'legend')).to.deep.equal(general.categories.map((category) => category.title));
      expect(boxes(el).map((box) => box.value)).to.deep.equal(indicatorsOf('general').map((indicator) => indicator.id));
      for (const box of boxes(el)) {
        expect(box.closest('fieldset')).to.exist;
        expect(visibleText(box.labels![0]!)).to.equal(indicatorsOf('general').find((indicator) => indicator.id === box.value)!.text);
      }
      expect(next(el)).to.equal(null);
    });

    it('adds the set of each sector after the general one', async () => {
      expect(sectors.map((sector) => sector.id)).to.include.members(['hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement']);
      for (const sector of sectors) {
        const { el } = await render(mode, html`<ctk-indicator-checklist sector=${sector.id}></ctk-indicator-checklist>`, modules);
        expect(texts(el, '[part="set-title"]'), sector.id).to.deep.equal([general.title, getIndicatorSet(sector.id)!.title]);
        expect(boxes(el)).to.have.length(indicatorsOf('general').length + indicatorsOf(sector.id).length);
      }
    });

    it('names an unknown sector, and the sectors there are', async () => {
      const { el } = await render(mode, html`<ctk-indicator-checklist sector="retail"></ctk-indicator-checklist>`, modules);
      const error = shadow(el).querySelector('[part="error"]');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(error?.textContent).to.contain('"retail"').and.contain('hospitality');
      // Fail safe: the general signs, and what to do next with 999 and the helpline, stand in.
      expect(boxes(el).map((box) => box.value)).to.deep.equal(indicatorsOf('general').map((indicator) => indicator.id));
      expect(telOf(el)).to.include.members(['tel:999', 'tel:+448000121700']);
    });

    it('once anything is ticked, shows what to do next: 999, the helpline, and that signs are not proof; never a score', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist sector="hospitality"></ctk-indicator-checklist>`, modules);
      await tick(el, 'general-someone-speaks-for-them');
      const panel = next(el)!;
      expect([...panel.querySelectorAll('a[part="phone"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:+448000121700']);
      expect(visibleText(panel)).to.contain('08000 121 700').and.contain('reasons to ask more, not proof');
      // What the line offers comes from the data record, not from the component.
      expect(visibleText(panel)).to.contain('Free to call').and.contain('Confidential').and.contain('Open 24/7');
      await tick(el, 'hospitality-guest-never-alone');
      const text = visibleText(panel);
      expect(text).to.not.match(/\d\s*%|\b\d+\s+(?:of|out of)\s+\d+|score|likely|probab|verdict|risk level/i);
      await expectAccessible(el);
    });

    it('shows a set of 10,000 signs a page at a time: 100, then 100 more on request, each one tickable', async () => {
      const many = { ...customSet, categories: [{ id: 'many', title: 'Many signs', indicators: Array.from({ length: 10_000 }, (_, i) => ({ id: `many-sign-${i}`, text: `Sign ${i + 1}`, credits: [customSet.credits[0]!.id] })) }] };
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist .indicatorSet=${many}></ctk-indicator-checklist>`, modules);
      const mine = () => boxes(el).filter((box) => box.value.startsWith('many-sign-'));
      expect(mine()).to.have.length(100);
      const more = shadow(el).querySelector<HTMLButtonElement>('fieldset button')!;
      expect(more.textContent!.trim()).to.equal('Show 100 more signs');
      more.click();
      await el.updateComplete;
      expect(mine()).to.have.length(200);
      await tick(el, 'many-sign-150');
      expect(el.checked).to.deep.equal(['many-sign-150']);
      expect(visibleText(next(el)!)).to.contain('Sign 151');
    });

    it("names children's services once a sign about a child is ticked, and not before", async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist sector="education"></ctk-indicator-checklist>`, modules);
      await tick(el, 'general-isolated');
      expect(shadow(el).querySelector('[part="child-route"]')).to.equal(null);
      await tick(el, 'general-criminal-county-lines');
      const route = shadow(el).querySelector('[part="child-route"]')!;
      expect(visibleText(route)).to.contain('children’s services').and.contain('consent is not needed');
      // After 999 and before the helpline: a child's route comes first when no one is in danger.
      const steps = [...next(el)!.querySelectorAll('.steps > li')];
      expect(steps.indexOf(route)).to.equal(1);
      // Every sign of the schools' set is about a pupil.
      await tick(el, 'general-criminal-county-lines');
      await tick(el, 'education-often-tired-or-hungry');
      expect(shadow(el).querySelector('[part="child-route"]')).to.not.equal(null);
    });

    it("adds your organisation's contact, from the contact property or the slot, and a link to the referral flow on the page", async () => {
      const flow = document.createElement('ctk-referral-flowchart');
      flow.id = 'our-referral-steps';
      document.body.append(flow);
      try {
        const { el } = await render<CtkIndicatorChecklist>(
          mode,
          html`<ctk-indicator-checklist .contact=${safeguardingLead} .checked=${tickedIds.slice(0, 1)}
            ><p slot="contact">Or tell the duty manager on extension 200.</p></ctk-indicator-checklist
          >`,
          modules,
        );
        const panel = next(el)!;
        expect(visibleText(panel)).to.contain('Tell Safeguarding lead, Riverside Hotel');
        expect(panel.querySelector('a[href="tel:+441632960018"]')).to.exist;
        const slot = panel.querySelector<HTMLSlotElement>('slot[name="contact"]');
        expect(slot?.assignedElements()[0]?.textContent).to.equal('Or tell the duty manager on extension 200.');
        expect(panel.querySelector('a[href^="#"]')?.getAttribute('href')).to.equal('#our-referral-steps');
        expect(panel.querySelector('a[href="mailto:safeguarding@example.org"]')).to.exist;
      } finally {
        flow.remove();
      }
    });

    it('fires ctk-change with the ticked ids; reset() clears them and fires it too; setting checked does not', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist></ctk-indicator-checklist>`, modules);
      const events: string[][] = [];
      el.addEventListener('ctk-change', (event) => events.push((event as CustomEvent<{ checked: string[] }>).detail.checked));
      await tick(el, 'general-isolated');
      await tick(el, 'general-pay-withheld');
      await tick(el, 'general-isolated');
      expect(events).to.deep.equal([['general-isolated'], ['general-isolated', 'general-pay-withheld'], ['general-pay-withheld']]);
      el.checked = ['general-isolated'];
      await el.updateComplete;
      expect(events).to.have.length(3);
      expect(boxes(el).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['general-isolated']);
      const fired = oneEvent(el, 'ctk-change');
      el.reset();
      expect((await fired).detail.checked).to.deep.equal([]);
      await el.updateComplete;
      expect(boxes(el).some((box) => box.checked)).to.equal(false);
      expect(next(el)).to.equal(null);
    });

    it('keeps the ticks that still apply when the sector changes, and says which remain', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds}></ctk-indicator-checklist>`, modules);
      const fired = oneEvent(el, 'ctk-change');
      el.sector = 'aviation';
      await el.updateComplete;
      expect(el.checked).to.deep.equal(tickedIds.filter((id) => id.startsWith('general-')));
      expect((await fired).detail.checked).to.deep.equal(el.checked);
      expect(boxes(el).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(el.checked);
    });

    it('works with the keyboard alone: Tab to a sign, Space ticks it, then on to what to do next', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist></ctk-indicator-checklist>`, modules);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' }); // the space bar: ' ' in every engine's driver ('Space' is Chromium's name alone)
      await el.updateComplete;
      expect(el.checked).to.deep.equal([boxes(el)[0]!.value]);
      expect(next(el)).to.exist;
      expect(visibleText(shadow(el).querySelector('[role="status"]')!)).to.equal('What to do next is shown after the signs.');
      // Tab past every sign and the sources: 999 comes next.
      shadow(el).querySelectorAll('a')[shadow(el).querySelectorAll('[part="credits"] a').length - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:999');
    });

    it('clears every tick with "Clear all ticks", and puts focus back on the first sign', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist .checked=${tickedIds.slice(0, 2)}></ctk-indicator-checklist>`, modules);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="button"]')].find((button) => button.textContent === 'Clear all ticks')!.click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      await waitUntil(() => shadow(el).activeElement === boxes(el)[0], 'focus on the first sign');
      // And says so, for a reader who cannot see the boxes empty.
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('All ticks cleared.');
      await tick(el, 'general-isolated');
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('What to do next is shown after the signs.');
    });

    it('once a sign is ticked, a button beside it moves reading to "What to do next", far below', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist></ctk-indicator-checklist>`, modules);
      expect(shadow(el).querySelector('.to-next')).to.equal(null);
      await tick(el, 'general-isolated');
      const links = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.to-next')];
      expect(links).to.have.length(1);
      // Beside the ticked sign: in its own group.
      expect(links[0]!.closest('fieldset')).to.equal(boxes(el).find((box) => box.value === 'general-isolated')!.closest('fieldset'));
      expect(links[0]!.textContent!.trim()).to.equal('What to do next');
      links[0]!.click();
      await waitUntil(() => shadow(el).activeElement?.id === 'next', 'focus on "What to do next"');
      expect(shadow(el).activeElement!.getAttribute('role')).to.equal('heading');
    });

    it('"Follow the referral steps" moves focus to the flowchart on the page', async () => {
      const flow = document.createElement('ctk-referral-flowchart');
      flow.id = 'steps-to-follow';
      document.body.append(flow);
      try {
        await import(new URL('../../dist/referral-flowchart/define.js', import.meta.url).href);
        await (flow as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist .checked=${tickedIds.slice(0, 1)}></ctk-indicator-checklist>`, modules);
        const link = next(el)!.querySelector<HTMLAnchorElement>('a[href="#steps-to-follow"]')!;
        link.click();
        await waitUntil(() => document.activeElement === flow, 'focus in the flowchart');
        expect(flow.shadowRoot!.activeElement?.getAttribute('part')).to.equal('step-title');
      } finally {
        flow.remove();
      }
    });

    it('stores and sends nothing: no storage, cookie, IndexedDB, beacon or request while ticking, clearing and printing', async () => {
      const watch = watchWrites();
      const print = window.print;
      window.print = () => window.dispatchEvent(new Event('afterprint'));
      let writes: string[] | undefined;
      try {
        const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist sector="hospitality"></ctk-indicator-checklist>`, modules);
        await tick(el, 'general-isolated');
        await tick(el, 'hospitality-guest-never-alone');
        await el.printNotes();
        el.reset();
        await el.updateComplete;
      } finally {
        window.print = print;
        writes = watch.stop();
      }
      expect(writes).to.deep.equal([]);
    });

    itCan('printMedia', '"Print my notes" prints the ticked signs and the date alone, with no names, then restores the page', async () => {
      const { el } = await render<CtkIndicatorChecklist>(mode, html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds}></ctk-indicator-checklist>`, modules);
      const elsewhere = document.createElement('p');
      elsewhere.textContent = 'Guest: Jane Doe, room 12';
      document.body.append(elsewhere);
      const sheets = document.adoptedStyleSheets.length;
      await emulateMedia({ media: 'print' });
      let seen: { notes: string; shown: string[]; elsewhere: string } | undefined;
      const print = window.print;
      window.print = () => {
        const root = shadow(el);
        const shown = [...root.querySelectorAll('fieldset, [part="set"], [part="notes"], .steps, .actions')]
          .filter((node) => node.checkVisibility({ visibilityProperty: true }))
          .map((node) => node.getAttribute('part') ?? node.className);
        seen = { notes: visibleText(root.querySelector('[part="notes"]')!), shown, elsewhere: getComputedStyle(elsewhere).visibility };
        window.dispatchEvent(new Event('afterprint'));
      };
      try {
        await el.printNotes();
      } finally {
        window.print = print;
        elsewhere.remove();
      }
      expect(seen?.shown).to.deep.equal(['notes']);
      expect(seen?.elsewhere, 'the rest of the page is not printed').to.equal('hidden');
      const expected = [...indicatorsOf('general'), ...indicatorsOf('hospitality')].filter((indicator) => tickedIds.includes(indicator.id));
      for (const sign of expected) expect(seen?.notes).to.contain(sign.text);
      const now = new Date();
      const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(seen?.notes).to.contain(`Date: ${date}`).and.contain('No names are recorded');
      expect(seen?.notes).to.not.contain('Safeguarding lead');
      // Afterwards, and printed from the browser's menu, it is the whole checklist, ticks and all.
      await el.updateComplete;
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
      expect(el.hasAttribute('data-ctk-printing')).to.equal(false);
      expect(shadow(el).querySelector('fieldset')!.checkVisibility()).to.equal(true);
      expect(shadow(el).querySelector('[part="notes"]')!.checkVisibility()).to.equal(false);
    });

    it('refuses a custom set that reuses the id of a general sign', async () => {
      const clash = { ...customSet, categories: [{ ...customSet.categories[0]!, indicators: [{ ...customSet.categories[0]!.indicators[0]!, id: 'general-isolated' }] }] };
      const { el } = await render(mode, html`<ctk-indicator-checklist .indicatorSet=${clash}></ctk-indicator-checklist>`, modules);
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('"general-isolated" is also the id of a general sign');
    });

    it('shows a custom set after the general one, or instead of it when its sector is general', async () => {
      const { el } = await render(mode, html`<ctk-indicator-checklist .indicatorSet=${customSet}></ctk-indicator-checklist>`, modules);
      expect(texts(el, '[part="set-title"]')).to.deep.equal([general.title, customSet.title]);
      const { el: alone } = await render(mode, html`<ctk-indicator-checklist .indicatorSet=${{ ...customSet, sector: 'general' }}></ctk-indicator-checklist>`, modules);
      expect(texts(alone, '[part="set-title"]')).to.deep.equal([customSet.title]);
    });

    it('refuses an invalid custom set, naming the field, and shows the general signs and the national numbers instead', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-indicator-checklist .indicatorSet=${invalidSet}></ctk-indicator-checklist>`, modules);
      const error = shadow(el).querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('indicatorSet.credits[0].url: must be an https: address');
      expect(boxes(el).map((box) => box.value)).to.deep.equal(indicatorsOf('general').map((indicator) => indicator.id));
      expect(telOf(el)).to.include.members(['tel:999', 'tel:+448000121700']);
      expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.include(invalidSet.credits[0]!.url);
      expect(consoleErrors).to.have.length(1);
    });
  });
}
