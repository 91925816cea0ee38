import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/indicator-checklist.js';
import { indicatorChecklistFixtures } from '../packages/elements/src/indicator-checklist/indicator-checklist.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  region?: string;
  sector?: string;
  'heading-level'?: number;
}

/** Ticks are private to the page: nothing is stored or sent, here or anywhere. */
const meta: Meta<Args> = {
  title: 'Components/Indicator checklist',
  component: 'ctk-indicator-checklist',
  argTypes: {
    region: { control: 'select', options: ['', 'england', 'wales', 'scotland', 'northern-ireland'] },
    sector: { control: 'select', options: ['', 'hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, indicatorChecklistFixtures);

/** The general signs. Pick a sector in the controls, and tick a sign to see what to do next. */
export const General: StoryObj<Args> = {
  ...story('general'),
  args: {},
  render: (args) =>
    html`<ctk-indicator-checklist sector=${ifDefined(args.sector || undefined)} region=${ifDefined(args.region || undefined)} heading-level=${ifDefined(args['heading-level'])}></ctk-indicator-checklist>`,
};
export const Hospitality = story('sector-hospitality');
export const Aviation = story('sector-aviation');
export const Healthcare = story('sector-healthcare');
export const Transport = story('sector-transport');
export const Education = story('sector-education');
export const LawEnforcement = story('sector-law-enforcement');
export const Ticked = story('ticked');
export const TickedWithYourOwnContact = story('ticked-own-contact');
export const TickedWithYourOwnContactFromAFile = story('ticked-own-contact-from-a-file');
export const TickedAChildSignInScotland = story('ticked-child-scotland');
export const CustomSet = story('custom-set');
export const UnknownSector = story('unknown-sector');
export const InvalidCustomSet = story('invalid-custom-set');
export const UnknownRegion = story('unknown-region');
