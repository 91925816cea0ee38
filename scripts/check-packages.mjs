// Package hygiene: every workspace package passes publint (strict) and Are the Types Wrong
// (ESM-only profile) as it would be published. Prints one line per package, or the tools'
// output when one fails. Run after the build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
let failed = false;
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const cwd = join(root, 'packages', dir);
  const { name, private: isPrivate } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  if (isPrivate) continue;
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table']],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd, encoding: 'utf8', stdio: 'pipe' });
      console.log(`${name}: ${tool} clean`);
    } catch (error) {
      failed = true;
      console.error(`${name}: ${tool} failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}
if (failed) process.exit(1);
