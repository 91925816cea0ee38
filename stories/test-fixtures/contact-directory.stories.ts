import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/contact-directory.js';
import { contactDirectoryFixtures } from '../../packages/elements/src/contact-directory/contact-directory.fixtures.js';
import { storiesFrom } from '../fixture-stories.js';
import { testFixturesIntro } from './intro.js';

const meta: Meta = {
  title: 'Test fixtures/Contact directory',
  component: 'ctk-contact-directory',
  parameters: { docs: { description: { component: testFixturesIntro } } },
};
export default meta;

const story = storiesFrom(meta, contactDirectoryFixtures);

export const MarkupInAName = story('markup-in-name');
export const UnknownCategory = story('unknown-category');
export const UnknownRegion = story('unknown-region');
export const InvalidContact = story('invalid-contact');
export const JsonFileNotFound = story('json-file-not-found');
export const BrokenJsonFile = story('broken-json-file');
export const InvalidRecordsInAJsonFile = story('invalid-json-records');
export const JsonFileUnreachable = story('json-file-unreachable');
