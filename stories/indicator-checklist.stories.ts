import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/indicator-checklist.js';
import { indicatorChecklistFixtures } from '../packages/elements/src/indicator-checklist/indicator-checklist.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// Ticks are private to the page: nothing is stored or sent, here or anywhere.
const meta: Meta = {
  title: 'Components/Indicator checklist',
  component: 'ctk-indicator-checklist',
};
export default meta;

const story = storiesFrom(meta, indicatorChecklistFixtures);

export const General = story('general');
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
