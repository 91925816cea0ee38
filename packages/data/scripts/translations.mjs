// Translations of the dataset's text. The source of each locale is xliff/<locale>.xlf, one
// trans-unit per English string (its id a hash of the English, a note saying where the string
// is used), ready for a translator's tool. This script runs after the rollup build:
// 1. collects every string a reader sees from the built dataset (names, summaries, labels,
//    notes, titles, texts, help, reasons, paragraphs, steps; not the titles of sources and
//    credits, which name English documents);
// 2. rewrites each xliff/<locale>.xlf with exactly those strings, keeping every target whose
//    English is unchanged (a changed English string loses its target, so a stale translation
//    can never be shown: the element shows the new English, marked lang="en");
// 3. writes dist/translations/<locale>.js (English → translation, for @ctkit/elements) and its
//    .d.ts, and prints how much of each locale is translated.
// Add a locale by adding an empty xliff/<locale>.xlf (or run with --add <locale>).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as data from '../dist/index.js';

const shown = new Set(['name', 'organisation', 'summary', 'label', 'note', 'confidenceNote', 'title', 'text', 'help', 'why', 'body', 'steps']);

/** Every string a reader sees, in dataset order, with where it is first used. */
function collect() {
  const found = new Map();
  const walk = (value, path, key) => {
    if (typeof value === 'string') {
      if (shown.has(key) && !/\b(source|sources|credits)\b/.test(path) && !found.has(value)) found.set(value, path);
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, key));
    else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) walk(item, `${path}.${k}`, k);
  };
  const { contacts, sectors, indicatorSets, guidance, referralFlows } = data;
  for (const [name, value] of Object.entries({ contacts, sectors, indicatorSets, guidance, referralFlows })) walk(value, name, name);
  return found;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const idOf = (source) => `d${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;

/** English → translation, from an XLIFF file (units without a target are left out). */
function readXliff(file) {
  const targets = new Map();
  if (!existsSync(file)) return targets;
  for (const [, source, target] of readFileSync(file, 'utf8').matchAll(/<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)) {
    if (target) targets.set(unescape(source), unescape(target));
  }
  return targets;
}

function writeXliff(file, locale, strings, targets) {
  const units = [...strings].map(([source, where]) => {
    const target = targets.get(source);
    return `<trans-unit id="${idOf(source)}">
  <note>${escape(where)}</note>
  <source>${escape(source)}</source>${target ? `\n  <target>${escape(target)}</target>` : ''}
</trans-unit>`;
  });
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en-GB" original="@ctkit/data" datatype="plaintext">
<body>
${units.join('\n')}
</body>
</file>
</xliff>
`,
  );
}

const add = process.argv.indexOf('--add');
if (add > 0) writeXliff(`xliff/${process.argv[add + 1]}.xlf`, process.argv[add + 1], new Map(), new Map());

const strings = collect();
mkdirSync('dist/translations', { recursive: true });
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf')).sort()) {
  const locale = file.slice(0, -'.xlf'.length);
  const targets = readXliff(`xliff/${file}`);
  writeXliff(`xliff/${file}`, locale, strings, targets);
  const table = Object.fromEntries([...strings.keys()].filter((s) => targets.has(s)).map((s) => [s, targets.get(s)]));
  const count = Object.keys(table).length;
  writeFileSync(
    `dist/translations/${locale}.js`,
    `// Generated from xliff/${file} by scripts/translations.mjs: do not edit.\n/** The dataset's text in ${locale}: English → translation (${count} of ${strings.size} strings). */\nexport const translations = ${JSON.stringify(table, null, 1)};\n`,
  );
  writeFileSync(
    `dist/translations/${locale}.d.ts`,
    `/** The dataset's text in ${locale}: each English string a reader sees → its translation. A string not in it has no translation yet. */\nexport declare const translations: Readonly<Record<string, string>>;\n`,
  );
  console.log(`translations: ${locale} ${count} of ${strings.size} strings`);
}
