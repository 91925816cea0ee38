import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/contact-directory.js';
import { contactDirectoryFixtures } from '../packages/elements/src/contact-directory/contact-directory.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
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
    query: { control: 'text' },
    category: { control: 'select', options: ['', 'internal', 'emergency', 'report', 'advice', 'support'] },
    categories: { control: 'text' },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const stories = storiesFrom<Args>(contactDirectoryFixtures);

/** Every contact in the data. Try the controls, or type in the search box. */
export const Default: StoryObj<Args> = {
  ...stories['Default'],
  args: {},
  render: (args) =>
    html`<ctk-contact-directory
      query=${ifDefined(args.query)}
      category=${ifDefined(args.category)}
      categories=${ifDefined(args.categories)}
      src=${ifDefined(args.src)}
      heading-level=${ifDefined(args['heading-level'])}
    ></ctk-contact-directory>`,
};
export const Searched = stories['Searched'];
export const LimitedToCategories = stories['Limited to categories'];
export const OneCategoryChosen = stories['One category chosen'];
export const YourOrganisationsOwnContacts = stories["Your organisation's own contacts"];
export const YourOwnListOnly = stories['Your own list only'];
export const LoadedFromAJsonFile = stories['Loaded from a JSON file'];
export const NoMatches = stories['No matches'];
export const MarkupInAName = stories['Markup in a name'];
export const UnknownCategory = stories['Unknown category'];
export const InvalidContact = stories['Invalid contact'];
export const JsonFileNotFound = stories['JSON file not found'];
export const BrokenJsonFile = stories['Broken JSON file'];
export const InvalidRecordsInAJsonFile = stories['Invalid records in a JSON file'];
export const JsonFileUnreachable = stories['JSON file unreachable'];
