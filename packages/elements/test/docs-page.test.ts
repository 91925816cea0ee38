// Storybook's Docs pages, as stories/docs-page.ts makes them from the manifest: each leads with
// the component's purpose, then when to use it and when not to, do and don't, how to put it on
// a page and a methods table naming every public method; and no two rows of its API table
// share a name (Storybook keys rows by name, so one would hide the other).
import { expect } from '@open-wc/testing';
import { components } from './registry.js';
import { docsManifest } from '../../../stories/docs-page.js';
import { usage } from '../../../stories/usage.js';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
type Manifest = { modules: { declarations?: Declaration[] }[] };

const declarations = (manifest: Manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

describe('Storybook Docs pages', () => {
  let original: Manifest;
  let pages: Manifest;
  before(async () => {
    original = (await (await fetch(new URL('../custom-elements.json', import.meta.url))).json()) as Manifest;
    pages = docsManifest(original, usage);
  });

  for (const component of components) {
    it(`<${component.tag}>: purpose, when to use, do and don't, how to put it on a page, methods`, () => {
      const before = declarations(original).find((d) => d.tagName === component.tag)!;
      const page = declarations(pages).find((d) => d.tagName === component.tag)!;
      expect(usage[component.tag], 'stories/usage.ts has the component').to.exist;
      expect(page.description!.startsWith(before.description!), 'leads with its own purpose').to.equal(true);
      for (const heading of ['### When to use it', '### When not to use it', '### Do', "### Don't", '### Put it on a page', '### Methods']) {
        expect(page.description).to.contain(heading);
      }
      expect(page.description).to.contain(`<${component.tag}></${component.tag}>`);
      const methods = (before.members ?? []).filter((m) => m.kind === 'method' && !m.static && (!m.privacy || m.privacy === 'public'));
      for (const method of methods) expect(page.description, `the methods table names ${method.name}`).to.contain(`\`${method.name}(`);
    });

    it(`<${component.tag}>: every row of the API table has a name of its own`, () => {
      const page = declarations(pages).find((d) => d.tagName === component.tag)!;
      const rows = [
        ...(page.members ?? []).filter((m) => m.kind !== 'method'),
        ...(page.attributes ?? []),
        ...(page.slots ?? []),
        ...(page.cssProperties ?? []),
        ...(page.cssParts ?? []),
      ].map((item) => item.name);
      expect(rows.filter((name, i) => rows.indexOf(name) !== i), 'names used twice').to.deep.equal([]);
      expect(rows.filter((name) => !name), 'rows with no name (a default slot would be dropped)').to.deep.equal([]);
      expect((page.members ?? []).some((m) => m.privacy && m.privacy !== 'public'), 'private members shown').to.equal(false);
    });
  }
});
