// The package exports are the one per-tag list written by hand (a published entry point is a
// decision, not a build output; `pnpm new-component` writes them for a new component). This
// holds them to the custom elements manifest: for every element <ctk-x> (folder src/x/),
//   packages/elements/package.json  exports "./x.js" (defines the tag) and "./x/x.js" (the class
//                                   alone); sideEffects covers ./dist/x/define.js, not the class;
//   packages/react/package.json     exports "./x.js" (its React component); sideEffects covers it;
// and no entry names a component the manifest does not have. Each problem says which line to
// add, change or remove. Run after the build (it reads custom-elements.json): `pnpm manifest`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageEntries, readElements, sideEffectMatches } from './manifest-elements.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elements = readElements(join(root, 'packages/elements'));
const names = new Set(elements.map((el) => el.name));
const line = (key, value) => `${JSON.stringify(key)}: ${JSON.stringify(value).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`;

const problems = [];
for (const [dir, which] of [
  ['packages/elements', 'elements'],
  ['packages/react', 'react'],
]) {
  const file = `${dir}/package.json`;
  const pkg = JSON.parse(readFileSync(join(root, file), 'utf8'));
  const exports = pkg.exports ?? {};
  const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
  const covering = (path) => (pkg.sideEffects === true ? 'true' : sideEffects.find((pattern) => sideEffectMatches(pattern, path)));

  for (const el of elements) {
    for (const [key, value] of Object.entries(packageEntries(el.name)[which])) {
      if (!(key in exports)) problems.push(`${file}: <${el.tag}> has no ${key} in "exports": add\n      ${line(key, value)},`);
      else if (JSON.stringify(exports[key]) !== JSON.stringify(value)) {
        problems.push(`${file}: "exports" ${JSON.stringify(key)} of <${el.tag}> must be\n      ${line(key, value)},`);
      }
    }
    // What importing the entry does: a define module (or a React wrapper, which imports one)
    // defines the tag, so it has side effects; a class module must not, or bundlers keep it.
    const [entry, classModule] = which === 'elements' ? [`./dist/${el.name}/define.js`, `./dist/${el.name}/${el.name}.js`] : [`./dist/${el.name}.js`];
    if (!covering(entry)) problems.push(`${file}: "sideEffects" does not cover ${entry} (it defines <${el.tag}>): add "${entry}" or a pattern that matches it`);
    const wrong = classModule && covering(classModule);
    if (wrong) problems.push(`${file}: "sideEffects" covers ${classModule}, the class alone (it defines nothing), by "${wrong}": narrow or remove that line`);
  }

  // Entries for a component the manifest has not got: a define module's, a class module's, a wrapper's.
  for (const key of Object.keys(exports)) {
    const target = typeof exports[key] === 'object' ? exports[key].default : exports[key];
    const name =
      which === 'elements'
        ? (/^\.\/dist\/([^/]+)\/define\.js$/.exec(target ?? '')?.[1] ?? /^\.\/([^/]+)\/\1\.js$/.exec(key)?.[1])
        : /^\.\/([^/]+)\.js$/.exec(key)?.[1];
    if (name && !names.has(name)) {
      problems.push(`${file}: "exports" has ${JSON.stringify(key)}, but the manifest has no element <ctk-${name}> (src/${name}/define.ts): remove that entry`);
    }
  }
  for (const pattern of sideEffects) {
    const name = /^(?:\.\/)?dist\/([^/*]+)\/define\.js$/.exec(pattern)?.[1];
    if (name && !names.has(name)) problems.push(`${file}: "sideEffects" has "${pattern}", but the manifest has no element <ctk-${name}>: remove that line`);
  }
}

if (problems.length > 0) {
  console.error(`package exports out of step with custom-elements.json (${elements.length} elements):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package exports: every element has its entries in @ctkit/elements and @ctkit/react, and no entry is left over (${elements.map((el) => el.tag).join(', ')})`);
