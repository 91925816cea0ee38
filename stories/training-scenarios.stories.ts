import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/training-scenarios.js';
import { trainingScenariosFixtures } from '../packages/elements/src/training-scenarios/training-scenarios.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// A refresher staff take between training sessions. Nothing is stored or sent: listen for
// `ctk-answer` and `ctk-complete` to record completion. Print the review view from the browser
// to see the handout.
const meta: Meta = {
  title: 'Components/Training scenarios',
  component: 'ctk-training-scenarios',
};
export default meta;

const story = storiesFrom(meta, trainingScenariosFixtures);

export const Default = story('default');
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
