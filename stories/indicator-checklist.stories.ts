import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/indicator-checklist.js';
import { indicatorChecklistFixtures } from '../packages/elements/src/indicator-checklist/indicator-checklist.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  sector?: string;
  'heading-level'?: number;
}

/** Ticks are private to the page: nothing is stored or sent, here or anywhere. */
const meta: Meta<Args> = {
  title: 'Components/Indicator checklist',
  component: 'ctk-indicator-checklist',
  argTypes: {
    sector: { control: 'select', options: ['', 'hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const stories = storiesFrom<Args>(indicatorChecklistFixtures);

/** The general signs. Pick a sector in the controls, and tick a sign to see what to do next. */
export const General: StoryObj<Args> = {
  ...stories['General'],
  args: {},
  render: (args) =>
    html`<ctk-indicator-checklist sector=${ifDefined(args.sector || undefined)} heading-level=${ifDefined(args['heading-level'])}></ctk-indicator-checklist>`,
};
export const Hospitality = stories['Sector: hospitality'];
export const Aviation = stories['Sector: aviation'];
export const Healthcare = stories['Sector: healthcare'];
export const Transport = stories['Sector: transport'];
export const Education = stories['Sector: education'];
export const LawEnforcement = stories['Sector: law-enforcement'];
export const Ticked = stories['Ticked'];
export const TickedWithYourOwnContact = stories['Ticked, with your own contact'];
export const CustomSet = stories['Custom set'];
export const UnknownSector = stories['Unknown sector'];
export const InvalidCustomSet = stories['Invalid custom set'];
