import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { watchWrites } from '../../test/privacy.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itCan, narrowFrame, screenMedia } from '../../test/engine.js';
import { html } from 'lit';
import { contacts as dataContacts } from '@ctkit/data/contacts';
import type { Contact, FlowAction, FlowNode } from '@ctkit/data/schemas';
import type { CtkReferralFlowchart, ReferralAnswer, ReferralStepDetail } from './referral-flowchart.js';
import { customFlow, englandWales, invalidFlow, loopingFlow, pathsThrough } from './referral-flowchart.fixtures.js';
import { dutyManager, ownContacts, unsafeContact } from '../contacts.fixtures.js';

const modules = ['referral-flowchart/define.js'];
const mm = 96 / 25.4;
const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const stepTitle = (el: Element) => visibleText(shadow(el).querySelector('[part="step-title"]')!);
const buttons = (el: Element, part = 'answer') => [...shadow(el).querySelectorAll<HTMLButtonElement>(`[part="${part}"]`)].map((b) => b.textContent!.trim());
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const telLinks = (root: ParentNode) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

/** The `tel:` links an action's contacts should give: every voice or textphone line. */
const expectedTel = (action: FlowAction, extra: readonly Contact[] = []) =>
  action.contacts.flatMap((id) => [...dataContacts, ...extra].find((c) => c.id === id)!.phones.filter((p) => !p.textOnly).map((p) => `tel:${p.number}`));

/** Presses Tab until the button named `name` has focus, then `key`: the keyboard alone. */
async function pressButton(el: Element, name: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  for (let i = 0; i < 40 && active(el)?.textContent?.trim() !== name; i++) await sendKeys({ press: 'Tab' });
  expect(active(el)?.localName, `focus on the "${name}" button`).to.equal('button');
  expect(active(el)!.textContent!.trim()).to.equal(name);
  // The space bar is ' ' in every engine's driver ('Space' is Chromium's name alone).
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** After a move: the new step's heading has focus. */
async function focusOnStep(el: CtkReferralFlowchart): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => active(el)?.getAttribute('part') === 'step-title', 'focus on the new step');
}

const nodeTitle = (node: FlowNode) => (node.type === 'question' ? node.text : node.title);

for (const mode of renderModes) {
  describe(`<ctk-referral-flowchart>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('guided: asks the first question as a heading, each answer a button named by its label', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart></ctk-referral-flowchart>`, modules);
      const root = shadow(el);
      const first = englandWales.nodes.find((node) => node.id === englandWales.start)!;
      expect(first.type).to.equal('question');
      expect(visibleText(root.querySelector('[part="title"]')!)).to.equal(englandWales.title);
      const heading = root.querySelector('[part="step-title"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(stepTitle(el)).to.equal(nodeTitle(first));
      expect(buttons(el)).to.deep.equal(first.type === 'question' ? first.answers.map((a) => a.label) : []);
      // The answers are a group named by the question; the help describes it.
      const group = root.querySelector('[role="group"]')!;
      expect(root.getElementById(group.getAttribute('aria-labelledby')!)).to.equal(heading);
      expect(root.getElementById(group.getAttribute('aria-describedby')!)?.textContent).to.equal(first.type === 'question' ? first.help : '');
      // Nothing to go back to yet; no answers listed.
      expect(buttons(el, 'button')).to.deep.equal([]);
      expect(root.querySelector('[part="path"]')).to.equal(null);
      // The whole diagram is there for print alone (print.test.ts), not on screen.
      expect(root.querySelector('[part="chart"]')?.checkVisibility()).to.equal(false);
    });

    it('walks every path of the England and Wales flow by keyboard alone, to the right end with its contacts and why', async () => {
      const paths = pathsThrough(englandWales);
      const ends = englandWales.nodes.filter((node) => node.type === 'action' && node.next === undefined).map((node) => node.id);
      expect(paths.map((path) => path.end.id).sort()).to.deep.equal([...ends].sort());
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart></ctk-referral-flowchart>`, modules);
      const steps: ReferralStepDetail[] = [];
      el.addEventListener('ctk-step', (event) => steps.push((event as CustomEvent<ReferralStepDetail>).detail));
      const watch = watchWrites();
      let writes: string[] | undefined;
      try {
        for (const { answers, end } of paths) {
          const nodes = new Map(englandWales.nodes.map((node) => [node.id, node]));
          let node = nodes.get(englandWales.start)!;
          const given: ReferralAnswer[] = [];
          while (node.id !== end.id) {
            expect(stepTitle(el), `${answers.map((a) => a.answer).join(' > ')}`).to.equal(nodeTitle(node));
            if (node.type === 'question') {
              const label = answers[given.length]!.answer;
              given.push({ question: node.id, answer: label });
              await pressButton(el, label, given.length % 2 ? 'Enter' : 'Space');
              await focusOnStep(el);
              expect(status(el)).to.equal(`You answered: ${label}.`);
              node = nodes.get(node.answers.find((a) => a.label === label)!.next)!;
            } else {
              await pressButton(el, 'Continue');
              await focusOnStep(el);
              expect(status(el)).to.equal('Next step.');
              node = nodes.get(node.next!)!;
            }
            // The answers so far, as a list.
            const path = [...shadow(el).querySelectorAll('[part="path"] li')].map((li) => li.querySelector('strong')!.textContent);
            expect(path).to.deep.equal(given.map((a) => a.answer));
            expect(steps.at(-1)).to.deep.equal({ node: node.id, end: node.id === end.id, answers: given });
            expect(el.answers).to.deep.equal(given);
          }
          // The end: what to do, whom to call, why.
          const root = shadow(el);
          const shown = root.querySelector('[part="end"]')!;
          expect(stepTitle(el)).to.equal(end.title);
          expect(steps.at(-1)!.end).to.equal(true);
          expect([...shown.querySelectorAll('.steps li')].map((li) => li.textContent)).to.deep.equal(end.steps);
          expect(telLinks(shown)).to.deep.equal(expectedTel(end));
          expect(visibleText(shown.querySelector('[part="why"]')!)).to.equal(`Why: ${end.why}`);
          expect(shown.querySelector('a[href^="https:"]')?.getAttribute('href')).to.equal(end.link?.url);
          expect(buttons(el)).to.deep.equal([]);
          await pressButton(el, 'Start again');
          await focusOnStep(el);
          expect(stepTitle(el)).to.equal(nodeTitle(nodes.get(englandWales.start)!));
          expect(status(el)).to.equal('Started again from the first step.');
          expect(steps.at(-1)).to.deep.equal({ node: englandWales.start, end: false, answers: [] });
        }
      } finally {
        writes = watch.stop();
      }
      expect(writes, 'nothing stored or sent').to.deep.equal([]);
    });

    it('Back returns to the previous step, with focus, an announcement and the event', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart></ctk-referral-flowchart>`, modules);
      await pressButton(el, 'No');
      await focusOnStep(el);
      await pressButton(el, 'No, they are an adult');
      await focusOnStep(el);
      expect(stepTitle(el)).to.equal('What is your main concern?');
      expect(el.answers).to.deep.equal([
        { question: 'danger', answer: 'No' },
        { question: 'age', answer: 'No, they are an adult' },
      ]);
      const events: ReferralStepDetail[] = [];
      el.addEventListener('ctk-step', (event) => events.push((event as CustomEvent<ReferralStepDetail>).detail));
      await pressButton(el, 'Back');
      await focusOnStep(el);
      expect(stepTitle(el)).to.equal('Is the person under 18, or could they be?');
      expect(status(el)).to.equal('Went back one step.');
      expect(el.answers).to.deep.equal([{ question: 'danger', answer: 'No' }]);
      expect(events).to.deep.equal([{ node: 'age', end: false, answers: [{ question: 'danger', answer: 'No' }] }]);
      expect(visibleText(shadow(el).querySelector('[part="path"]')!)).to.equal('Your answers so far Is anyone in immediate danger? No');
    });

    it('announces every move, even the same message twice', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart></ctk-referral-flowchart>`, modules);
      const heard: string[] = [];
      const live = shadow(el).querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => heard.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      await pressButton(el, 'No');
      await focusOnStep(el);
      await pressButton(el, 'No, they are an adult');
      await focusOnStep(el);
      await pressButton(el, 'Back');
      await focusOnStep(el);
      await pressButton(el, 'Back');
      await focusOnStep(el);
      observer.disconnect();
      expect(heard.filter(Boolean)).to.deep.equal(['You answered: No.', 'You answered: No, they are an adult.', 'Went back one step.', 'Went back one step.']);
    });

    it('back() and restart() from page code fire ctk-step but leave focus where it is; back() at the start does nothing', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart></ctk-referral-flowchart>`, modules);
      const events: ReferralStepDetail[] = [];
      el.addEventListener('ctk-step', (event) => events.push((event as CustomEvent<ReferralStepDetail>).detail));
      el.back();
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      el.answers = [{ question: 'danger', answer: 'No' }];
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      el.back();
      await waitUntil(() => events.length === 1, 'ctk-step');
      expect(events[0]).to.deep.equal({ node: 'danger', end: false, answers: [] });
      el.answers = [{ question: 'danger', answer: 'Yes' }];
      el.restart();
      await waitUntil(() => events.length === 2, 'ctk-step');
      expect(events[1]).to.deep.equal({ node: 'danger', end: false, answers: [] });
      expect(document.activeElement).to.equal(outside);
      outside.remove();
    });

    it('answers restores a walk without an event, passing info steps on the way, and drops answers that do not apply', async () => {
      const a = (question: string, answer: string): ReferralAnswer => ({ question, answer });
      const events: Event[] = [];
      const listener = (e: Event) => events.push(e);
      document.addEventListener('ctk-step', listener);
      const { el } = await render<CtkReferralFlowchart>(
        mode,
        html`<ctk-referral-flowchart
          .answers=${[a('danger', 'No'), a('age', 'No, they are an adult'), a('concern', 'Possible modern slavery or trafficking'), a('consent', 'No')]}
        ></ctk-referral-flowchart>`,
        modules,
      );
      expect(stepTitle(el)).to.equal('Are you a specified public authority in England or Wales?');
      el.answers = [a('danger', 'No'), a('age', 'Maybe'), a('concern', 'Possible modern slavery or trafficking')];
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Is the person under 18, or could they be?');
      expect(el.answers).to.deep.equal([a('danger', 'No')]);
      // An answer for another question does not apply either.
      el.answers = [a('danger', 'No'), a('concern', 'No, they are an adult')];
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Is the person under 18, or could they be?');
      el.answers = [a('danger', 'No'), a('age', 'No, they are an adult'), a('concern', 'Possible modern slavery or trafficking')];
      await el.updateComplete;
      // The info step is shown: nothing was answered after it.
      expect(stepTitle(el)).to.equal('An adult decides whether to be referred');
      // An answer after it that does not apply does not pass it unseen.
      el.answers = [a('danger', 'No'), a('age', 'No, they are an adult'), a('concern', 'Possible modern slavery or trafficking'), a('consent', 'Maybe')];
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('An adult decides whether to be referred');
      expect(el.answers).to.have.length(3);
      document.removeEventListener('ctk-step', listener);
      expect(events).to.deep.equal([]);
    });

    it('diagram: the whole flow as nested lists, every step a box and every branch labelled with its answer', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>`, modules);
      const chart = shadow(el).querySelector('[part="chart"]')!;
      expect(chart.localName).to.equal('ol');
      const boxes = [...chart.querySelectorAll('[part="node"] .box-title')].map((node) => node.textContent);
      expect([...boxes].sort()).to.deep.equal(englandWales.nodes.map(nodeTitle).sort());
      for (const node of englandWales.nodes) {
        const item = [...chart.querySelectorAll('li.node')].find((li) => li.querySelector(':scope > [part="node"] .box-title')?.textContent === nodeTitle(node))!;
        if (node.type === 'question') {
          // Each answer labels a branch, and the branch holds where it leads.
          const branches = [...item.querySelectorAll(':scope > ul > li.branch')];
          expect(branches.map((b) => b.querySelector('[part="edge"]')!.textContent!.replace('If the answer is:', '').trim())).to.deep.equal(node.answers.map((a) => a.label));
          branches.forEach((branch, i) => {
            const target = englandWales.nodes.find((n) => n.id === node.answers[i]!.next)!;
            expect(branch.querySelector(':scope > ol > li [part="node"] .box-title')?.textContent).to.equal(nodeTitle(target));
          });
        }
        if (node.type === 'action') expect(telLinks(item.querySelector('[part="node"]')!)).to.deep.equal(expectedTel(node));
      }
      // An end's steps and why are one click (or Enter) away.
      const details = chart.querySelector<HTMLDetailsElement>('.end details')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(details.querySelector('[part="why"]')!.checkVisibility()).to.equal(true);
      expect(shadow(el).querySelector('[part="answer"]')).to.equal(null);
    });

    it('diagram: fits a 320 px screen without scrolling sideways', async () => {
      // A frame 320 px wide: a phone's width in every engine, media queries included.
      const { doc, remove } = await narrowFrame(320, '<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>', modules);
      try {
        await doc.defaultView!.customElements.whenDefined('ctk-referral-flowchart');
        const el = doc.querySelector('ctk-referral-flowchart')!;
        await el.updateComplete;
        expect(shadow(el).querySelectorAll('[part="node"]').length).to.be.greaterThan(5);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
        for (const box of shadow(el).querySelectorAll('[part="node"]')) expect(box.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        remove();
      }
    });

    itCan('printMedia', 'diagram: prints on one A4 page', async () => {
      const { el: printed } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart view="diagram" style="width: 190mm"></ctk-referral-flowchart>`, modules);
      await emulateMedia({ media: 'print' });
      expect(printed.getBoundingClientRect().height).to.be.below(277 * mm);
      // Every number is on the page.
      const all = englandWales.nodes.filter((node): node is FlowAction => node.type === 'action').flatMap((node) => expectedTel(node));
      expect(new Set(telLinks(shadow(printed)))).to.deep.equal(new Set(all));
      for (const link of shadow(printed).querySelectorAll('a[href^="tel:"]')) expect(link.checkVisibility(), link.textContent!).to.equal(true);
    });

    it("shows and walks an organisation's own flow with its own contacts", async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart .flow=${customFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`, modules);
      expect(visibleText(shadow(el).querySelector('[part="title"]')!)).to.equal(customFlow.title);
      await pressButton(el, 'No');
      await focusOnStep(el);
      expect(stepTitle(el)).to.equal('Tell the duty manager');
      expect(telLinks(shadow(el).querySelector('[part="step"]')!)).to.deep.equal(['tel:+441632960555']);
      expect(visibleText(shadow(el).querySelector('[part="contacts"]')!)).to.contain(dutyManager.name);
      await pressButton(el, 'Continue');
      await focusOnStep(el);
      await pressButton(el, 'Yes');
      await focusOnStep(el);
      expect(stepTitle(el)).to.equal('The safeguarding lead takes it from here');
      expect(telLinks(shadow(el).querySelector('[part="end"]')!)).to.deep.equal(['tel:+441632960018']);
      expect(visibleText(shadow(el).querySelector('[part="path"]')!)).to.equal('Your answers so far Is anyone in immediate danger? No Is the safeguarding lead on shift? Yes');
      const { el: diagram } = await render(mode, html`<ctk-referral-flowchart view="diagram" .flow=${customFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`, modules);
      expect(telLinks(shadow(diagram))).to.include('tel:+441632960555').and.include('tel:+441632960018');
    });

    it('refuses an invalid flow, naming the dangling edge, the unreachable step and the unknown contact', async () => {
      const { el, consoleErrors } = await render(mode, html`<ctk-referral-flowchart .flow=${invalidFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`, modules);
      const error = shadow(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      const text = visibleText(error);
      expect(text).to.contain('flow.nodes[0].answers[1].next: leads to "duty-manger", which is not a node of this flow');
      expect(text).to.contain('"duty-manager" cannot be reached from the start');
      expect(text).to.contain('flow.nodes[5].contacts[0]: names the contact "night-porter", which is not in the data or your contacts');
      // Fail safe: the national flow stands in, from its first question (is anyone in danger?).
      expect(stepTitle(el)).to.equal(nodeTitle(englandWales.nodes[0]!));
      expect(text).to.contain('The national flow for England and Wales is shown instead.');
      expect(consoleErrors).to.have.length(1);
      // Without its extra contacts, the same flow names the missing ones.
      const { el: missing } = await render(mode, html`<ctk-referral-flowchart .flow=${customFlow}></ctk-referral-flowchart>`, modules);
      expect(visibleText(shadow(missing).querySelector('[part="error"]')!)).to.contain(`names the contact "${dutyManager.id}"`);
    });

    it('refuses an invalid extra contact and names an unknown flow', async () => {
      const { el } = await render(mode, html`<ctk-referral-flowchart .flow=${customFlow} .extraContacts=${[unsafeContact, dutyManager]}></ctk-referral-flowchart>`, modules);
      const text = visibleText(shadow(el).querySelector('[part="error"]')!);
      expect(text).to.contain('extraContacts[0].phones[0].number');
      expect(text).to.contain('extraContacts[0].websites[0].url');
      expect(shadow(el).querySelectorAll('a[href^="javascript"], a[href^="tel:01632"]')).to.have.length(0);
      expect(stepTitle(el)).to.equal(nodeTitle(englandWales.nodes[0]!));
      const { el: unknown } = await render(mode, html`<ctk-referral-flowchart flow="wales"></ctk-referral-flowchart>`, modules);
      expect(shadow(unknown).querySelector('[part="error"] details')!.textContent!.replace(/\s+/g, ' ').trim()).to.contain('Unknown flow "wales". Use one of: england-wales, scotland, northern-ireland.');
      expect(stepTitle(unknown)).to.equal(nodeTitle(englandWales.nodes[0]!));
    });

    it('a new flow keeps the steps it shares; the same flow given again keeps the reader\'s place', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart .flow=${customFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`, modules);
      await pressButton(el, 'No');
      await focusOnStep(el);
      await pressButton(el, 'Continue');
      await focusOnStep(el);
      expect(stepTitle(el)).to.equal('Is the safeguarding lead on shift?');
      // A framework passing a new object with the same content on every render.
      el.flow = structuredClone(customFlow);
      el.extraContacts = structuredClone(ownContacts);
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Is the safeguarding lead on shift?');
      // England and Wales shares the first question, with the same id and answer.
      el.flow = 'england-wales';
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Is the person under 18, or could they be?');
      expect(el.answers).to.deep.equal([{ question: 'danger', answer: 'No' }]);
    });

    it('updateComplete waits for the guided view', async () => {
      const el = document.createElement('ctk-referral-flowchart');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="step-title"]')?.textContent).to.equal('Is anyone in immediate danger?');
      } finally {
        el.remove();
      }
    });

    it('walks round a loop and draws a step shared by two answers once, referring back to it', async () => {
      const { el } = await render<CtkReferralFlowchart>(mode, html`<ctk-referral-flowchart .flow=${loopingFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`, modules);
      for (const [label, title] of [
        ['No', 'Are you sure of what you saw?'],
        ['Not yet', 'Look again, quietly'],
        ['Continue', 'Are you sure of what you saw?'],
        ['Someone is now in danger', 'Call 999'],
      ] as const) {
        await pressButton(el, label);
        await focusOnStep(el);
        expect(stepTitle(el)).to.equal(title);
      }
      expect(el.answers.map((a) => a.answer)).to.deep.equal(['No', 'Not yet', 'Someone is now in danger']);
      expect(telLinks(shadow(el).querySelector('[part="end"]')!)).to.deep.equal(['tel:999', 'tel:18000']);
      el.view = 'diagram';
      await el.updateComplete;
      const chart = shadow(el).querySelector('[part="chart"]')!;
      expect([...chart.querySelectorAll('[part="node"] .box-title')].map((t) => t.textContent)).to.deep.equal(loopingFlow.nodes.map(nodeTitle));
      expect([...chart.querySelectorAll('.ref')].map((ref) => ref.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Continue at “Are you sure of what you saw?”, above.',
        'Continue at “Call 999”, above.',
      ]);
    });

    it('refuses your own contact in place of one from the data', async () => {
      const { el } = await render(mode, html`<ctk-referral-flowchart .extraContacts=${[{ ...dutyManager, id: 'police-emergency' }]}></ctk-referral-flowchart>`, modules);
      expect(visibleText(shadow(el).querySelector('[part="error"]')!)).to.contain('extraContacts[0].id: "police-emergency" is already a contact in the data');
      // 999 stays 999: the national flow stands in, and your number is nowhere.
      expect(stepTitle(el)).to.equal(nodeTitle(englandWales.nodes[0]!));
      expect(shadow(el).querySelectorAll(`a[href="tel:${dutyManager.phones[0]!.number}"]`)).to.have.length(0);
    });
  });
}
