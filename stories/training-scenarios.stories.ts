import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/training-scenarios.js';
import { scenarioSets } from '@ctkit/data/scenarios';
import { trainingScenariosFixtures } from '../packages/elements/src/training-scenarios/training-scenarios.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  sector?: string;
  view?: 'quiz' | 'review';
  'heading-level'?: number;
}

/**
 * A refresher staff take between training sessions. Nothing is stored or sent: listen for
 * `ctk-answer` and `ctk-complete` to record completion. Print the review view from the browser
 * to see the handout.
 */
const meta: Meta<Args> = {
  title: 'Components/Training scenarios',
  component: 'ctk-training-scenarios',
  argTypes: {
    sector: { control: 'select', options: scenarioSets.map((set) => set.id) },
    view: { control: 'inline-radio', options: ['quiz', 'review'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, trainingScenariosFixtures);

/** The general set, one scenario at a time. Try every sector and both views in the controls. */
export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) =>
    html`<ctk-training-scenarios sector=${ifDefined(args.sector)} view=${ifDefined(args.view)} heading-level=${ifDefined(args['heading-level'])}></ctk-training-scenarios>`,
};
export const Hospitality = story('sector-hospitality');
export const Aviation = story('sector-aviation');
export const Healthcare = story('sector-healthcare');
export const Transport = story('sector-transport');
export const Education = story('sector-education');
export const LawEnforcement = story('sector-law-enforcement');
export const AnsweredABetterAction = story('answered-better-action');
export const AnsweredTheBestAction = story('answered-best-action');
export const TheEnd = story('end');
export const Review = story('review');
export const YourOwnSet = story('own-set');
export const UnknownSector = story('unknown-sector');
export const InvalidSet = story('invalid-set');
