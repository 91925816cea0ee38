import type { StoryObj } from '@storybook/web-components';
import type { Fixture } from '../packages/elements/test/fixture-types.js';

/** One story per fixture, so the examples in Storybook are the ones the tests check. */
export function storiesFrom<Args>(fixtures: readonly Fixture[]): Record<string, StoryObj<Args>> {
  return Object.fromEntries(
    fixtures.map((fixture) => [
      fixture.name,
      {
        name: fixture.name,
        render: () => fixture.template(),
        parameters: { docs: { description: { story: fixture.description } } },
      },
    ]),
  );
}
