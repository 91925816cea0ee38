// packages/data/README.md tells the truth about the package: its entries table lists every
// export of package.json and nothing else, each module has what its row names, and the React
// form it shows is the tested example, word for word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const pkg = join(root, 'packages/data');
const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
const { exports } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));

/** The table's rows: entry (as an exports key, `<…>` as `*`) → what the row says it exports. */
const rows = new Map(
  [...readme.slice(readme.indexOf('## Entries'), readme.indexOf('\n## ', readme.indexOf('## Entries') + 1)).matchAll(/^\| `@ctkit\/data([^`]*)` \| (.*) \|$/gm)].map(
    ([, entry, says]) => [`.${entry.replace(/<[^>]+>/g, '*')}`, says],
  ),
);

test('the entries table lists every export of package.json, and only those', () => {
  const published = Object.entries(exports)
    .filter(([, target]) => target !== null)
    .map(([key]) => key);
  assert.deepEqual([...rows.keys()].sort(), published.sort());
});

test('each module has what its row names', async () => {
  let checked = 0;
  for (const [entry, says] of rows) {
    if (entry.includes('*') || entry.endsWith('.json')) continue;
    const target = exports[entry];
    const module = await import(join(pkg, target.default));
    const types = readFileSync(join(pkg, target.types), 'utf8');
    // Each backticked name: a value (lowerCamelCase) is an export of the module; a type or a
    // schema (UpperCamelCase) is an export or in the entry's declarations.
    for (const [, name] of says.matchAll(/`([A-Za-z]+)(?:\(|:|`)/g)) {
      checked += 1;
      if (/^[a-z]/.test(name)) assert.ok(name in module, `${entry} exports ${name}`);
      else if (entry !== '.') assert.ok(name in module || new RegExp(`\\b${name}\\b`).test(types), `${entry} declares ${name}`);
    }
  }
  assert.ok(checked > 50, `checked ${checked} names`);
});

test("each module's exports are named in its row (the schemas' parts aside)", async () => {
  for (const [entry, says] of rows) {
    if (entry.includes('*') || entry.endsWith('.json') || entry === '.' || entry === './schemas') continue;
    const module = await import(join(pkg, exports[entry].default));
    for (const name of Object.keys(module)) assert.match(says, new RegExp(`\`${name}\\b`), `${entry}: the row does not name ${name}`);
  }
});

test('the README shows the tested React form word for word', () => {
  const form = readFileSync(join(root, 'examples/react/contact-form.tsx'), 'utf8').trimEnd();
  assert.ok(readme.includes(`\`\`\`tsx\n${form}\n\`\`\``), 'README.md holds examples/react/contact-form.tsx');
});
