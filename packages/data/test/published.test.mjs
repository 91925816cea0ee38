// Nothing we publish may carry a number known to be wrong: the guide's misprint of the
// Modern Slavery & Exploitation Helpline, or the Salvation Army's replaced line. Scans every
// file of both packages' dist/ (JS, JSON, maps) and the READMEs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const known = { '08000700121': "the guide's misprint of the helpline", '03003038151': "the Salvation Army's replaced line" };

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

test('no published file carries a known-wrong number', () => {
  const published = [
    ...files(join(root, 'packages/data/dist')),
    ...files(join(root, 'packages/elements/dist')),
    join(root, 'packages/data/README.md'),
    join(root, 'packages/elements/README.md'),
    join(root, 'README.md'),
  ];
  assert.ok(published.length > 20, `scanned ${published.length} files`);
  for (const path of published) {
    // Runs of digits with the separators people write numbers with, compared digits only.
    const runs = (readFileSync(path, 'utf8').match(/\d[\d \u00a0().-]*\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
    for (const [number, what] of Object.entries(known)) {
      assert.ok(!runs.some((run) => run.includes(number)), `${path} carries ${what}`);
    }
  }
});
