import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/quick-exit.js';
import { quickExitFixtures } from '../packages/elements/src/quick-exit/quick-exit.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  href?: string;
  sticky?: boolean;
  'press-window'?: number;
}

/**
 * Pressing the button (or Shift three times) here leaves Storybook for the neutral page:
 * that is the point. Use the browser's Back button to return: the story page is replaced,
 * so Back goes to the page before it.
 */
const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'ctk-quick-exit',
  argTypes: {
    href: { control: 'text' },
    sticky: { control: 'boolean' },
    'press-window': { control: { type: 'number', min: 1000, step: 500 } },
  },
};
export default meta;

const story = storiesFrom(meta, quickExitFixtures);

export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) =>
    html`<ctk-quick-exit href=${ifDefined(args.href)} ?sticky=${args.sticky} press-window=${ifDefined(args['press-window'])}></ctk-quick-exit>`,
};
export const Sticky = story('sticky');
export const YourOwnNeutralPage = story('own-neutral-page');
export const UnsafeAddress = story('unsafe-address');

/** With the advice readers need beside it: the exit hides the page, it does not erase history. */
export const WithAdvice: StoryObj<Args> = {
  render: () => html`
    <ctk-quick-exit sticky></ctk-quick-exit>
    <p>
      To leave this page quickly, press the button or press Shift three times. This does not clear your browsing
      history: use a private window, or clear your history afterwards, if someone may check this device.
    </p>
  `,
};
