import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/helpline-banner.js';
import { helplineBannerFixtures } from '../../packages/elements/src/helpline-banner/helpline-banner.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Helpline banner',
  component: 'ctk-helpline-banner',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, helplineBannerFixtures);

export const MarkupInAName = story('markup-in-name');
export const UnknownContact = story('unknown-contact');
export const UnknownRegion = story('unknown-region');
export const InvalidCustomContact = story('invalid-custom-contact');
