// Every size README.md and docs/performance.md quote as current is the one `pnpm size` measured
// last: the README's "Sizes" table (each entry's size and budget; a row for `<id>`, `<set>` or
// `<locale>` gives the smallest to the largest of the entries it stands for that no other row
// names) and docs/performance.md's goals table (size, missed by, budget; its pages are the page
// check's, within 0.05 KiB, since a page's bytes move by a few between checkouts), and docs/localization.md's sizes of the locale files in dist/cdn/ (gzip -9, measured
// here). Runs after check-size.mjs and check-page-bytes.mjs, which leave what they measured in
// node_modules/.cache/ctkit-size/. Prose quotes today's sizes only through these tables; a figure
// in a dated section ("after (4 December)") is that day's.
// Usage: node scripts/check-figures.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const measured = (file) => JSON.parse(read(`node_modules/.cache/ctkit-size/${file}`)).filter((row) => !row.error);
const entries = measured('entries.json');
const pages = measured('pages.json');
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** The rows of the first table at or after the line that is, or starts with, `marker`, as arrays of cells. */
function table(markdown, marker) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line === marker || line.startsWith(marker));
  if (start < 0) throw new Error(`no line "${marker}"`);
  const first = lines.findIndex((line, i) => i >= start && line.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

const named = new Set();
/** What a table row names: a page (by its name in the cell) or entries (by the first `code`). */
function measure(cell) {
  const page = pages.filter((p) => cell.includes(p.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (page && !cell.startsWith('`')) return { what: page.name, rows: [page] };
  let name = /`([^`]+)`/.exec(cell)?.[1];
  if (!name) return { what: cell, rows: [] };
  if (!name.startsWith('@')) name = `@ctkit/elements/${name}`;
  if (!name.includes('<')) return { what: name, rows: entries.filter((e) => e.name === name) };
  // `<locale>` is a locale's code; `<id>` and `<set>` any one path segment.
  const source = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<locale>/g, '[a-z]{2}').replace(/<[a-z]+>/g, '[^/]+');
  const pattern = new RegExp(`^${source}$`);
  return { what: name, rows: entries.filter((e) => pattern.test(e.name) && !named.has(e.name)) };
}

/** The figure a table gives for `sizes`: "12.13 KiB", "12.13" or "0.51 to 0.93 KiB". */
function figure(sizes) {
  const low = kib(Math.min(...sizes));
  const high = kib(Math.max(...sizes));
  return low === high ? low : `${low} to ${high}`;
}
const number = (cell) => cell.replace(/\s*KiB$/, '');

const problems = [];
function check(file, heading, columns) {
  const rows = table(read(file), heading);
  for (const row of rows) {
    const name = /`([^`<]+)`/.exec(row[0])?.[1];
    if (name) named.add(name.startsWith('@') ? name : `@ctkit/elements/${name}`);
  }
  for (const row of rows) {
    const { what, rows: found } = measure(row[0]);
    const where = `${file}, ${what}`;
    if (found.length === 0) {
      problems.push(`${where}: pnpm size measured nothing by this name`);
      continue;
    }
    const sizes = found.map((e) => e.bytes);
    const quoted = number(row[columns.size]);
    // A page's bytes move by a few bytes between checkouts (measured in a browser, over HTTP):
    // a page's figure may be 0.05 KiB off; an entry's must be exact.
    const isPage = pages.some((p) => p.name === what);
    const off = isPage ? Math.abs(parseFloat(quoted) - sizes[0] / 1024) > 0.05 : quoted !== figure(sizes);
    if (off) problems.push(`${where}: says ${quoted} KiB, pnpm size measured ${figure(sizes)}`);
    const budgets = [...new Set(found.map((e) => e.budget))];
    if (budgets.length !== 1 || parseFloat(number(row[columns.budget])) !== budgets[0] / 1024) {
      problems.push(`${where}: gives the budget as ${number(row[columns.budget])} KiB; scripts/size-budgets.json has ${budgets.map((b) => b / 1024).join(', ')}`);
    }
    if (columns.missed !== undefined) {
      const missed = (parseFloat(quoted) - parseFloat(row[columns.goal])).toFixed(2);
      if (row[columns.missed] !== missed) problems.push(`${where}: "missed by" says ${row[columns.missed]}, size less goal is ${missed}`);
    }
  }
  return rows.length;
}

/** docs/localization.md's table of the locale files: each file's size, measured as pnpm size measures. */
const locales = table(read('docs/localization.md'), '| file in `dist/cdn/`');
for (const [cell, quoted] of locales) {
  const file = /`([^`]+)`/.exec(cell)[1];
  const size = kib(gzipSync(readFileSync(new URL(`packages/elements/dist/cdn/${file}`, root)), { level: 9 }).length);
  if (number(quoted) !== size) problems.push(`docs/localization.md, ${file}: says ${number(quoted)} KiB, it is ${size}`);
}
const counted = [check('README.md', '## Sizes', { size: 1, budget: 2 }), check('docs/performance.md', '## Size: `pnpm size`', { size: 1, goal: 2, missed: 3, budget: 4 })];
if (problems.length > 0) {
  console.error(`Sizes quoted that pnpm size did not measure:\n${problems.map((p) => `- ${p}`).join('\n')}\n(update the tables from pnpm size's output)`);
  process.exit(1);
}
console.log(`figures: ${counted[0]} rows of README.md's sizes, ${counted[1]} of docs/performance.md's goals and ${locales.length} of docs/localization.md's locale files match what pnpm size measured`);
