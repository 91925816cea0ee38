import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/helpline-banner.js';
import { helplineBannerFixtures } from '../packages/elements/src/helpline-banner/helpline-banner.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  region?: string;
  contact?: string;
  variant?: 'full' | 'compact' | 'inline';
  'no-emergency'?: boolean;
  'heading-level'?: number;
}

const meta: Meta<Args> = {
  title: 'Components/Helpline banner',
  component: 'ctk-helpline-banner',
  argTypes: {
    region: { control: 'select', options: ['', 'england', 'wales', 'scotland', 'northern-ireland'] },
    contact: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'inline'] },
    'no-emergency': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, helplineBannerFixtures);

/** The Modern Slavery & Exploitation Helpline, with no configuration. Try the controls. */
export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) =>
    html`<ctk-helpline-banner
      contact=${ifDefined(args.contact)}
      region=${ifDefined(args.region)}
      variant=${ifDefined(args.variant)}
      ?no-emergency=${args['no-emergency']}
      heading-level=${ifDefined(args['heading-level'])}
    ></ctk-helpline-banner>`,
};
export const Compact = story('compact');
export const Inline = story('inline');

/** The inline variant inside a sentence, where it belongs. */
export const InlineInASentence: StoryObj<Args> = {
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
export const MarkupInAName = story('markup-in-name');
export const UnknownContact = story('unknown-contact');
export const InvalidCustomContact = story('invalid-custom-contact');
export const UnknownRegion = story('unknown-region');
