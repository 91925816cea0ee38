import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itCan, screenMedia } from '../../test/engine.js';
import { html } from 'lit';
import { getGuidanceTopic, guidance } from '@ctkit/data/guidance';
import type { CtkGuidanceCard } from './guidance-card.js';
import { customTopic, invalidTopic } from './guidance-card.fixtures.js';

const modules = ['guidance-card/define.js'];
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => visibleText(node));
const mm = 96 / 25.4;

for (const mode of renderModes) {
  describe(`<ctk-guidance-card>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('shows every topic with its title, summary, sections and sources', async () => {
      expect(guidance.map((topic) => topic.id)).to.deep.equal([
        'victim-centred-practice',
        'post-identification-policy',
        'policy-essentials',
        'training',
        'awareness',
        'modern-slavery-statement',
      ]);
      for (const topic of guidance) {
        const { el } = await render(mode, html`<ctk-guidance-card topic=${topic.id}></ctk-guidance-card>`, modules);
        const root = shadow(el);
        expect(visibleText(root.querySelector('[part="title"]')!)).to.equal(topic.title);
        expect(root.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('2');
        expect(visibleText(root.querySelector('[part="summary"]')!)).to.equal(topic.summary);
        expect(texts(el, '[part="section-title"]')).to.deep.equal(topic.sections.map((section) => section.title));
        const sources = [...root.querySelectorAll('[part="sources"] a')].map((a) => a.getAttribute('href'));
        expect(sources).to.deep.equal([topic.source.url, ...(topic.credits ?? []).map((credit) => credit.url)]);
        for (const section of topic.sections) {
          for (const item of [...(section.items ?? []), ...(section.do ?? []), ...(section.dont ?? [])]) {
            expect(visibleText(root), `${topic.id}: ${item.text}`).to.contain(item.text);
          }
        }
      }
    });

    it('labels "Do" and "Don\'t" lists in words and marks, not colour alone; each reason on demand', async () => {
      const topic = getGuidanceTopic('victim-centred-practice')!;
      const { el } = await render(mode, html`<ctk-guidance-card topic="victim-centred-practice"></ctk-guidance-card>`, modules);
      const root = shadow(el);
      const doList = root.querySelector('[part="do"] ul')!;
      const dontList = root.querySelector('[part="dont"] ul')!;
      // Each list's heading is read once, before it, not again as the list's name.
      expect(doList.previousElementSibling?.textContent).to.equal('Do');
      expect(dontList.previousElementSibling?.textContent).to.equal("Don't");
      expect(doList.hasAttribute('aria-labelledby') || dontList.hasAttribute('aria-labelledby')).to.equal(false);
      expect(visibleText(root.querySelector('[part="do"]')!)).to.match(/^Do ✓/);
      expect(visibleText(root.querySelector('[part="dont"]')!)).to.match(/^Don't ✗/);
      const first = topic.sections.flatMap((section) => section.do ?? []).find((item) => item.why)!;
      const details = [...doList.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.includes(first.text))!;
      // Reached with Tab, out of the list's context, its reason is described by the list's heading
      // ("…, Do"); its words are its own: never "Don't: Do not…".
      const summary = details.querySelector('summary')!;
      expect(root.getElementById(summary.getAttribute('aria-describedby')!)?.textContent).to.equal('Do');
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`✓ ${first.text}`);
      const dont = topic.sections.flatMap((section) => section.dont ?? []).find((item) => item.why)!;
      const dontSummary = [...dontList.querySelectorAll('summary')].find((s) => s.textContent!.includes(dont.text))!;
      expect(dontSummary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`✗ ${dont.text}`);
      expect(root.getElementById(dontSummary.getAttribute('aria-describedby')!)?.textContent).to.equal("Don't");
      const why = details.querySelector('[part="why"]')!;
      expect(why.checkVisibility()).to.equal(false);
      details.querySelector('summary')!.click();
      expect(why.checkVisibility()).to.equal(true);
      expect(visibleText(why)).to.equal(`Why: ${first.why}`);
    });

    it('compact: each section is a headline that opens with the keyboard', async () => {
      const { el } = await render(mode, html`<ctk-guidance-card topic="training" variant="compact"></ctk-guidance-card>`, modules);
      const sections = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details[part="section"]')];
      expect(sections).to.have.length(getGuidanceTopic('training')!.sections.length);
      expect(sections.every((section) => !section.open)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(sections[0]!.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(sections[0]!.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(sections[1]!.querySelector('summary'));
      await sendKeys({ press: ' ' }); // the space bar: ' ' in every engine's driver ('Space' is Chromium's name alone)
      expect(sections[1]!.open).to.equal(true);
    });

    it('gives every summary row a target at least 24 px tall (WCAG 2.2, 2.5.8)', async () => {
      for (const variant of ['full', 'compact'] as const) {
        const { el } = await render<CtkGuidanceCard>(mode, html`<ctk-guidance-card topic="victim-centred-practice" variant=${variant}></ctk-guidance-card>`, modules);
        const rows = [...shadow(el).querySelectorAll('summary')].map((summary) => summary.getBoundingClientRect());
        expect(rows.length, variant).to.be.greaterThan(1);
        for (const row of rows) expect(row.height, variant).to.be.at.least(24);
        cleanupFixtures();
      }
    });

    itCan('printMedia', 'prints every section and reason open; the poster fits one A4 page for every topic', async () => {
      const { el } = await render(mode, html`<ctk-guidance-card topic="victim-centred-practice" variant="compact"></ctk-guidance-card>`, modules);
      const hidden = shadow(el).querySelector('[part="why"]')!;
      expect(hidden.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(hidden.checkVisibility()).to.equal(true);
      for (const topic of guidance) {
        const { el: poster } = await render<CtkGuidanceCard>(mode, html`<ctk-guidance-card topic=${topic.id} variant="poster" style="width: 190mm"></ctk-guidance-card>`, modules);
        expect(poster.getBoundingClientRect().height, topic.id).to.be.below(277 * mm);
        expect(getComputedStyle(shadow(poster).querySelector('.card')!).columnCount).to.equal('2');
        expect(shadow(poster).querySelector('[part="why"]')).to.equal(null);
      }
    });

    it("shows the organisation's own additions in its slots", async () => {
      const { el } = await render(
        mode,
        html`<ctk-guidance-card topic="training"><p slot="intro">For all Riverside staff.</p><p>Our safeguarding lead is Sam Jones.</p></ctk-guidance-card>`,
        modules,
      );
      const [intro, rest] = [...shadow(el).querySelectorAll('slot')];
      expect(intro!.assignedElements()[0]?.textContent).to.equal('For all Riverside staff.');
      expect(rest!.assignedElements()[0]?.textContent).to.equal('Our safeguarding lead is Sam Jones.');
      expect(intro!.compareDocumentPosition(shadow(el).querySelector('[part="section"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    });

    it('shows your own topic, validated; refuses an invalid one, naming the field; names an unknown topic', async () => {
      const { el } = await render(mode, html`<ctk-guidance-card .topic=${customTopic}></ctk-guidance-card>`, modules);
      expect(visibleText(shadow(el).querySelector('[part="title"]')!)).to.equal(customTopic.title);
      const { el: invalid } = await render(mode, html`<ctk-guidance-card .topic=${invalidTopic}></ctk-guidance-card>`, modules);
      expect(shadow(invalid).querySelector('[part="error"]')?.textContent).to.contain('topic.source.url: must be an https: address');
      expect(shadow(invalid).querySelectorAll('a')).to.have.length(0);
      const { el: unknown } = await render(mode, html`<ctk-guidance-card topic="first-aid"></ctk-guidance-card>`, modules);
      expect(shadow(unknown).querySelector('[part="error"]')?.textContent).to.contain('"first-aid"').and.contain('victim-centred-practice');
    });
  });
}
