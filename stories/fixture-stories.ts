import type { Meta, StoryObj } from '@storybook/web-components';
import type { Fixture, StoryFixtureId } from '../packages/elements/src/fixture-types.fixtures.js';
import { storyCode } from './story-code.js';

/** The parameter that names the fixture a story shows (read by test/fixtures.test.ts). */
export interface FixtureStoryParameters {
  fixtureId?: string;
}

/**
 * One story per fixture, so the examples in Storybook are the ones the tests check:
 *
 * ```ts
 * const story = storiesFrom(meta, helplineBannerFixtures);
 * export const WithoutThe999Line = story('without-999-line');
 * ```
 *
 * A story names its fixture by id. An id the component has not got, or one of a fixture
 * marked `testOnly`, is a type error; and, for an id TypeScript cannot check (one computed
 * from the data), `story(id)` throws when the stories file loads, naming the id and the
 * component, so `storybook build` fails instead of leaving the story out.
 */
export function storiesFrom<Args, Fixtures extends readonly Fixture[]>(
  meta: Meta<Args>,
  fixtures: Fixtures,
): (id: StoryFixtureId<Fixtures>) => StoryObj<Args> {
  const component = meta.component ?? meta.title ?? 'a component';
  const byId = new Map<string, Fixture>();
  for (const fixture of fixtures) {
    if (byId.has(fixture.id)) throw new Error(`<${component}>: two fixtures have the id "${fixture.id}"`);
    byId.set(fixture.id, fixture);
  }
  return (id) => {
    const fixture = byId.get(id);
    if (!fixture) {
      throw new Error(`<${component}>: no fixture has the id "${id}" (its fixtures: ${[...byId.keys()].join(', ')})`);
    }
    if (fixture.testOnly) {
      throw new Error(`<${component}>: the fixture "${id}" is marked testOnly; remove the mark to give it a story`);
    }
    return {
      name: fixture.name,
      render: () => fixture.template(),
      // "Show code": the code that makes the story, properties set from a script file.
      parameters: { fixtureId: fixture.id, docs: { description: { story: fixture.description }, source: { code: storyCode(fixture.template()), language: 'html' } } },
    };
  };
}
