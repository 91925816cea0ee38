// Size check: bundles every public entry of every package with its dependencies (rollup,
// node-resolve for browsers, terser), gzips it (-9), prints a table and fails when an entry
// is over its budget (scripts/size-budgets.json), has no budget, or leaves an import
// unresolved (which would report a bogus, tiny size). It also proves tree-shaking: a
// component's entry may carry no code of another component (through package.json
// `sideEffects`, which rollup honours as bundlers do); and that no browser entry, nor anything
// it loads on demand, carries full zod (zod/mini and zod's core only: checked to catch it on
// a probe that imports full zod).
//
// Usage: node scripts/check-size.mjs [--json]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './bundle-size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budgets.json'), 'utf8'));
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** Public JavaScript entries of a package, from its exports map (`*` patterns expanded). */
function publicEntries(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const map = pkg.exports ?? {};
  // A subpath mapped to null is not exported, though a pattern would match it.
  const hidden = new Set(Object.keys(map).filter((subpath) => map[subpath] === null));
  return Object.entries(map)
    .filter(([, target]) => target !== null && typeof target === 'object' && target.default?.endsWith('.js'))
    .flatMap(([subpath, { default: target }]) => {
      const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      if (!target.includes('*')) return [{ name, file: join(packageDir, target), target }];
      // A pattern stands for every matching file; one that matches none is an error.
      const [before, after] = target.split('*');
      const dir = join(packageDir, before);
      const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(after) && !file.includes('/')) : [];
      if (files.length === 0) return [{ name, file: join(packageDir, target), target, error: `${target} matches no file` }];
      return files.filter((file) => !hidden.has(subpath.replace('*', file.slice(0, -after.length)))).map((file) => {
        const stem = file.slice(0, -after.length);
        return { name: name.replace('*', stem), file: join(packageDir, before, file), target: `${before}${file}` };
      });
    });
}

/** A component entry is a define module or a class module in a component's folder. */
const componentEntry = /^\.\/dist\/([a-z-]+)\/(?:define|\1)\.js$/;

function budgetFor(name, target) {
  if (name in budgets.entries) return budgets.entries[name];
  const pattern = Object.keys(budgets.entries).find((key) =>
    key.includes('*') && new RegExp(`^${key.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace('*', '[^/]+')}$`).test(name),
  );
  if (pattern) return budgets.entries[pattern];
  if (name.startsWith('@ctkit/elements/') && componentEntry.test(target)) return budgets.componentEntry;
  return undefined;
}

/** Modules of full zod (its classic API and the rest), not zod/mini or zod's core. */
const fullZod = (modules) =>
  [...new Set(modules.filter((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id) && !/[\\/]zod[\\/](?:v4[\\/](?:core|mini|locales)|mini)[\\/]/.test(id)))];

// The zod check must be able to fail: a probe that imports full zod is caught. (It is written
// where zod resolves but nothing is published: the data package's node_modules.)
mkdirSync(join(root, 'packages/data/node_modules/.cache'), { recursive: true });
const probe = join(root, 'packages/data/node_modules/.cache/zod-full-probe.js');
writeFileSync(probe, "export { z } from 'zod';\n");
try {
  if (fullZod((await measure(probe)).allModules).length === 0) throw new Error('the full-zod check missed a probe that imports zod');
} finally {
  rmSync(probe);
}

const packagesDir = join(root, 'packages');
const elementsDist = join(packagesDir, 'elements/dist');
/** The component folders of @ctkit/elements/dist (those with a define module). */
const componentFolders = new Set(readdirSync(elementsDist).filter((dir) => existsSync(join(elementsDist, dir, 'define.js'))));

/** Modules of other components in a component entry's bundle (an element's, or its React wrapper's). */
function otherComponents(name, target, modules) {
  const own = name.startsWith('@ctkit/react/') ? /^\.\/dist\/([a-z-]+)\.js$/.exec(target)?.[1] : componentEntry.exec(target)?.[1];
  if (!own) return [];
  return modules
    .map((id) => /\/elements\/dist\/([a-z-]+)\//.exec(id)?.[1])
    .filter((folder) => folder && folder !== own && componentFolders.has(folder));
}
const rows = [];
let failed = false;
let zodChecked = 0;
for (const dir of readdirSync(packagesDir).sort()) {
  for (const { name, file, target, error } of publicEntries(join(packagesDir, dir))) {
    if (error) {
      rows.push({ name, error });
      failed = true;
      continue;
    }
    if (budgets.serverOnly?.includes(name)) continue;
    const limit = budgetFor(name, target);
    let result;
    try {
      result = await measure(file);
    } catch (error) {
      rows.push({ name, error: error.message });
      failed = true;
      continue;
    }
    const others = [...new Set(otherComponents(name, target, result.modules))];
    if (others.length > 0) {
      rows.push({ name, error: `pulls in other components: ${others.join(', ')} (check sideEffects and imports)` });
      failed = true;
      continue;
    }
    // A file that is already a bundle (ctkit.min.js) names its modules in its source map.
    const map = `${file}.map`;
    const bundled = existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')).sources.map((source) => resolve(dirname(map), source)) : [];
    const zod = fullZod([...result.allModules, ...bundled]);
    if (zod.length > 0) {
      rows.push({ name, error: `carries full zod (${zod.length} modules, such as ${zod[0].replace(/.*node_modules[\\/]/, '')}): import from zod/mini` });
      failed = true;
      continue;
    }
    zodChecked += 1;
    const over = limit === undefined || result.bytes > limit;
    failed ||= over;
    rows.push({ name, bytes: result.bytes, lazyBytes: result.lazyBytes, budget: limit, ok: !over });
  }
}

// What was measured, for the check of the figures the README and docs quote (check-figures.mjs).
mkdirSync(join(root, 'node_modules/.cache/ctkit-size'), { recursive: true });
writeFileSync(join(root, 'node_modules/.cache/ctkit-size/entries.json'), JSON.stringify(rows));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'entry'.padEnd(width)}  min+gz KiB  budget KiB  on demand KiB`);
  for (const row of rows) {
    if (row.error) {
      console.log(`${row.name.padEnd(width)}  FAILED: ${row.error}`);
      continue;
    }
    const budget = row.budget === undefined ? 'NO BUDGET' : kib(row.budget);
    const status = row.ok ? '' : row.budget === undefined ? '  <- add a budget to scripts/size-budgets.json' : '  <- OVER BUDGET';
    console.log(
      `${row.name.padEnd(width)}  ${kib(row.bytes).padStart(10)}  ${budget.padStart(10)}  ${(row.lazyBytes ? kib(row.lazyBytes) : '-').padStart(13)}${status}`,
    );
  }
}
console.log(`full zod: in none of ${zodChecked} browser entries (with what they load on demand)`);
if (failed) {
  console.error('size check failed');
  process.exit(1);
}
