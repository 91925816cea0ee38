import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/indicator-checklist.js';
import { indicatorChecklistFixtures } from '../../packages/elements/src/indicator-checklist/indicator-checklist.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Indicator checklist',
  component: 'ctk-indicator-checklist',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, indicatorChecklistFixtures);

export const UnknownSector = story('unknown-sector');
export const UnknownRegion = story('unknown-region');
export const InvalidCustomSet = story('invalid-custom-set');
