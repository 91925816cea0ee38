// The Fixture type lives beside the fixtures, under src/ (src/fixture-types.fixtures.ts), so
// that nothing under src/ imports from test/. Re-exported here for the test registry.
export type { Fixture, StoryFixtureId } from '../src/fixture-types.fixtures.js';
