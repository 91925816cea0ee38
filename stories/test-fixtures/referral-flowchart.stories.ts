import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/referral-flowchart.js';
import { referralFlowchartFixtures } from '../../packages/elements/src/referral-flowchart/referral-flowchart.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Referral flowchart',
  component: 'ctk-referral-flowchart',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, referralFlowchartFixtures);

export const UnknownFlow = story('unknown-flow');
export const UnknownRegion = story('unknown-region');
export const InvalidCustomFlow = story('invalid-custom-flow');
export const InvalidExtraContact = story('invalid-extra-contact');
