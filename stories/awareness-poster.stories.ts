import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/awareness-poster.js';
import { awarenessPosterFixtures } from '../packages/elements/src/awareness-poster/awareness-poster.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// Print a story from the browser to see the poster on one A4 (or A3) page.
const meta: Meta = {
  title: 'Components/Awareness poster',
  component: 'ctk-awareness-poster',
};
export default meta;

const story = storiesFrom(meta, awarenessPosterFixtures);

export const Default = story('default');
export const Hospitality = story('public-hospitality');
export const Aviation = story('public-aviation');
export const Healthcare = story('public-healthcare');
export const Transport = story('public-transport');
export const Education = story('public-education');
export const LawEnforcement = story('public-law-enforcement');
export const ForAPersonAffected = story('affected');
export const InWelsh = story('affected-welsh');
export const InArabic = story('affected-arabic');
export const A3TearOffsAndQrCode = story('print-a3-tear-offs-qr');
export const PublicWithTearOffs = story('public-tear-offs');
