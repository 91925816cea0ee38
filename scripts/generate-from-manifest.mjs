// Writes every per-tag list of @ctkit/elements and @ctkit/react from the custom elements
// manifest (packages/elements/custom-elements.json, made by `cem analyze` from the JSDoc), so
// adding a component never means editing a list. The elements build runs it after
// `cem analyze` and before rollup. It writes (all gitignored: made by every build, never stale):
//
// packages/elements/
//   src/all.ts                     defines every element (`@ctkit/elements/all.js`)
//   src/generated/tags.ts          each tag's props and events (`CtkElementProps`…), which
//                                  framework-types.ts, jsx.ts and vue.ts map to each framework
//   src/generated/globals/<name>.ts  the tag in HTMLElementTagNameMap and its events in
//                                  HTMLElementEventMap (src/<name>/define.ts re-exports it)
//   src/generated/version.ts       the package's version (`CtkElement.ctkit`)
//   src/generated/cdn-tags.ts      each tag's class module, for the CDN build's autoloader
//   test/registry.ts               every component's define module and fixtures, for the tests
// packages/react/src/
//   <name>.ts, index.ts            the @lit/react wrappers, with their events
//
// src/all.ts is itself in the manifest (cdn.ts and ssr.ts import it): when a run changes it,
// the manifest is analysed again, so a fresh clone's first build gives the same manifest as
// any later one. The package exports stay written by hand: scripts/check-exports.mjs holds
// them to the manifest.
//
// Usage: node scripts/generate-from-manifest.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camelCase, eventProp, exportedNames, namesFrom, pascalCase, readElements } from './manifest-elements.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = join(root, 'packages/elements');
const command = '`node scripts/generate-from-manifest.mjs`';

/** The comment every generated file starts with: what made it, from what, and how to change it. */
const header = (from = 'the custom elements manifest (packages/elements/custom-elements.json)', instead = "change the element's JSDoc instead (docs/architecture.md, \"Adding a component\")") =>
  wrap(
    `Generated from ${from} by ${command}, which the elements build runs (\`pnpm build\`, or \`pnpm --filter @ctkit/elements build\`): do not edit; ${instead}.`,
    '// ',
  );
/** How a generated file starts (so an old one can be told from a hand-written one). */
const marker = '// Generated from ';

/** `text` in lines of at most 100 columns, each starting with `prefix` (code in backticks kept whole). */
function wrap(text, prefix) {
  const lines = [];
  let line = '';
  for (const word of text.match(/[^\s`]*`[^`]*`\S*|\S+/g) ?? []) {
    if (line && `${prefix}${line} ${word}`.length > 100) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${prefix}${line}`);
  return lines.join('\n');
}

/** A JSDoc comment of `paragraphs`, wrapped. */
const doc = (paragraphs, indent = '') =>
  [`${indent}/**`, paragraphs.map((paragraph) => wrap(paragraph.replaceAll('*/', '*\\/'), `${indent} * `)).join(`\n${indent} *\n`), `${indent} */`].join('\n');

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const elements = readElements(elementsDir);
if (elements.length === 0) throw new Error('custom-elements.json defines no element: nothing to generate');
const { version } = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));

/** Each element, with the names its event types take from its class module. */
const described = elements.map((el) => {
  const exports = exportedNames(join(elementsDir, el.classModule));
  const typeNames = [...new Set(el.events.flatMap((event) => namesFrom(event.type, exports)))].sort();
  const fixturesFile = `src/${el.name}/${el.name}.fixtures.ts`;
  const fixtures = `${camelCase(el.name)}Fixtures`;
  if (!existsSync(join(elementsDir, fixturesFile)) || !exportedNames(join(elementsDir, fixturesFile)).has(fixtures)) {
    throw new Error(`packages/elements/${fixturesFile} must export ${fixtures}: the tests run every fixture of every component (test/registry.ts)`);
  }
  return { ...el, typeNames, fixtures, component: pascalCase(el.name) };
});

/** Relative path → content of every file this run generates. */
const files = new Map();

files.set(
  'packages/elements/src/generated/version.ts',
  `${header('packages/elements/package.json', 'the version is set there (by changesets)')}
/** The version of this copy of ctkit (\`CtkElement.ctkit\`: which copy defined a tag). */
export const version = ${quote(version)};
`,
);

files.set(
  'packages/elements/src/all.ts',
  `${header()}
/**
 * \`@ctkit/elements/all.js\`: defines every ctkit element and exports their classes.
 * @module
 */
${described.map((el) => `export * from './${el.name}/define.js';`).join('\n')}
`,
);

files.set(
  'packages/elements/src/generated/cdn-tags.ts',
  `${header()}
/**
 * Each tag's class, loaded by the CDN build's autoloader when the tag first appears; the
 * autoloader defines it (so it can define the tags a page starts with in the page's order).
 */
export const tagLoaders: Readonly<Record<string, () => Promise<{ define(tag: string): void }>>> = {
${described.map((el) => `  ${quote(el.tag)}: () => import('../${el.name}/${el.name}.js').then((module) => module.${el.className}),`).join('\n')}
};
`,
);

const classImport = (el, from) => `import type { ${[el.className, ...el.typeNames].join(', ')} } from '${from}';`;
const eventPropsOf = (el) =>
  el.events.length === 0 ? '' : ` & { ${el.events.map((event) => `${eventProp(event.name)}?: (event: ${event.type}) => void`).join('; ')} }`;
const allEventProps = [...new Set(described.flatMap((el) => el.events.map((event) => eventProp(event.name))))].sort();

files.set(
  'packages/elements/src/generated/tags.ts',
  `${header()}
import type { ElementProps } from '../framework-types.js';
${described.map((el) => classImport(el, `../${el.name}/${el.name}.js`)).join('\n')}

/** Props and event listeners of each ctkit tag. */
export interface CtkElementProps {
${described.map((el) => `  '${el.tag}': ElementProps<${el.className}>${eventPropsOf(el)};`).join('\n')}
}

/** The events of each ctkit tag, by name. */
export interface CtkElementEvents {
${described
  .map((el) => `  '${el.tag}': ${el.events.length === 0 ? 'Record<never, never>' : `{ ${el.events.map((event) => `'${event.name}': ${event.type}`).join('; ')} }`};`)
  .join('\n')}
}

/** The event props of \`CtkElementProps\` (\`onCtkStep\`…), which React 19's JSX spells \`onctk-step\`. */
export type CtkEventProp = ${allEventProps.length === 0 ? 'never' : allEventProps.map((name) => `'${name}'`).join(' | ')};
`,
);

for (const el of described) {
  const eventMap =
    el.events.length === 0
      ? ''
      : `
  interface HTMLElementEventMap {
${el.events.map((event) => `    '${event.name}': ${event.type};`).join('\n')}
  }`;
  files.set(
    `packages/elements/src/generated/globals/${el.name}.ts`,
    `${header()}
// src/${el.name}/define.ts re-exports it (\`export type {} from\`), so its .d.ts brings these in.
${classImport(el, `../../${el.name}/${el.name}.js`)}

declare global {
  interface HTMLElementTagNameMap {
    '${el.tag}': ${el.className};
  }${eventMap}
}
`,
  );
}

files.set(
  'packages/elements/test/registry.ts',
  `${header()}
import type { Fixture } from './fixture-types.js';
${described.map((el) => `import { ${el.fixtures} } from '../src/${el.name}/${el.name}.fixtures.js';`).join('\n')}

/** Every component with its define module (relative to dist/) and its fixtures. */
export interface ComponentEntry {
  tag: string;
  module: string;
  fixtures: readonly Fixture[];
}

export const components: readonly ComponentEntry[] = [
${described.map((el) => `  { tag: '${el.tag}', module: '${el.name}/define.js', fixtures: ${el.fixtures} },`).join('\n')}
];
`,
);

for (const el of described) {
  const events = el.events.map((event) => `    ${eventProp(event.name)}: '${event.name}' as EventName<${event.type}>,`);
  const listens = el.events.map((event) => `\`${eventProp(event.name)}\` listens for \`${event.name}\`${event.description ? `: ${event.description}` : '.'}`);
  files.set(
    `packages/react/src/${el.name}.ts`,
    `${header()}
import * as React from 'react';
import { createComponent${events.length > 0 ? ', type EventName' : ''} } from '@lit/react';
import { ${[el.className, ...el.typeNames.map((name) => `type ${name}`)].join(', ')} } from '@ctkit/elements/${el.name}.js';

${doc([
  ...(el.summary ? [el.summary] : []),
  `\`<${el.tag}>\` as a React component: attributes and properties are props (objects such as your own contacts are set as properties).`,
  ...listens,
])}
export const ${el.component} = createComponent({
  tagName: '${el.tag}',
  elementClass: ${el.className},
  react: React,${events.length > 0 ? `\n  events: {\n${events.join('\n')}\n  },` : ''}
});
`,
  );
}

files.set(
  'packages/react/src/index.ts',
  `${header()}
/**
 * \`@ctkit/react\`: every ctkit element as a React component (made with \`@lit/react\`), with typed
 * props and events. Importing it defines the elements; import one component's module
 * (\`@ctkit/react/${described[0].name}.js\`) to define that element alone.
 * @module
 */
${described.map((el) => `export { ${el.component} } from './${el.name}.js';`).join('\n')}
`,
);

// Files an earlier run generated for a component that is gone.
const stale = [];
const generatedIn = (dir, isOurs) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((file) => file.endsWith('.ts')).map((file) => `${dir}/${file}`).filter(isOurs) : [];
for (const file of [
  ...generatedIn('packages/elements/src/generated/globals', () => true),
  ...generatedIn('packages/react/src', (file) => readFileSync(join(root, file), 'utf8').startsWith(marker)),
]) {
  if (!files.has(file)) stale.push(file);
}

const changed = [];
for (const [file, content] of files) {
  const path = join(root, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  changed.push(file);
}
for (const file of stale) rmSync(join(root, file));

const summary = `generate-from-manifest: ${elements.length} elements (${elements.map((el) => el.tag).join(', ')})`;
console.log(
  `${summary}; ${files.size} files, ${changed.length} written${changed.length ? ` (${changed.map((file) => relative('packages', file)).join(', ')})` : ''}` +
    `${stale.length ? `; removed ${stale.join(', ')}` : ''}`,
);

if (changed.includes('packages/elements/src/all.ts')) {
  // all.ts is in the manifest: analyse again so the manifest lists it as it now is.
  const cem = createRequire(join(root, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cem, 'analyze'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('generate-from-manifest: src/all.ts changed, so custom-elements.json was analysed again');
}
