// No source file over 400 lines: a file that long holds more than one job (issue 21). Counts
// every TypeScript and JavaScript file under packages/*/src and packages/*/test, stories/ and
// scripts/ (generated files and build output aside), and names each one over the limit.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const limit = 400;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skip = /(?:^|\/)(?:node_modules|dist|generated|screenshots)(?:\/|$)/;
const dirs = [...readdirSync(join(root, 'packages')).flatMap((p) => [`packages/${p}/src`, `packages/${p}/test`, `packages/${p}/scripts`]), 'stories', 'scripts', 'benchmarks', 'examples'];

const over = [];
let files = 0;
for (const dir of dirs) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { recursive: true });
  } catch {
    continue;
  }
  for (const entry of entries.map(String)) {
    const path = join(dir, entry);
    if (skip.test(path) || !/\.(?:ts|tsx|mjs|js)$/.test(entry)) continue;
    files++;
    const lines = readFileSync(join(root, path), 'utf8').split('\n').length - 1;
    if (lines > limit) over.push(`${relative(root, join(root, path))}: ${lines} lines`);
  }
}
if (over.length > 0) {
  console.error(`Over ${limit} lines (split the file by job):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`source files: ${files}, none over ${limit} lines`);
