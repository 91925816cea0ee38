// Adds a component: `pnpm new-component <name>` (kebab-case; the tag is <ctk-<name>>).
//
// 1. Writes packages/elements/src/<name>/ from a small template: the class (extends CtkElement,
//    JSDoc with @summary), its styles, define.ts, fixtures (one) and tests; and
//    stories/<name>.stories.ts (test/fixtures.test.ts wants a story for each fixture).
// 2. Adds its package exports, the one per-tag list kept by hand: "./<name>.js" and
//    "./<name>/<name>.js" to @ctkit/elements, "./<name>.js" to @ctkit/react
//    (scripts/check-exports.mjs holds them to the manifest).
// 3. Runs `cem analyze` and scripts/generate-from-manifest.mjs, which add the tag to every
//    generated list (all.ts, the framework typings, the global tag and event maps, the test
//    registry, the React wrappers); rollup reads its define module from the manifest.
//
// Then write the element, and `pnpm build` and `pnpm test` (docs/architecture.md, "Adding a
// component").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camelCase, componentName, packageEntries, pascalCase } from './manifest-elements.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = join(root, 'packages/elements');

function fail(message) {
  console.error(`new-component: ${message}`);
  process.exit(1);
}

const arg = process.argv[2];
if (!arg || process.argv.length > 3) fail('usage: pnpm new-component <name>   (kebab-case, such as safety-plan; the tag is <ctk-safety-plan>)');
const name = arg.replace(/^ctk-/, '');
if (!componentName.test(name)) fail(`"${arg}" is not a component name: lower-case words joined by hyphens, starting with a letter (safety-plan)`);
if (['internal', 'generated'].includes(name)) fail(`"${name}" is a folder of the package's own, not a component`);

const tag = `ctk-${name}`;
const className = `Ctk${pascalCase(name)}`;
const fixtures = `${camelCase(name)}Fixtures`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const folder = join(elementsDir, 'src', name);
const story = join(root, 'stories', `${name}.stories.ts`);
for (const path of [folder, story]) if (existsSync(path)) fail(`${path.slice(root.length + 1)} already exists`);

const entries = packageEntries(name);
const packages = [
  { file: 'packages/elements/package.json', add: entries.elements, isComponent: ([, target]) => /^\.\/dist\/[^/]+\/(?:define|[^/]+)\.js$/.test(target?.default ?? '') },
  { file: 'packages/react/package.json', add: entries.react, isComponent: ([key]) => /^\.\/[^/]+\.js$/.test(key) },
];
for (const { file, add } of packages) {
  const { exports } = JSON.parse(readFileSync(join(root, file), 'utf8'));
  for (const key of Object.keys(add)) if (key in exports) fail(`${file} already exports ${key}`);
}

const files = {
  [`${name}.ts`]: `import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { uiDir, uiLang } from '../internal/locale.js';
import { headingLevel } from '../internal/markup.js';
import { styles } from './${name}.styles.js';

/**
 * ${title}: say here what the element shows, where its content comes from (\`@ctkit/data\`:
 * a component never holds a number or a sentence of content) and what each attribute changes.
 * This comment is its documentation: custom-elements.json, Storybook's docs and editors read it.
 *
 * @summary ${title}: one line on what a reader gets from it.
 *
 * @csspart base - The whole element.
 * @csspart title - Its title (a heading at \`heading-level\`).
 *
 * @cssprop [--ctk-${name}-padding=1em 1.25em] - Space inside the element.
 * @cssprop [--ctk-${name}-border=#b1b4b6] - Colour of its border.
 */
export class ${className} extends CtkElement {
  static override styles = styles;

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Heading level (1 to 6) of the title. */
  headingLevel: number = 2;

  protected override render(): TemplateResult {
    return html\`
      <div part="base" class="box" lang=\${uiLang()} dir=\${uiDir()}>
        <p part="title" class="title" role="heading" aria-level=\${headingLevel(this.headingLevel)}>\${msg('${title}')}</p>
      </div>
    \`;
  }
}
`,
  [`${name}.styles.ts`]: `import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css\`
    .box {
      padding: var(--ctk-${name}-padding, 1em 1.25em);
      border: 1px solid var(--ctk-${name}-border, #b1b4b6);
    }

    .title {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
    }
  \`,
];
`,
  'define.ts': `/**
 * \`@ctkit/elements/${name}.js\`: defines \`<${tag}>\` and exports its class. Loading it twice is
 * harmless: \`define\` skips a tag this version of ctkit already defined, and names in the console
 * another version, or another script, that took it first. Import
 * \`@ctkit/elements/${name}/${name}.js\` for the class alone.
 * @module
 */
import { ${className} } from './${name}.js';

export * from './${name}.js';

${className}.define('${tag}');

// Its tag in HTMLElementTagNameMap and its events in HTMLElementEventMap, generated from the
// custom elements manifest by the build (scripts/generate-from-manifest.mjs).
export type {} from '../generated/globals/${name}.js';
`,
  [`${name}.fixtures.ts`]: `import { html } from 'lit';
import type { Fixture } from '../fixture-types.fixtures.js';

export const ${fixtures} = [
  {
    id: 'default',
    name: 'Default',
    description: 'With no attributes.',
    template: () => html\`<${tag}></${tag}>\`,
  },
] as const satisfies readonly Fixture[];
`,
  [`${name}.test.ts`]: `import { cleanupFixtures, render, renderModes, shadow, visibleText } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';

const modules = ['${name}/define.js'];

for (const mode of renderModes) {
  describe(\`<${tag}>, \${mode.name}\`, () => {
    afterEach(() => cleanupFixtures());

    it('shows its title as a heading at heading-level', async () => {
      const { el } = await render(mode, html\`<${tag} heading-level="3"></${tag}>\`, modules);
      const title = shadow(el).querySelector('[part="title"]')!;
      expect(visibleText(title)).to.equal('${title}');
      expect(title.getAttribute('aria-level')).to.equal('3');
    });
  });
}
`,
  [`${name}.nojs.test.ts`]: `// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';

const base = new URL('../../dist/', import.meta.url).href;

describe('<${tag}> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('reads from the server-rendered HTML', async () => {
    const el = await ssrNonHydratedFixture(html\`<${tag}></${tag}>\`, { modules: ['${name}/define.js'], base });
    expect(customElements.get('${tag}')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('${title}');
  });
});
`,
};

const storySource = `import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/${name}.js';
import { ${fixtures} } from '../packages/elements/src/${name}/${name}.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  'heading-level'?: number;
}

const meta: Meta<Args> = {
  title: 'Components/${title}',
  component: '${tag}',
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, ${fixtures});

/** Try its attributes in the controls. */
export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) => html\`<${tag} heading-level=\${ifDefined(args['heading-level'])}></${tag}>\`,
};
`;

mkdirSync(folder, { recursive: true });
for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
mkdirSync(dirname(story), { recursive: true });
writeFileSync(story, storySource);
console.log(`new-component: wrote packages/elements/src/${name}/ (${Object.keys(files).join(', ')}) and stories/${name}.stories.ts`);

// The exports: after the package's last component entry, so the map stays grouped.
for (const { file, add, isComponent } of packages) {
  const pkg = JSON.parse(readFileSync(join(root, file), 'utf8'));
  const list = Object.entries(pkg.exports);
  const last = list.findLastIndex(isComponent);
  const at = last === -1 ? list.length : last + 1;
  pkg.exports = Object.fromEntries([...list.slice(0, at), ...Object.entries(add), ...list.slice(at)]);
  writeFileSync(join(root, file), `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`new-component: ${file} exports ${Object.keys(add).join(' and ')}`);
}

// The manifest, then every list made from it.
const cem = createRequire(join(root, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
execFileSync(process.execPath, [cem, 'analyze'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(process.execPath, [join(root, 'scripts/generate-from-manifest.mjs')], { cwd: root, stdio: 'inherit' });

console.log(`
<${tag}> is in every list. Next:
  - write the element in packages/elements/src/${name}/${name}.ts (its JSDoc is its documentation),
    its fixtures and tests, and its story's controls;
  - translate its UI strings (docs/localization.md): the locale tests want each in every locale;
  - \`pnpm build\`, then \`pnpm test\` (the first run fails the right-to-left screenshot, which has
    no reference yet: make one with UPDATE_SCREENSHOTS=1), and \`pnpm changeset\`.`);
