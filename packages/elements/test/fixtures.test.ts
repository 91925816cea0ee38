// Every fixture of every component, in both render modes: it renders without an uncaught
// error or hydration mismatch, passes axe, links only to safe schemes, and shows a
// configuration error exactly when the fixture is an error case.
import { cleanupFixtures, render, renderModes, shadow, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';
import { expectAccessible } from './axe.js';

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
