// Size check: bundles every public entry of every package with its dependencies (rollup,
// node-resolve for browsers, terser), gzips it (-9), prints a table and fails when an entry
// is over its budget (scripts/size-budgets.json), has no budget, or leaves an import
// unresolved (which would report a bogus, tiny size). It also proves tree-shaking: a
// component's entry may carry no code of another component (through package.json
// `sideEffects`, which rollup honours as bundlers do).
//
// Usage: node scripts/check-size.mjs [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budgets.json'), 'utf8'));
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** Public JavaScript entries of a package, from its exports map (`*` patterns expanded). */
function publicEntries(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
    .flatMap(([subpath, { default: target }]) => {
      const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      if (!target.includes('*')) return [{ name, file: join(packageDir, target), target }];
      // A pattern stands for every matching file; one that matches none is an error.
      const [before, after] = target.split('*');
      const dir = join(packageDir, before);
      const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(after) && !file.includes('/')) : [];
      if (files.length === 0) return [{ name, file: join(packageDir, target), target, error: `${target} matches no file` }];
      return files.map((file) => {
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

/** Bundles one entry; returns the gzip size of the entry chunk and of lazy chunks. */
async function measure(file) {
  const bundle = await rollup({
    input: file,
    // React is the app's own, not ctkit's cost.
    external: ['react', 'react-dom'],
    plugins: [nodeResolve({ browser: true })],
    onwarn(warning) {
      if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
        throw new Error(`${file}: ${warning.message}`);
      }
    },
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  // What loads with the entry: the entry chunk and every chunk it imports statically.
  const eager = new Set();
  const visit = (fileName) => {
    if (eager.has(fileName) || !chunks.has(fileName)) return; // an external (React)
    eager.add(fileName);
    chunks.get(fileName).imports.forEach(visit);
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry).fileName);
  const sizeOf = (names) => names.reduce((sum, name) => sum + gz(chunks.get(name).code), 0);
  return {
    bytes: sizeOf([...eager]),
    lazyBytes: sizeOf([...chunks.keys()].filter((name) => !eager.has(name))),
    // Modules with code in what loads with the entry.
    modules: [...eager].flatMap((name) => Object.entries(chunks.get(name).modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id)),
  };
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
    const over = limit === undefined || result.bytes > limit;
    failed ||= over;
    rows.push({ name, bytes: result.bytes, lazyBytes: result.lazyBytes, budget: limit, ok: !over });
  }
}

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
if (failed) {
  console.error('size check failed');
  process.exit(1);
}
