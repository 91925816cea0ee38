import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/training-scenarios.js';
import { trainingScenariosFixtures } from '../../packages/elements/src/training-scenarios/training-scenarios.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Training scenarios',
  component: 'ctk-training-scenarios',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, trainingScenariosFixtures);

export const UnknownSector = story('unknown-sector');
export const InvalidSet = story('invalid-set');
