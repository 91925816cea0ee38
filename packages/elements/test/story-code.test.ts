// "Show code" in Storybook is the code that makes the story: for every fixture (each story is
// one), the page markup and script file that stories/story-code.ts writes, pasted into a blank
// page, show what the fixture shows; properties come from the script file, never inline.
import { cleanupFixtures, render, renderModes, visibleText } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';
import { storyCode } from '../../../stories/story-code.js';

/** The page markup and the script file's lines in a snippet `storyCode` wrote. */
function parts(code: string): { markup: string; script: string } {
  const [page, script = ''] = code.split(/<!-- In \/assets\/ctkit\/settings\.js[^\n]*-->\n/);
  const markup = page!.replace('<!-- In your page: -->', '').replace(/<script [^>]*><\/script>/g, '');
  return { markup, script };
}

async function settled(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('ctk-')) {
      await customElements.whenDefined(el.localName);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
  }
}

for (const component of components) {
  describe(`<${component.tag}>: a story's code makes the story`, () => {
    afterEach(() => cleanupFixtures());
    for (const fixture of component.fixtures) {
      it(`"${fixture.name}"`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        const expected = visibleText(el.parentElement!);
        cleanupFixtures();

        const code = storyCode(fixture.template());
        expect(code).to.match(/^(<!-- In your page: -->\n\n)?<script type="module" src="\/assets\/ctkit\/ctkit\.min\.js"><\/script>/);
        expect(code, 'no inline script').to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
        const { markup, script } = parts(code);
        const page = document.createElement('div');
        page.innerHTML = markup;
        document.body.append(page);
        try {
          // The script file, as the page would run it.
          new Function(script)();
          await settled(page);
          expect(visibleText(page)).to.equal(expected);
        } finally {
          page.remove();
        }
      });
    }
  });
}
