/**
 * The shape of a component's fixtures (`src/<name>/<name>.fixtures.ts`). Like every
 * `*.fixtures.ts` file, this one is left out of the package's build, its manifest and its
 * published files; stories and tests import it from here.
 * @module
 */
import type { TemplateResult } from 'lit';

/**
 * An example configuration of a component, shared by its stories, its tests and the a11y
 * and localisation scans. Templates hold only literal attributes and JSON-safe values, since
 * the server-rendered test mode sends them to Node.
 *
 * Declare a component's fixtures `[…] as const satisfies readonly Fixture[]` (ids computed
 * in a `map` written `` `…` as const ``), so that each `id` keeps its literal type: a story
 * that names an id the component has not got is then a type error.
 */
export interface Fixture {
  /**
   * Stable and unique within the component, in kebab-case (`without-999-line`): what stories
   * refer to. Never shown; rename the fixture's `name` freely, but not its id.
   */
  id: string;
  /** Display name: the story's name, the tests' names, and the screenshot files'. */
  name: string;
  /** What the example shows, for the story's docs. */
  description: string;
  template: () => TemplateResult;
  /** The fixture shows a configuration error (part="error", role="alert", one console.error). */
  error?: boolean;
  /**
   * Used by the tests and scans only: no story shows it, and a story cannot pick it
   * (`fixtureStories` refuses it, and its id is not among the ids a story may name). Every
   * fixture without it must be shown by a story (`test/fixtures.test.ts` checks). To show
   * one in Storybook, remove the mark and add its story.
   */
  testOnly?: boolean;
}

/** The ids of `fixtures` that a story may name: those not marked `testOnly: true`. */
export type StoryFixtureId<Fixtures extends readonly Fixture[]> = Exclude<Fixtures[number], { readonly testOnly: true }>['id'];
