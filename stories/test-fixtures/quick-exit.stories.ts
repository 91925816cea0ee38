import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/quick-exit.js';
import { quickExitFixtures } from '../../packages/elements/src/quick-exit/quick-exit.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Quick exit',
  component: 'ctk-quick-exit',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, quickExitFixtures);

export const UnsafeAddress = story('unsafe-address');
