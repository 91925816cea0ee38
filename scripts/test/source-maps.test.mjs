// Every source map a package ships carries the text of each source it names (sourcesContent):
// src/ does not ship, nor does node_modules, so a map that only named them would point a
// debugger at files nobody has (issue 23). The choice and its cost: docs/toolchain.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../packages/', import.meta.url).pathname;

/** Every `.map` under `dir`, but the tests' and fixtures' (which do not ship: package.json "files"). */
function maps(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return maps(path);
    return entry.name.endsWith('.map') && !/\.(test|fixtures)\./.test(entry.name) ? [path] : [];
  });
}

for (const pkg of ['data', 'elements', 'react']) {
  test(`@ctkit/${pkg}: every shipped source map carries each source's text`, () => {
    const files = maps(join(root, pkg, 'dist'));
    assert.ok(files.length > 0, 'the package ships source maps (run pnpm build first)');
    const problems = files.flatMap((file) => {
      const map = JSON.parse(readFileSync(file, 'utf8'));
      return map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string').map((source) => `${file.slice(root.length)}: ${source}`);
    });
    assert.deepEqual(problems, []);
  });
}
