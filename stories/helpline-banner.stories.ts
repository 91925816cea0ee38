import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@ctkit/elements/helpline-banner.js';
import { helplineBannerFixtures } from '../packages/elements/src/helpline-banner/helpline-banner.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

const meta: Meta = {
  title: 'Components/Helpline banner',
  component: 'ctk-helpline-banner',
};
export default meta;

const story = storiesFrom(meta, helplineBannerFixtures);

export const Default = story('default');
export const Compact = story('compact');
export const Inline = story('inline');

/** The inline variant inside a sentence, where it belongs. */
export const InlineInASentence: StoryObj = {
  render: () => html`<p>If you are worried about someone, call the <ctk-helpline-banner variant="inline"></ctk-helpline-banner>, free, at any time.</p>`,
};
export const WithoutThe999Line = story('without-999-line');
export const AnotherContact = story('another-contact');
export const TextAndTextphoneLines = story('text-and-textphone-lines');
export const Nhs111InScotland = story('nhs-111-in-scotland');
export const TheLongestNumber = story('longest-number');
export const OpeningHours = story('opening-hours');
export const UnconfirmedContact = story('unconfirmed-contact');
export const YourOwnContact = story('own-contact');
export const YourOwnContactFromAFile = story('own-contact-from-a-file');
