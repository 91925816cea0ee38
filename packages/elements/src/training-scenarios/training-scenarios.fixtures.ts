import { html } from 'lit';
import { getScenarioSet, scenarioSets } from '@ctkit/data/scenarios';
import type { Scenario, ScenarioSet } from '@ctkit/data/schemas';
import type { Fixture } from '../fixture-types.fixtures.js';

/** An organisation's own set: two scenarios for its kitchen staff, resting on the dataset's records. */
export const ownSet: ScenarioSet = {
  id: 'our-kitchen',
  title: 'Practise: our kitchens',
  summary: 'Two situations our kitchen teams could meet.',
  scenarios: [
    {
      id: 'agency-worker-no-pay',
      title: 'An agency worker who is not paid',
      situation: 'A new agency worker says the agency keeps his wages to pay for his bed. He looks tired and has no coat.',
      question: 'What do you do first?',
      choices: [
        { text: 'Tell your safeguarding lead today, and write down what he said.', best: true, feedback: 'A debt that takes all of someone’s pay is a sign of forced labour. Share it, so someone trained can act.', refs: [{ kind: 'indicator', id: 'general-debt-cannot-repay' }] },
        { text: 'Call the agency and ask about his pay.', feedback: 'The agency may be the people controlling him. Asking them could put him at risk.', refs: [{ kind: 'guidance', id: 'victim-centred-practice/key-practices' }] },
        { text: 'Wait and see if it happens again.', feedback: 'Waiting leaves him where he is. A sign is a reason to share your concern now.', refs: [{ kind: 'indicator', id: 'general-debt-cannot-repay' }] },
      ],
    },
    {
      id: 'someone-in-danger',
      title: 'Someone in danger',
      situation: 'A worker runs into the kitchen, hurt, and says a man outside will hurt her.',
      question: 'What do you do?',
      choices: [
        { text: 'Go outside and talk to the man.', feedback: 'Do not confront anyone: it puts you and her at risk. Call 999.', refs: [{ kind: 'flow', id: 'england-wales/danger' }] },
        { text: 'Call 999.', best: true, feedback: 'Someone is in danger now: 999 comes first.', refs: [{ kind: 'flow', id: 'england-wales/call-999' }] },
        { text: 'Email your manager.', feedback: 'An email is too slow when someone is in danger. Call 999.', refs: [{ kind: 'flow', id: 'england-wales/danger' }] },
      ],
    },
  ],
  remember: ['A sign is a reason to ask and to share your concern, not proof.', 'If anyone is in danger now, call 999.'],
  source: { title: 'Our safeguarding policy', url: 'https://example.org/safeguarding' },
  verifiedOn: '2026-12-01',
};

const [first, second] = ownSet.scenarios as [Scenario, Scenario];

/** A set's best answers, as the reader would give them. */
const bestAnswers = (id: 'general' | 'hospitality') => getScenarioSet(id).scenarios.map((scenario) => scenario.choices.findIndex((choice) => choice.best));

export const trainingScenariosFixtures = [
  {
    id: 'default',
    name: 'Default',
    description: 'With no attributes: the general set, for every member of staff, one scenario at a time.',
    template: () => html`<ctk-training-scenarios></ctk-training-scenarios>`,
  },
  ...scenarioSets
    .filter((set) => set.id !== 'general')
    .map((set) => ({
      id: `sector-${set.id}` as const,
      name: `Sector: ${set.id}`,
      description: `\`sector="${set.id}"\`: ${set.summary}`,
      template: () => html`<ctk-training-scenarios sector=${set.id}></ctk-training-scenarios>`,
    })),
  {
    id: 'answered-better-action',
    name: 'Answered: a better action',
    description: 'The first scenario answered with a choice that is not the best: why, then the best action and why. (`answers` resumes where a reader was.)',
    template: () => html`<ctk-training-scenarios sector="hospitality" .answers=${[bestAnswers('hospitality')[0] === 0 ? 1 : 0]}></ctk-training-scenarios>`,
  },
  {
    id: 'answered-best-action',
    name: 'Answered: the best action',
    description: 'The first scenario answered with the best choice: why it is the best.',
    template: () => html`<ctk-training-scenarios sector="hospitality" .answers=${bestAnswers('hospitality').slice(0, 1)}></ctk-training-scenarios>`,
  },
  {
    id: 'end',
    name: 'The end: what to remember',
    description: 'Every scenario answered: what to remember (never a judgement of the reader), 999 and the helpline.',
    template: () => html`<ctk-training-scenarios .answers=${bestAnswers('general')}></ctk-training-scenarios>`,
  },
  {
    id: 'review',
    name: 'Review: a handout',
    description: '`view="review"`: every scenario with its best answer and the reason for each choice, to read or print.',
    template: () => html`<ctk-training-scenarios sector="healthcare" view="review"></ctk-training-scenarios>`,
  },
  {
    id: 'own-set',
    name: 'Your own set',
    description: 'The `scenarioSet` property: your own scenarios, validated, each choice resting on a record of the dataset.',
    template: () => html`<ctk-training-scenarios .scenarioSet=${ownSet}></ctk-training-scenarios>`,
  },
  {
    id: 'unknown-sector',
    name: 'Error: unknown sector',
    description: 'A sector the data does not have: an error naming the sectors it has, with 999 and the helpline beside it.',
    template: () => html`<ctk-training-scenarios sector="hotels"></ctk-training-scenarios>`,
    error: true,
  },
  {
    id: 'invalid-set',
    name: 'Error: invalid set',
    description: 'Your own set, with a scenario that has two best answers and a choice resting on a record that does not exist: each problem named, with 999 and the helpline beside them.',
    template: () =>
      html`<ctk-training-scenarios
        .scenarioSet=${{
          ...ownSet,
          scenarios: [
            { ...first, choices: first.choices.map((choice) => ({ ...choice, best: true })) },
            { ...second, choices: second.choices.map((choice, i) => (i === 0 ? { ...choice, refs: [{ kind: 'flow' as const, id: 'england-wales/no-such-step' }] } : choice)) },
          ],
        }}
      ></ctk-training-scenarios>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
