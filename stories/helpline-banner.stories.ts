import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/helpline-banner.js';
import { helplineBannerFixtures } from '../packages/elements/src/helpline-banner/helpline-banner.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  contact?: string;
  'heading-level'?: number;
}

const meta: Meta<Args> = {
  title: 'Components/Helpline banner',
  component: 'ctk-helpline-banner',
  argTypes: {
    contact: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const stories = storiesFrom<Args>(helplineBannerFixtures);

/** The Modern Slavery & Exploitation Helpline, with no configuration. Try the controls. */
export const Default: StoryObj<Args> = {
  ...stories['Default'],
  args: {},
  render: (args) =>
    html`<ctk-helpline-banner contact=${ifDefined(args.contact)} heading-level=${ifDefined(args['heading-level'])}></ctk-helpline-banner>`,
};
export const UnknownContact = stories['Unknown contact'];
