// Adding a component is one folder and one command (docs/architecture.md, "Adding a
// component"): in a temporary copy of the repository (node_modules linked, not copied),
// `pnpm new-component` adds a throwaway component, and its tag then appears in every list
// generated from the custom elements manifest (all.ts, rollup's entries, the framework typings
// with its events, the global tag and event maps, the test registry, the React wrappers), the
// package compiles with it, and the exports check passes; the check then fails, naming the
// line, when an export is missing or left over. Run by `pnpm test:node`, after the build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const name = 'throwaway-probe';
const tag = `ctk-${name}`;
let dir;

/** Runs `node args` in the copy; returns its output, or fails with it. */
function node(args, { cwd = dir, expectFailure = false } = {}) {
  try {
    const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
    if (expectFailure) assert.fail(`node ${args.join(' ')} passed, but should have failed:\n${out}`);
    return out;
  } catch (error) {
    if (error.code === 'ERR_ASSERTION') throw error;
    if (expectFailure && error.status) return `${error.stdout}${error.stderr}`;
    assert.fail(`node ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}
const read = (path) => readFileSync(join(dir, path), 'utf8');
const json = (path) => JSON.parse(read(path));
const write = (path, content) => writeFileSync(join(dir, path), content);
const cem = () => node([join(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'], { cwd: join(dir, 'packages/elements') });
const generate = () => node(['scripts/generate-from-manifest.mjs']);

/** What the build generates from the manifest: not copied, so the test sees the generator make it. */
const generated = new Set(['src/all.ts', 'src/generated/tags.ts', 'src/generated/globals', 'src/generated/version.ts']);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ctkit-new-component-'));
  for (const file of ['package.json', 'tsconfig.base.json']) cpSync(join(repo, file), join(dir, file));
  cpSync(join(repo, 'scripts'), join(dir, 'scripts'), { recursive: true, filter: (src) => !src.startsWith(join(repo, 'scripts/test')) });
  const elements = join(repo, 'packages/elements');
  for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.localize.json', 'lit-localize.json', 'custom-elements-manifest.config.mjs', 'rollup.config.mjs', 'src', 'xliff']) {
    cpSync(join(elements, entry), join(dir, 'packages/elements', entry), {
      recursive: true,
      filter: (src) => !generated.has(relative(elements, src)),
    });
  }
  mkdirSync(join(dir, 'packages/elements/test'));
  cpSync(join(repo, 'packages/elements/test/fixture-types.ts'), join(dir, 'packages/elements/test/fixture-types.ts'));
  for (const entry of ['package.json', 'tsconfig.json']) cpSync(join(repo, 'packages/react', entry), join(dir, 'packages/react', entry));
  mkdirSync(join(dir, 'stories'));
  for (const modules of ['node_modules', 'packages/elements/node_modules', 'packages/react/node_modules']) {
    symlinkSync(join(repo, modules), join(dir, modules), 'dir');
  }
  // The locale modules lit-localize makes (src/localize.ts imports them): copied from the
  // build, or made here.
  if (!existsSync(join(dir, 'packages/elements/src/generated/locale-codes.ts'))) node(['../../scripts/localize.mjs'], { cwd: join(dir, 'packages/elements') });
  cem();
  generate();
});

after(() => {
  // Removes the links to node_modules, not what they point to.
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('pnpm new-component adds a component to every list made from the manifest', { timeout: 120_000 }, () => {
  const start = { all: read('packages/elements/src/all.ts'), react: read('packages/react/src/index.ts') };
  assert.ok(!start.all.includes(name), 'the copy starts without the throwaway component');

  node(['scripts/new-component.mjs', name]);

  // The one folder, and its story.
  for (const file of ['define.ts', `${name}.ts`, `${name}.styles.ts`, `${name}.fixtures.ts`, `${name}.test.ts`, `${name}.nojs.test.ts`]) {
    assert.ok(existsSync(join(dir, 'packages/elements/src', name, file)), `src/${name}/${file}`);
  }
  assert.ok(existsSync(join(dir, `stories/${name}.stories.ts`)), 'its story');

  // The hand-kept lists: the package exports.
  assert.deepEqual(json('packages/elements/package.json').exports[`./${name}.js`], { types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` });
  assert.deepEqual(json('packages/elements/package.json').exports[`./${name}/${name}.js`], { types: `./dist/${name}/${name}.d.ts`, default: `./dist/${name}/${name}.js` });
  assert.deepEqual(json('packages/react/package.json').exports[`./${name}.js`], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });

  // An event, to see it reach every typing: the class fires one, typed by its own interface.
  const classFile = `packages/elements/src/${name}/${name}.ts`;
  write(
    classFile,
    read(classFile)
      .replace(' * @csspart base', ' * @fires {CustomEvent<ThrowawayProbeDetail>} ctk-probe - Probed: `detail.probed` says so.\n *\n * @csspart base')
      .replace('/**\n * Throwaway probe:', '/** `detail` of the `ctk-probe` event. */\nexport interface ThrowawayProbeDetail {\n  /** Always true. */\n  probed: boolean;\n}\n\n/**\n * Throwaway probe:'),
  );
  cem();
  generate();

  // The manifest, and every list generated from it.
  const manifest = json('packages/elements/custom-elements.json');
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  assert.ok(definitions.includes(tag), 'the manifest defines the tag');
  assert.match(read('packages/elements/src/all.ts'), new RegExp(`^export \\* from './${name}/define\\.js';$`, 'm'));
  assert.ok(manifest.modules.find((m) => m.path === 'dist/all.js').exports.some((e) => e.declaration.module === `dist/${name}/define.js`), 'the manifest lists all.ts as it now is');
  const tags = read('packages/elements/src/generated/tags.ts');
  assert.ok(tags.includes(`'${tag}': ElementProps<CtkThrowawayProbe> & { onCtkProbe?: (event: CustomEvent<ThrowawayProbeDetail>) => void };`), 'CtkElementProps (Vue, JSX)');
  assert.ok(tags.includes(`'${tag}': { 'ctk-probe': CustomEvent<ThrowawayProbeDetail> };`), 'CtkElementEvents (JSX)');
  assert.match(tags, /export type CtkEventProp = .*'onCtkProbe'/);
  assert.ok(tags.includes(`import type { CtkThrowawayProbe, ThrowawayProbeDetail } from '../${name}/${name}.js';`), 'the detail type imported from the class module');
  const globals = read(`packages/elements/src/generated/globals/${name}.ts`);
  assert.ok(globals.includes(`'${tag}': CtkThrowawayProbe;`) && globals.includes(`'ctk-probe': CustomEvent<ThrowawayProbeDetail>;`), 'HTMLElementTagNameMap and HTMLElementEventMap');
  const registry = read('packages/elements/test/registry.ts');
  assert.ok(registry.includes(`import { throwawayProbeFixtures } from '../src/${name}/${name}.fixtures.js';`), 'registry imports its fixtures');
  assert.ok(registry.includes(`{ tag: '${tag}', module: '${name}/define.js', fixtures: throwawayProbeFixtures },`), 'registry entry');
  const wrapper = read(`packages/react/src/${name}.ts`);
  assert.match(wrapper, /^\/\/ Generated from the custom elements manifest .*\n\/\/ `node scripts\/generate-from-manifest\.mjs`/, 'the wrapper says it is generated, and by what');
  assert.ok(wrapper.includes(`import { CtkThrowawayProbe, type ThrowawayProbeDetail } from '@ctkit/elements/${name}.js';`));
  assert.ok(wrapper.includes(`export const ThrowawayProbe = createComponent({\n  tagName: '${tag}',`));
  assert.ok(wrapper.includes(`onCtkProbe: 'ctk-probe' as EventName<CustomEvent<ThrowawayProbeDetail>>,`), 'the React event prop');
  assert.ok(read('packages/react/src/index.ts').includes(`export { ThrowawayProbe } from './${name}.js';`), '@ctkit/react exports it');
  const input = JSON.parse(node(['--input-type=module', '-e', "const { default: [npm] } = await import('./rollup.config.mjs'); console.log(JSON.stringify(npm.input));"], { cwd: join(dir, 'packages/elements') }));
  assert.ok(input.includes(`src/${name}/define.ts`), "rollup's entries");

  // The checks pass: documented (check-manifest), exported (check-exports).
  node(['scripts/check-manifest.mjs']);
  assert.match(node(['scripts/check-exports.mjs']), new RegExp(`${tag}`));

  // It compiles, and each framework typing has the tag with its event.
  write(
    `packages/elements/src/${name}/probe.ts`,
    `import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { CtkElementProps } from '../framework-types.js';
import type {} from '../jsx.js';
import type {} from '../vue.js';
import type { CtkThrowawayProbe } from './define.js';

export type Registered = [GlobalComponents['${tag}'], HTMLElementTagNameMap['${tag}']];
export const vue: CtkElementProps['${tag}'] = { headingLevel: 3, onCtkProbe: (event) => event.detail.probed };
export const jsx: JSX.IntrinsicElements['${tag}'] = { headingLevel: 3, 'onctk-probe': (event) => event.detail.probed };
export const listen = (el: CtkThrowawayProbe): void => el.addEventListener('ctk-probe', (event) => event.detail.probed);
// @ts-expect-error: the detail has no such field.
export const wrong: CtkElementProps['${tag}'] = { onCtkProbe: (event) => event.detail.score };
`,
  );
  node([join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'packages/elements', '--noEmit']);
});

test('the exports check names the line to add or remove', { timeout: 60_000 }, () => {
  const elements = 'packages/elements/package.json';
  const react = 'packages/react/package.json';
  const saved = { elements: read(elements), react: read(react) };

  const without = (pkg, key) => ({ ...pkg, exports: Object.fromEntries(Object.entries(pkg.exports).filter(([k]) => k !== key)) });
  write(elements, JSON.stringify(without(json(elements), `./${name}.js`), null, 2));
  const wrapper = without(json(react), `./${name}.js`);
  wrapper.exports['./no-such-thing.js'] = { types: './dist/no-such-thing.d.ts', default: './dist/no-such-thing.js' };
  write(react, JSON.stringify(wrapper, null, 2));
  const out = node(['scripts/check-exports.mjs'], { expectFailure: true });
  assert.ok(out.includes(`${elements}: <${tag}> has no ./${name}.js in "exports": add`), out);
  assert.ok(out.includes(`"./${name}.js": { "types": "./dist/${name}/define.d.ts", "default": "./dist/${name}/define.js" },`), out);
  assert.ok(out.includes(`${react}: <${tag}> has no ./${name}.js in "exports": add`), out);
  assert.ok(out.includes(`"./${name}.js": { "types": "./dist/${name}.d.ts", "default": "./dist/${name}.js" },`), out);
  assert.ok(out.includes(`${react}: "exports" has "./no-such-thing.js", but the manifest has no element <ctk-no-such-thing>`) && out.includes('remove that entry'), out);

  // The component gone, its entries are left over; the generated lists drop it.
  write(elements, saved.elements);
  write(react, saved.react);
  rmSync(join(dir, 'packages/elements/src', name), { recursive: true });
  cem();
  generate();
  assert.ok(!read('packages/elements/src/all.ts').includes(name));
  assert.ok(!existsSync(join(dir, `packages/react/src/${name}.ts`)), 'its wrapper removed');
  assert.ok(!existsSync(join(dir, `packages/elements/src/generated/globals/${name}.ts`)), 'its global maps removed');
  const left = node(['scripts/check-exports.mjs'], { expectFailure: true });
  assert.ok(left.includes(`${elements}: "exports" has "./${name}.js", but the manifest has no element <${tag}>`), left);
  assert.ok(left.includes(`${elements}: "exports" has "./${name}/${name}.js"`), left);
  assert.ok(left.includes(`${react}: "exports" has "./${name}.js"`), left);
});

test('docs/architecture.md adds a component with that one command', () => {
  const docs = readFileSync(join(repo, 'docs/architecture.md'), 'utf8');
  const section = /^## Adding a component\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(docs)?.[1] ?? '';
  assert.ok(section.includes('pnpm new-component <name>'), 'the section shows `pnpm new-component <name>`');
});
