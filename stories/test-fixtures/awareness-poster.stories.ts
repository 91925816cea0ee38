import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/awareness-poster.js';
import { awarenessPosterFixtures } from '../../packages/elements/src/awareness-poster/awareness-poster.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Awareness poster',
  component: 'ctk-awareness-poster',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, awarenessPosterFixtures);

export const UnknownSector = story('unknown-sector');
export const UnsafeQrAddress = story('unsafe-qr');
