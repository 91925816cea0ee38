import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { watchWrites } from '../../test/privacy.js';
import { itCan, screenMedia } from '../../test/engine.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { getScenarioSet, scenarioSets } from '@ctkit/data/scenarios';
import type { ScenarioSet } from '@ctkit/data/schemas';
import type { CtkTrainingScenarios, TrainingAnswerDetail, TrainingCompleteDetail } from './training-scenarios.js';
import { ownSet } from './training-scenarios.fixtures.js';

const modules = ['training-scenarios/define.js', 'referral-flowchart/define.js'];
const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const text = (el: Element, selector: string) => visibleText(shadow(el).querySelector(selector)!);
const choiceButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="choice"]')];
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const telLinks = (el: Element) => [...shadow(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const bestOf = (set: ScenarioSet) => set.scenarios.map((scenario) => scenario.choices.findIndex((choice) => choice.best));

/** Presses Tab until the button whose text starts with `name` has focus, then Enter: the keyboard alone. */
async function press(el: Element, name: string): Promise<void> {
  for (let i = 0; i < 30 && !active(el)?.textContent?.trim().startsWith(name); i++) await sendKeys({ press: 'Tab' });
  expect(active(el)?.localName, `focus on "${name}"`).to.equal('button');
  await sendKeys({ press: 'Enter' });
}

/** Answers the scenario shown with choice `i` by keyboard, and waits for its feedback to take focus. */
async function answer(el: CtkTrainingScenarios, i: number, set: ScenarioSet, index: number): Promise<void> {
  const choice = set.scenarios[index]!.choices[i]!;
  await press(el, choice.text);
  await el.updateComplete;
  await waitUntil(() => active(el)?.classList.contains('feedback-title'), 'focus on the feedback');
}

for (const mode of renderModes) {
  describe(`<ctk-training-scenarios>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
    });

    it('asks the first scenario of the general set: title, situation, question, a button for each choice', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios heading-level="3"></ctk-training-scenarios>`, modules);
      const set = getScenarioSet('general');
      const title = shadow(el).querySelector('[part="title"]')!;
      expect(visibleText(title)).to.equal(set.title);
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(text(el, '[part="progress"]')).to.equal(`Scenario 1 of ${set.scenarios.length}`);
      expect(text(el, '[part="scenario-title"]')).to.equal(set.scenarios[0]!.title);
      expect(shadow(el).querySelector('[part="scenario-title"]')!.getAttribute('aria-level')).to.equal('4');
      expect(text(el, '[part="situation"]')).to.equal(set.scenarios[0]!.situation);
      expect(choiceButtons(el).map((button) => button.textContent!.trim())).to.deep.equal(set.scenarios[0]!.choices.map((choice) => choice.text));
      expect(text(el, '[part="question"]')).to.equal(set.scenarios[0]!.question);
      // No answer is given away before the reader chooses.
      expect(shadow(el).querySelector('[part~="best"]')).to.equal(null);
    });

    for (const set of scenarioSets) {
      it(`sector="${set.id}": works through every scenario by keyboard, each feedback announced, to what to remember`, async () => {
        const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios sector=${set.id}></ctk-training-scenarios>`, modules);
        const answers: TrainingAnswerDetail[] = [];
        const completes: TrainingCompleteDetail[] = [];
        el.addEventListener('ctk-answer', (event) => answers.push((event as CustomEvent<TrainingAnswerDetail>).detail));
        document.addEventListener('ctk-complete', (event) => completes.push((event as CustomEvent<TrainingCompleteDetail>).detail), { once: true });
        const writes = watchWrites();
        // The best answer for even scenarios, another for odd ones.
        const picks = set.scenarios.map((scenario, i) => {
          const best = scenario.choices.findIndex((choice) => choice.best);
          return i % 2 === 0 ? best : (best + 1) % scenario.choices.length;
        });
        for (const [i, scenario] of set.scenarios.entries()) {
          expect(text(el, '[part="scenario-title"]')).to.equal(scenario.title);
          await answer(el, picks[i]!, set, i);
          const picked = scenario.choices[picks[i]!]!;
          const best = scenario.choices.find((choice) => choice.best)!;
          const feedback = text(el, '[part~="feedback"]');
          expect(feedback).to.contain(picked.feedback);
          await waitUntil(() => status(el).includes(picked.feedback), 'the feedback announced');
          expect(status(el), 'the verdict is the focused heading, not said twice').to.not.match(/^(This is the best action|There is a better action)/);
          if (picked.best) {
            expect(text(el, '.feedback-title')).to.equal('This is the best action');
          } else {
            expect(text(el, '.feedback-title')).to.equal('There is a better action');
            expect(text(el, '[part~="best"]')).to.contain(best.text).and.contain(best.feedback);
            expect(status(el)).to.contain(best.text);
          }
          expect(choiceButtons(el)).to.have.length(0);
          await press(el, i === set.scenarios.length - 1 ? 'See what to remember' : 'Next scenario');
          await el.updateComplete;
        }
        await waitUntil(() => active(el)?.classList.contains('end-title'), 'focus on what to remember');
        const end = text(el, '[part="end"]');
        for (const point of set.remember) expect(end).to.contain(point);
        expect(end).to.contain(`You have worked through all ${set.scenarios.length} scenarios.`);
        expect(end).to.not.match(/\d+ (of|out of) \d+ (right|correct)|score/i);
        expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700']);
        expect(answers.map((detail) => detail.choice)).to.deep.equal(picks);
        expect(answers.at(-1)).to.deep.equal({ sector: set.id, scenario: set.scenarios.at(-1)!.id, choice: picks.at(-1), best: picks.length % 2 === 1, answered: set.scenarios.length, total: set.scenarios.length });
        expect(completes).to.deep.equal([{ sector: set.id, answered: set.scenarios.length, total: set.scenarios.length, rightFirstTime: Math.ceil(set.scenarios.length / 2) }]);
        expect(el.answers).to.deep.equal(picks);
        // ctkit stores and sends nothing.
        expect(writes.stop()).to.deep.equal([]);
      });
    }

    it('resumes from answers: the feedback on the last one, or what to remember when all are answered; answers that do not fit are dropped', async () => {
      const set = getScenarioSet('hospitality');
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios sector="hospitality" .answers=${[bestOf(set)[0], 99, 0]}></ctk-training-scenarios>`, modules);
      expect(el.answers).to.deep.equal([bestOf(set)[0]]);
      expect(text(el, '[part="scenario-title"]')).to.equal(set.scenarios[0]!.title);
      expect(text(el, '.feedback-title')).to.equal('This is the best action');
      el.answers = bestOf(set);
      await el.updateComplete;
      expect(text(el, '.end-title')).to.equal('What to remember');
      // Starting again forgets every answer.
      await press(el, 'Start again');
      await el.updateComplete;
      await waitUntil(() => active(el)?.getAttribute('part') === 'scenario-title', 'focus on the first scenario');
      expect(el.answers).to.deep.equal([]);
      expect(text(el, '[part="progress"]')).to.equal(`Scenario 1 of ${set.scenarios.length}`);
      await waitUntil(() => status(el) === 'Started again from the first scenario.', 'the restart announced');
    });

    it('review: every scenario with its one best answer marked in words, and the reason for every choice', async () => {
      const set = getScenarioSet('education');
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios sector="education" view="review"></ctk-training-scenarios>`, modules);
      const items = [...shadow(el).querySelectorAll('.review > [part="scenario"]')];
      expect(items).to.have.length(set.scenarios.length);
      items.forEach((item, i) => {
        const scenario = set.scenarios[i]!;
        expect(visibleText(item)).to.contain(scenario.situation).and.contain(scenario.question);
        const best = item.querySelectorAll('[part~="best"]');
        expect(best).to.have.length(1);
        expect(visibleText(best[0]!)).to.contain('The best action:').and.contain(scenario.choices.find((choice) => choice.best)!.text);
        expect([...item.querySelectorAll('.why')].map((why) => visibleText(why))).to.deep.equal(scenario.choices.map((choice) => `Why: ${choice.feedback}`));
      });
      expect(choiceButtons(el)).to.have.length(0);
      expect(text(el, '[part="end"]')).to.contain(set.remember[0]);
      // From the review, back to one scenario at a time.
      await press(el, 'Practise one scenario at a time');
      await waitUntil(() => el.view === 'quiz' && choiceButtons(el).length > 0, 'the quiz');
    });

    itCan('printMedia', 'review: prints as a handout, every scenario whole, no buttons', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios view="review"></ctk-training-scenarios>`, modules);
      await emulateMedia({ media: 'print' });
      const buttons = [...shadow(el).querySelectorAll('button')];
      expect(buttons.length).to.be.above(0);
      expect(buttons.every((button) => button.checkVisibility() === false)).to.equal(true);
      const item = shadow(el).querySelector('.review > [part="scenario"]')!;
      expect(getComputedStyle(item).breakInside).to.equal('avoid');
    });

    itCan('printMedia', 'quiz: a printed scenario keeps its choices, without the buttons that move on', async () => {
      const set = getScenarioSet('general');
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios .answers=${bestOf(set).slice(0, 1)}></ctk-training-scenarios>`, modules);
      await emulateMedia({ media: 'print' });
      expect(shadow(el).querySelector('[part="feedback"]')!.checkVisibility()).to.equal(true);
      expect(shadow(el).querySelector<HTMLElement>('.actions')!.checkVisibility()).to.equal(false);
      el.answers = [];
      await el.updateComplete;
      expect(choiceButtons(el).every((button) => button.checkVisibility())).to.equal(true);
    });

    it('a new set of the same id keeps only the answers that fit it; the answers given are a copy', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios .scenarioSet=${ownSet} .answers=${[0, 2]}></ctk-training-scenarios>`, modules);
      expect(text(el, '.end-title')).to.equal('What to remember');
      // The same set, rebuilt with one scenario fewer and two choices less (as a framework might).
      const shorter: ScenarioSet = { ...ownSet, scenarios: [{ ...ownSet.scenarios[0]!, choices: [ownSet.scenarios[0]!.choices[2]!, ...ownSet.scenarios[0]!.choices.slice(0, 2)] }] };
      el.scenarioSet = shorter;
      await el.updateComplete;
      expect(el.answers).to.deep.equal([0]);
      expect(text(el, '.end-title')).to.equal('What to remember');
      el.answers = [5];
      await el.updateComplete;
      expect(el.answers, 'a choice the set does not have is dropped').to.deep.equal([]);
      expect(choiceButtons(el)).to.have.length(3);
      await answer(el, 0, shorter, 0);
      const given = el.answers;
      (given as number[]).push(1);
      expect(el.answers === given && el.answers.length === 2, 'the page may change its copy').to.equal(true);
      await el.updateComplete;
      expect(text(el, '.feedback-title')).to.equal('There is a better action');
    });

    it('right first time counts the first answer to each scenario, not a second run after Start again', async () => {
      const set = getScenarioSet('law-enforcement');
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios sector="law-enforcement"></ctk-training-scenarios>`, modules);
      const completes: TrainingCompleteDetail[] = [];
      el.addEventListener('ctk-complete', (event) => completes.push((event as CustomEvent<TrainingCompleteDetail>).detail));
      const best = bestOf(set);
      const other = best.map((choice, i) => (choice + 1) % set.scenarios[i]!.choices.length);
      for (const run of [other, best]) {
        for (const [i] of set.scenarios.entries()) {
          await answer(el, run[i]!, set, i);
          await press(el, i === set.scenarios.length - 1 ? 'See what to remember' : 'Next scenario');
          await el.updateComplete;
        }
        await waitUntil(() => completes.length > 0 && active(el)?.classList.contains('end-title'), 'the end');
        if (run === other) await press(el, 'Start again');
        await el.updateComplete;
      }
      expect(completes.map((detail) => detail.rightFirstTime)).to.deep.equal([0, 0]);
    });

    it('restart() from the review goes back to one scenario at a time', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios view="review"></ctk-training-scenarios>`, modules);
      el.restart();
      await waitUntil(() => choiceButtons(el).length > 0, 'the first scenario');
      expect(el.view).to.equal('quiz');
    });

    it('"Show every answer" at the end opens the review; the referral flowchart on the page is linked', async () => {
      const set = getScenarioSet('general');
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios .answers=${bestOf(set)}></ctk-training-scenarios>`, modules);
      const flow = document.createElement('ctk-referral-flowchart');
      flow.id = 'what-to-do';
      document.body.append(flow);
      try {
        el.requestUpdate();
        await el.updateComplete;
        const link = shadow(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
        expect(link.getAttribute('href')).to.equal('#what-to-do');
        expect(visibleText(link)).to.equal('Follow the referral steps');
        await press(el, 'Show every answer');
        await waitUntil(() => el.view === 'review' && active(el)?.getAttribute('part') === 'title', 'the review, its title focused');
        expect(el.getAttribute('view')).to.equal('review');
      } finally {
        flow.remove();
      }
    });

    it('your own set: shown as given, validated', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios .scenarioSet=${ownSet}></ctk-training-scenarios>`, modules);
      expect(text(el, '[part="title"]')).to.equal(ownSet.title);
      expect(text(el, '[part="progress"]')).to.equal('Scenario 1 of 2');
    });

    it('an unknown sector or an invalid set: the problem named, with 999 and the helpline beside it', async () => {
      const { el } = await render<CtkTrainingScenarios>(mode, html`<ctk-training-scenarios sector="hotels"></ctk-training-scenarios>`, modules);
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Unknown sector "hotels". Use one of: general, hospitality, aviation, healthcare, transport, education, law-enforcement.');
      expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700']);
      el.scenarioSet = { ...ownSet, scenarios: [{ ...ownSet.scenarios[0]!, choices: ownSet.scenarios[0]!.choices.map((choice) => ({ ...choice, best: true })) }] };
      await el.updateComplete;
      const error = text(el, '[part="error"]');
      expect(error).to.contain('scenarioSet.scenarios[0].choices: must mark exactly one choice as best (best: true); 3 are');
      expect(telLinks(el)).to.deep.equal(['tel:999', 'tel:+448000121700']);
    });
  });
}
