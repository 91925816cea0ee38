import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/guidance-card.js';
import { guidanceCardFixtures } from '../../packages/elements/src/guidance-card/guidance-card.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Guidance card',
  component: 'ctk-guidance-card',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, guidanceCardFixtures);

export const UnknownTopic = story('unknown-topic');
export const InvalidCustomTopic = story('invalid-custom-topic');
