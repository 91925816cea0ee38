// Every fixture of every component, in both render modes: it renders without an uncaught
// error or hydration mismatch, passes axe, links only to safe schemes, and shows a
// configuration error exactly when the fixture is an error case. Then the fixtures' ids:
// unique within the component, and each fixture not marked testOnly shown by a story.
import { cleanupFixtures, render, renderModes, shadow, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';
import { expectAccessible } from './axe.js';
import { storyFiles } from './story-files.js';

const safeLink = /^(?:https:|tel:|mailto:)/;

for (const mode of renderModes) {
  for (const component of components) {
    describe(`<${component.tag}> fixtures, ${mode.name}`, () => {
      afterEach(() => cleanupFixtures());

      for (const fixture of component.fixtures) {
        it(`"${fixture.name}" renders, passes axe and links safely`, async () => {
          const { el, consoleErrors } = await render(mode, fixture.template(), [component.module]);
          const root = shadow(el);
          const error = root.querySelector('[part~="error"]');

          if (fixture.error) {
            expect(error, 'an error fixture shows part="error"').to.exist;
            expect(error?.getAttribute('role')).to.equal('alert');
            expect(visibleText(error!)).to.not.equal('');
            expect(consoleErrors).to.have.length(1);
            expect(consoleErrors[0]).to.contain(`<${component.tag}>`);
          } else {
            expect(error, 'a valid fixture shows no error').to.be.null;
            expect(consoleErrors).to.deep.equal([]);
            expect(visibleText(root), 'a valid fixture is not blank').to.not.equal('');
          }

          for (const link of root.querySelectorAll('a')) {
            expect(link.getAttribute('href') ?? '', `href of "${link.textContent?.trim()}"`).to.match(safeLink);
          }
          await expectAccessible(el);
        });
      }
    });
  }
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a story file exports: stories made by storiesFrom() carry their fixture's id. */
type StoryModule = Record<string, { parameters?: { fixtureId?: unknown } } | undefined>;

// Last: importing the stories defines the elements from the same built modules as above.
describe('fixture ids and stories', () => {
  for (const component of components) {
    it(`<${component.tag}>: ids are unique, in kebab-case, and every fixture not marked testOnly has a story`, async () => {
      const ids = component.fixtures.map((fixture) => fixture.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').to.deep.equal([]);
      expect(ids.filter((id) => !kebabCase.test(id)), 'ids not in kebab-case').to.deep.equal([]);

      // The component's stories, and its error and hostile-data ones in the "Test fixtures" group.
      const files = storyFiles(component.tag);
      const modules = (await Promise.all(files.map((file) => import(file)))) as StoryModule[];
      const shown = new Set(modules.flatMap((stories) => Object.values(stories).map((story) => story?.parameters?.fixtureId)));
      const errors = new Set(component.fixtures.filter((fixture) => fixture.error).map((fixture) => fixture.id));
      const inMain = Object.values(modules[0]!).map((story) => story?.parameters?.fixtureId);
      expect(inMain.filter((id) => typeof id === 'string' && errors.has(id)), 'error fixtures among the component\'s own stories (they belong under "Test fixtures")').to.deep.equal([]);
      expect(
        component.fixtures.filter((fixture) => !fixture.testOnly && !shown.has(fixture.id)).map((fixture) => fixture.id),
        'fixtures no story shows (give each a story, or mark it testOnly: true)',
      ).to.deep.equal([]);
      expect(
        component.fixtures.filter((fixture) => fixture.testOnly && shown.has(fixture.id)).map((fixture) => fixture.id),
        'testOnly fixtures a story shows',
      ).to.deep.equal([]);
    });
  }
});
