import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/contact-directory.js';
import { contactDirectoryFixtures } from '../packages/elements/src/contact-directory/contact-directory.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  region?: string;
  query?: string;
  category?: string;
  categories?: string;
  src?: string;
  'heading-level'?: number;
}

/**
 * The `src` stories load JSON files that Storybook serves from `packages/elements/test/data/`
 * (see `.storybook/main.ts`); nothing else makes a request.
 */
const meta: Meta<Args> = {
  title: 'Components/Contact directory',
  component: 'ctk-contact-directory',
  argTypes: {
    region: { control: 'select', options: ['', 'england', 'wales', 'scotland', 'northern-ireland'] },
    query: { control: 'text' },
    category: { control: 'select', options: ['', 'internal', 'emergency', 'report', 'advice', 'support'] },
    categories: { control: 'text' },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, contactDirectoryFixtures);

/** The contacts serving England and Wales; pick another nation with `region`. Try the controls, or type in the search box. */
export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) =>
    html`<ctk-contact-directory
      query=${ifDefined(args.query)}
      category=${ifDefined(args.category)}
      categories=${ifDefined(args.categories)}
      src=${ifDefined(args.src)}
      region=${ifDefined(args.region)}
      heading-level=${ifDefined(args['heading-level'])}
    ></ctk-contact-directory>`,
};
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
export const MarkupInAName = story('markup-in-name');
export const UnknownCategory = story('unknown-category');
export const InvalidContact = story('invalid-contact');
export const UnknownRegion = story('unknown-region');
export const JsonFileNotFound = story('json-file-not-found');
export const BrokenJsonFile = story('broken-json-file');
export const InvalidRecordsInAJsonFile = story('invalid-json-records');
export const JsonFileUnreachable = story('json-file-unreachable');
