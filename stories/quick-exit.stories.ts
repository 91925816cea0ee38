import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@ctkit/elements/quick-exit.js';
import { quickExitFixtures } from '../packages/elements/src/quick-exit/quick-exit.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// Pressing the button (or Shift three times) here leaves Storybook for the neutral page:
// that is the point. Use the browser's Back button to return: the story page is replaced,
// so Back goes to the page before it.
const meta: Meta = {
  title: 'Components/Quick exit',
  component: 'ctk-quick-exit',
};
export default meta;

const story = storiesFrom(meta, quickExitFixtures);

export const Default = story('default');
export const Sticky = story('sticky');
export const YourOwnNeutralPage = story('own-neutral-page');

/** With the advice readers need beside it: the exit hides the page, it does not erase history. */
export const WithAdvice: StoryObj = {
  render: () => html`
    <ctk-quick-exit sticky></ctk-quick-exit>
    <p>
      To leave this page quickly, press the button or press Shift three times. This does not clear your browsing
      history: use a private window, or clear your history afterwards, if someone may check this device.
    </p>
  `,
};
