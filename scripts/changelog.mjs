// Writes each package's CHANGELOG.md "Unreleased" section from the pending changesets in
// .changeset/, so the CHANGELOG that `files` ships says what the next release holds before
// `changeset version` turns it into a version's section (run this again after it: with no
// changeset pending, the section goes). Released sections below it are kept as they are.
// Usage: node scripts/changelog.mjs [--check]   (--check: fail if a CHANGELOG.md is not up to date)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const kinds = [
  ['major', 'Major changes'],
  ['minor', 'Minor changes'],
  ['patch', 'Patch changes'],
];

/** Each pending changeset: the bump per package, and its text. */
const changesets = readdirSync(join(root, '.changeset'))
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .sort()
  .map((file) => {
    const text = readFileSync(join(root, '.changeset', file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`.changeset/${file}: no front matter`);
    const bumps = new Map();
    for (const line of match[1].split('\n').filter((l) => l.trim())) {
      const bump = /^\s*["']?(@?[\w/.-]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (!bump) throw new Error(`.changeset/${file}: cannot read "${line}"`);
      bumps.set(bump[1], bump[2]);
    }
    return { file, bumps, summary: match[2].trim() };
  });

const unreleased = (name) => {
  const lines = [];
  for (const [kind, heading] of kinds) {
    const entries = changesets.filter((changeset) => changeset.bumps.get(name) === kind);
    if (entries.length === 0) continue;
    lines.push(`### ${heading}`, '');
    // Each entry a list item, its later lines and paragraphs indented under it.
    for (const { summary } of entries) lines.push(`- ${summary.replace(/\n/g, '\n  ').replace(/\n {2}\n/g, '\n\n')}`, '');
  }
  if (lines.length === 0) return '';
  return ['## Unreleased', '', 'What the next release holds, from the pending changesets in `.changeset/` (written by `node scripts/changelog.mjs`).', '', ...lines].join('\n');
};

const stale = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const manifest = join(root, 'packages', dir, 'package.json');
  if (!existsSync(manifest)) continue;
  const { name, private: isPrivate } = JSON.parse(readFileSync(manifest, 'utf8'));
  if (isPrivate) continue;
  const path = join(root, 'packages', dir, 'CHANGELOG.md');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : `# ${name}\n`;
  // The released sections: everything from the first "## " heading that is not "Unreleased".
  const released = before.split(/^(?=## )/m).slice(1).filter((section) => !section.startsWith('## Unreleased'));
  const section = unreleased(name);
  const after = [`# ${name}\n`, section ? `${section}\n` : '', ...released].join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
  if (after === before) continue;
  if (check) stale.push(`packages/${dir}/CHANGELOG.md`);
  else {
    writeFileSync(path, after);
    console.log(`wrote packages/${dir}/CHANGELOG.md`);
  }
}
if (stale.length > 0) {
  console.error(`Not up to date with .changeset/: ${stale.join(', ')}. Run: node scripts/changelog.mjs`);
  process.exit(1);
}
if (check) console.log(`CHANGELOG.md files up to date with ${changesets.length} pending changesets`);
