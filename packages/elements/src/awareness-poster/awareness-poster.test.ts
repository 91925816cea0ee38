import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { watchWrites } from '../../test/privacy.js';
import { itCan, screenMedia } from '../../test/engine.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { affectedPoster, getPublicPoster } from '@ctkit/data/posters';
import { indicatorSets } from '@ctkit/data/indicators';
import type { CtkAwarenessPoster } from './awareness-poster.js';

const modules = ['awareness-poster/define.js'];
const mm = 96 / 25.4;
const text = (el: Element, selector: string) => visibleText(shadow(el).querySelector(selector)!);
const telLinks = (el: Element) => [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const signText = (id: string) => indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators)).find((sign) => sign.id === id)?.text;

for (const mode of renderModes) {
  describe(`<ctk-awareness-poster>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
      document.querySelectorAll('ctk-quick-exit').forEach((exit) => exit.remove());
    });

    for (const sector of ['general', 'hospitality', 'law-enforcement'] as const) {
      it(`public, ${sector}: the headline, the signs chosen in the data, 999 and the helpline, and that a sign is not proof`, async () => {
        const poster = getPublicPoster(sector);
        const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster sector=${sector} heading-level="3"></ctk-awareness-poster>`, modules);
        const title = shadow(el).querySelector('[part="title"]')!;
        expect(visibleText(title)).to.equal(poster.title);
        expect(title.getAttribute('aria-level')).to.equal('3');
        expect([...shadow(el).querySelectorAll('[part="signs"] li')].map((li) => visibleText(li))).to.deep.equal(poster.signs.map((sign) => signText(sign.indicator)));
        expect(text(el, '[part="proof"]')).to.equal(poster.proof);
        // What to do (999, the helpline), then the helpline's number, large.
        expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700', 'tel:+448000121700']);
        expect(text(el, '[part="number"]')).to.contain('08000 121 700');
      });
    }

    it('affected: in the second person, help is there, the number large; no quick exit twice; nothing stored or sent', async () => {
      const writes = watchWrites();
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected"></ctk-awareness-poster>`, modules);
      expect(text(el, '[part="title"]')).to.equal(affectedPoster.title);
      expect([...shadow(el).querySelectorAll('[part="statements"] li')].map((li) => visibleText(li))).to.deep.equal(affectedPoster.statements.map((s) => s.text));
      expect(text(el, '[part="reassurance"]')).to.contain('You do not have to give your name.');
      expect(visibleText(shadow(el))).to.not.match(/victim/i);
      const number = shadow(el).querySelector<HTMLElement>('[part="number"]')!;
      expect(shadow(el).querySelectorAll('[part="number"]')).to.have.length(1);
      expect(visibleText(number)).to.contain('08000 121 700');
      expect(parseFloat(getComputedStyle(number).fontSize)).to.be.at.least(2 * parseFloat(getComputedStyle(el).fontSize));
      // The number, then 999 in the danger line: both links.
      expect(telLinks(el)).to.deep.equal(['tel:+448000121700', 'tel:999']);
      expect(shadow(el).querySelector('.danger')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(affectedPoster.danger);
      // The page has no quick exit: the poster offers one, on screen.
      await waitUntil(() => shadow(el).querySelector('ctk-quick-exit'), 'a quick exit');
      expect(text(el, '.nothing-recorded')).to.equal(affectedPoster.nothingRecorded);
      expect(writes.stop()).to.deep.equal([]);
    });

    it('affected: a page with its own quick exit gets no second one', async () => {
      const exit = document.createElement('ctk-quick-exit');
      document.body.prepend(exit);
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected"></ctk-awareness-poster>`, modules);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(shadow(el).querySelector('ctk-quick-exit')).to.equal(null);
    });

    it('affected: two posters on a page offer one quick exit between them', async () => {
      const { el } = await render<CtkAwarenessPoster>(
        mode,
        html`<div><ctk-awareness-poster audience="affected"></ctk-awareness-poster><ctk-awareness-poster audience="affected" language="cy"></ctk-awareness-poster></div>`,
        modules,
      );
      const posters = [...el.querySelectorAll<CtkAwarenessPoster>('ctk-awareness-poster')];
      // Server-rendered, each waits for the page to hydrate it, as the fixture does for one.
      for (const poster of posters) poster.removeAttribute('defer-hydration');
      await waitUntil(() => posters.some((poster) => shadow(poster).querySelector('ctk-quick-exit')), 'a quick exit');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all(posters.map((poster) => poster.updateComplete));
      expect(posters.map((poster) => shadow(poster).querySelectorAll('ctk-quick-exit').length).reduce((a, b) => a + b)).to.equal(1);
    });

    it('affected: when the poster that offers the quick exit goes, or becomes public, another offers it; a poster in error keeps it', async () => {
      const { el } = await render<CtkAwarenessPoster>(
        mode,
        html`<div><ctk-awareness-poster audience="affected"></ctk-awareness-poster><ctk-awareness-poster audience="affected"></ctk-awareness-poster></div>`,
        modules,
      );
      const posters = [...el.querySelectorAll<CtkAwarenessPoster>('ctk-awareness-poster')];
      for (const poster of posters) poster.removeAttribute('defer-hydration');
      const offering = () => posters.filter((poster) => poster.isConnected && shadow(poster).querySelector('ctk-quick-exit'));
      await waitUntil(() => offering().length === 1, 'one quick exit');
      const [first] = offering();
      const other = posters.find((poster) => poster !== first)!;
      first!.audience = 'public';
      await waitUntil(() => offering().length === 1 && offering()[0] === other, 'the other poster offers it');
      other.qr = 'http://example.org/';
      await other.updateComplete;
      expect(shadow(other).querySelector('[part="error"]')).to.not.equal(null);
      expect(shadow(other).querySelector('ctk-quick-exit'), 'the quick exit stays beside the error').to.not.equal(null);
      other.qr = '';
      other.remove();
      first!.audience = 'affected';
      await waitUntil(() => offering().length === 1 && offering()[0] === first, 'the first offers it again');
    });

    it("affected: the reader switches the poster's language with its menu, by keyboard; drafts say so; Arabic reads right to left", async () => {
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected"></ctk-awareness-poster>`, modules);
      await waitUntil(() => shadow(el).querySelector('select'), 'the menu');
      const menu = shadow(el).querySelector('select')!;
      const select = menu;
      expect(shadow(el).querySelector(`label[for="${menu.id}"]`)?.textContent?.trim()).to.equal('Language of this poster');
      expect([...menu.options].map((option) => option.value)).to.deep.equal(['en-GB', 'cy', 'pl', 'ro', 'sq', 'vi', 'ar']);
      expect(menu.options[1]!.textContent).to.equal('Cymraeg');
      expect(menu.options[1]!.lang).to.equal('cy');
      select.focus();
      // The next language down the list, by keyboard.
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.language === 'cy' && shadow(el).querySelector('.body')?.getAttribute('lang') === 'cy' && !text(el, '[part="title"]').startsWith('Is someone'), 'the poster in Welsh');
      expect(text(el, '.language')).to.contain('draft');
      expect(shadow(el).getElementById(menu.getAttribute('aria-describedby')!)?.textContent).to.contain('draft');
      expect(el.hasAttribute('language'), 'the choice is not written on the page').to.equal(false);
      expect(shadow(el).querySelector('[part="statements"] [lang="en"]'), 'every statement in Welsh').to.equal(null);
      el.language = 'ar';
      await waitUntil(() => shadow(el).querySelector('.body')?.getAttribute('dir') === 'rtl' && !text(el, '[part="title"]').startsWith('Is someone'), 'the poster in Arabic');
      // The number reads left to right inside the Arabic; the link is named by the helpline's name and number.
      expect(shadow(el).querySelector('[part="number"] a .number')!.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(shadow(el).querySelector('[part="number"] a .number')!).direction).to.equal('ltr');
      expect(shadow(el).querySelector('[part="number"] a')!.closest('[lang]')!.getAttribute('lang'), "the link's name is in the page's language").to.equal('en-GB');
    });

    it("affected: starts in the page's language", async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'pl';
      try {
        const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected"></ctk-awareness-poster>`, modules);
        await waitUntil(() => shadow(el).querySelector('.body')?.getAttribute('lang') === 'pl' && !text(el, '[part="title"]').startsWith('Is someone'), 'the poster in Polish');
        expect(shadow(el).querySelector('select')!.value).to.equal('pl');
      } finally {
        document.documentElement.lang = before;
      }
    });

    itCan('printMedia', 'prints on one A4 page (A3 with size="a3"), the number readable from two metres, with tear-offs', async () => {
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected" tear-offs qr="https://example.org/help"></ctk-awareness-poster>`, modules);
      await waitUntil(() => shadow(el).querySelector('ctk-quick-exit'), 'a quick exit');
      await emulateMedia({ media: 'print' });
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      const box = base.getBoundingClientRect();
      expect(box.width / mm).to.be.closeTo(190, 1);
      // 270 mm: one A4 page inside the largest default margins (Firefox's 12.7 mm).
      expect(base.scrollHeight / mm, 'fits one A4 page inside its margins').to.be.at.most(270);
      for (const language of ['cy', 'pl', 'ar']) {
        el.language = language;
        await waitUntil(() => shadow(el).querySelector('.body')?.getAttribute('lang') === language && !text(el, '[part="title"]').startsWith('Is someone'), language);
        expect(base.scrollHeight / mm, `in ${language}`).to.be.at.most(270);
      }
      el.language = '';
      await el.updateComplete;
      // 22 mm type: capitals about 16 mm tall, read from two metres and more.
      expect(parseFloat(getComputedStyle(shadow(el).querySelector('[part="number"]')!).fontSize) / mm).to.be.at.least(20);
      expect(shadow(el).querySelector('ctk-quick-exit')!.checkVisibility(), 'the quick exit is for the screen').to.equal(false);
      expect(shadow(el).querySelector('select')!.checkVisibility()).to.equal(false);
      const strips = [...shadow(el).querySelectorAll('[part="tear-offs"] li')];
      expect(strips).to.have.length(8);
      for (const strip of strips) expect(strip.textContent).to.contain('08000 121 700');
      // On A3 paper (the test's window is narrower than A3).
      el.style.inlineSize = '300mm';
      el.size = 'a3';
      await el.updateComplete;
      expect(base.getBoundingClientRect().width / mm).to.be.closeTo(277, 1);
      // 390 mm: one A3 page inside Firefox's margins (420 - 2 × 12.7 mm is 394.6 mm).
      expect(base.scrollHeight / mm).to.be.at.most(390);
    });

    itCan('printMedia', 'public: prints on one A4 page, the number large', async () => {
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster sector="healthcare" tear-offs></ctk-awareness-poster>`, modules);
      await emulateMedia({ media: 'print' });
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollHeight / mm).to.be.at.most(270);
      expect(parseFloat(getComputedStyle(shadow(el).querySelector('[part="number"]')!).fontSize) / mm).to.be.at.least(20);
      // A number inside a sentence stays the size of its sentence, and on one line.
      const inline = shadow(el).querySelector<HTMLElement>('[part="steps"] .number')!;
      expect(parseFloat(getComputedStyle(inline).fontSize) / mm).to.be.below(8);
      expect(getComputedStyle(inline).whiteSpace).to.equal('nowrap');
    });

    itCan('printMedia', 'draws a QR code that a phone reads as the address given, in print', async () => {
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected" qr="https://example.org/help?from=poster"></ctk-awareness-poster>`, modules);
      el.id = 'with-qr';
      await emulateMedia({ media: 'print' });
      el.scrollIntoView({ block: 'start' });
      const { data } = await executeServerCommand<{ data: string | null }, { selector: string }>('decode-qr', { selector: '#with-qr' });
      expect(data).to.equal('https://example.org/help?from=poster');
      expect(text(el, '[part="qr"] figcaption')).to.equal('https://example.org/help?from=poster');
    });

    it('an unsafe QR address or an unknown sector: the problem named, with 999 and the helpline beside it', async () => {
      const { el } = await render<CtkAwarenessPoster>(mode, html`<ctk-awareness-poster audience="affected" qr="javascript:alert(1)"></ctk-awareness-poster>`, modules);
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('The QR code address "javascript:alert(1)" cannot be used');
      expect(shadow(el).querySelector('svg')).to.equal(null);
      expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700']);
      for (const address of ['https://example.org/\u202Eplh', 'http://example.org/help', 'https://example.org:99999/']) {
        el.qr = address;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]'), address).to.not.equal(null);
      }
      el.qr = '';
      el.audience = 'public';
      el.sector = 'affected';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]'), 'affected is an audience, not a sector').to.not.equal(null);
      el.audience = 'affected';
      el.language = 'fr';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('The language attribute cannot be "fr". Use one of: en-GB, cy, pl, ro, sq, vi, ar.');
      el.language = 'cy-GB';
      el.size = 'letter' as 'a4';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('The size attribute cannot be "letter". Use one of: a4, a3.');
      el.size = 'a4';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]'), 'cy-GB is Welsh').to.equal(null);
      el.audience = 'public';
      el.sector = 'hotels';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Unknown sector "hotels". Use one of: general, hospitality, aviation, healthcare, transport, education, law-enforcement.');
      expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700']);
    });
  });
}
