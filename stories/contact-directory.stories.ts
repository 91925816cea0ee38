import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/contact-directory.js';
import { contactDirectoryFixtures } from '../packages/elements/src/contact-directory/contact-directory.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// The `src` stories load JSON files that Storybook serves from `packages/elements/test/data/`
// (see `.storybook/main.ts`); nothing else makes a request.
const meta: Meta = {
  title: 'Components/Contact directory',
  component: 'ctk-contact-directory',
};
export default meta;

const story = storiesFrom(meta, contactDirectoryFixtures);

export const Default = story('default');
export const Searched = story('searched');
export const InScotland = story('region-scotland');
export const InNorthernIreland = story('region-northern-ireland');
export const LimitedToCategories = story('limited-to-categories');
export const OneCategoryChosen = story('one-category-chosen');
export const YourOrganisationsOwnContacts = story('own-contacts-added');
export const YourOwnContactsFromAFile = story('own-contacts-from-a-file');
export const YourOwnListOnly = story('own-list-only');
export const LoadedFromAJsonFile = story('json-file');
export const NoMatches = story('no-matches');
