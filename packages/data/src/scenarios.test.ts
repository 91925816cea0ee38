// The training scenarios: six or more per set, one best answer each, every choice explained and
// resting on a record that exists, no number typed into the text, and nothing that judges the reader.
import { expect } from '@open-wc/testing';
import { guidance } from './guidance.js';
import { indicatorSets, sectors } from './indicators.js';
import { referralFlows } from './referral.js';
import { getScenarioSet, scenarioSets } from './scenarios.js';
import { parseScenarioSet } from './validate.js';
import type { ScenarioSet } from './schemas.js';

const records: Record<'indicator' | 'guidance' | 'flow', ReadonlySet<string>> = {
  indicator: new Set<string>(indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((sign) => sign.id)))),
  guidance: new Set(guidance.flatMap((topic) => topic.sections.map((section) => `${topic.id}/${section.id}`))),
  flow: new Set(referralFlows.flatMap((flow) => flow.nodes.map((node) => `${flow.id}/${node.id}`))),
};

const textsOf = (set: ScenarioSet): string[] => [
  set.title,
  set.summary,
  ...set.remember,
  ...set.scenarios.flatMap((scenario) => [scenario.title, scenario.situation, scenario.question, ...scenario.choices.flatMap((choice) => [choice.text, choice.feedback])]),
];

/** A copy of the hospitality set to break. */
const copy = (): { -readonly [K in keyof ScenarioSet]: unknown } & { scenarios: { id: string; choices: { best?: boolean; refs: { kind: string; id: string }[] }[] }[] } =>
  JSON.parse(JSON.stringify(getScenarioSet('hospitality')));

describe('@ctkit/data/scenarios', () => {
  it('has a general set and one set per sector, each with at least six scenarios', () => {
    expect(scenarioSets.map((set) => set.id)).to.deep.equal(['general', ...sectors.map((sector) => sector.id)]);
    for (const set of scenarioSets) expect(set.scenarios.length, set.id).to.be.at.least(6);
  });

  it('gives each scenario three or four choices, exactly one of them best, each with feedback', () => {
    for (const set of scenarioSets) {
      for (const scenario of set.scenarios) {
        const where = `${set.id}/${scenario.id}`;
        expect(scenario.choices.length, where).to.be.within(3, 4);
        expect(scenario.choices.filter((choice) => choice.best).length, where).to.equal(1);
        for (const choice of scenario.choices) expect(choice.feedback.length, where).to.be.above(20);
      }
    }
  });

  it('puts the best answer in different places, so guessing a position does not work', () => {
    for (const set of scenarioSets) {
      const places = new Set(set.scenarios.map((scenario) => scenario.choices.findIndex((choice) => choice.best)));
      expect(places.size, set.id).to.be.at.least(2);
    }
  });

  it('rests every choice on a sign, a guidance section or a flow step that exists', () => {
    const missing = scenarioSets.flatMap((set) =>
      set.scenarios.flatMap((scenario) => scenario.choices.flatMap((choice) => choice.refs.filter((ref) => !records[ref.kind].has(ref.id)).map((ref) => `${set.id}/${scenario.id}: ${ref.kind} ${ref.id}`))),
    );
    expect(missing).to.deep.equal([]);
    for (const set of scenarioSets) expect(parseScenarioSet(set).ok, set.id).to.equal(true);
  });

  it('types no phone number into the text (components show them from the contacts), only 999', () => {
    for (const set of scenarioSets) {
      const numbers = textsOf(set).flatMap((text) => text.match(/\d[\d ]{2,}\d/g) ?? []).filter((n) => n !== '999');
      expect(numbers, set.id).to.deep.equal([]);
    }
  });

  it('never scores or judges the reader', () => {
    for (const set of scenarioSets) {
      const judged = textsOf(set).filter((text) => /\b(score|points?|percent|well done|wrong answer|correct answer|you failed|good job|great job)\b|%/i.test(text));
      expect(judged, set.id).to.deep.equal([]);
    }
  });

  it('ends every set with 999 and the helpline among what to remember', () => {
    for (const set of scenarioSets) {
      const remember = set.remember.join(' ');
      expect(remember, set.id).to.match(/\b999\b/);
      expect(remember, set.id).to.match(/Modern Slavery & Exploitation Helpline/);
      expect(remember, set.id).to.match(/not proof/);
    }
  });

  describe('parseScenarioSet', () => {
    it('names a scenario with no best choice, or two', () => {
      const set = copy();
      set.scenarios[0]!.choices.forEach((choice) => (choice.best = false));
      set.scenarios[1]!.choices.forEach((choice) => (choice.best = true));
      const result = parseScenarioSet(set);
      expect(result.ok).to.equal(false);
      const errors = result.ok ? [] : result.errors.map((error) => `${error.pathText}: ${error.message}`);
      expect(errors).to.include('scenarioSet.scenarios[0].choices: must mark exactly one choice as best (best: true); 0 are');
      expect(errors.some((error) => error.startsWith('scenarioSet.scenarios[1].choices: must mark exactly one choice as best'))).to.equal(true);
    });

    it('names a choice resting on a record the dataset does not have, and an id used twice', () => {
      const set = copy();
      set.scenarios[0]!.choices[0]!.refs = [{ kind: 'guidance', id: 'training/no-such-section' }];
      set.scenarios[2]!.id = set.scenarios[1]!.id;
      const result = parseScenarioSet(set);
      const errors = result.ok ? [] : result.errors.map((error) => `${error.pathText}: ${error.message}`);
      expect(errors).to.include('scenarioSet.scenarios[0].choices[0].refs[0].id: names the guidance section "training/no-such-section", which is not in @ctkit/data');
      expect(errors).to.include(`scenarioSet.scenarios[2].id: duplicate id "${set.scenarios[1]!.id}" (first used at scenarios[1])`);
    });

    it('refuses two choices or five, a kind it does not know, and a script-bearing text', () => {
      const set = copy();
      set.scenarios[0]!.choices = set.scenarios[0]!.choices.slice(0, 2);
      set.scenarios[1]!.choices[0]!.refs[0]!.kind = 'rumour';
      (set as { title: unknown }).title = 'Practise \u202Ehotels';
      const result = parseScenarioSet(set);
      const paths = result.ok ? [] : result.errors.map((error) => error.pathText);
      expect(paths).to.include.members(['scenarioSet.scenarios[0].choices', 'scenarioSet.scenarios[1].choices[0].refs[0].kind', 'scenarioSet.title']);
    });

    it('accepts your own set and returns a clean copy', () => {
      const set = { ...copy(), id: 'our-kitchen', extra: 'dropped' };
      const result = parseScenarioSet(set);
      expect(result.ok).to.equal(true);
      expect(result.ok && result.value.id).to.equal('our-kitchen');
      expect(result.ok && 'extra' in result.value).to.equal(false);
    });
  });
});
