// Translations of the dataset's text. The source of each locale is xliff/<locale>.xlf, one
// trans-unit per English string (its id a hash of the English, a note saying where the string
// is used), ready for a translator's tool. This script runs before the rollup build, on the
// dataset's sources (bundled by esbuild in memory):
// 1. collects every string a reader sees from the dataset (names, summaries, labels,
//    notes, titles, texts, help, reasons, paragraphs, steps, cautions; not the titles of
//    sources and credits, which name English documents). An answer's label is translated in
//    the context of its question (a note from="context"), since "Yes" is not one word in every
//    language (Welsh answers with the question's verb: Oes, Ydy, Ydw). Its key in the table
//    is `question + U+0004 + label`, as gettext writes a context; an answer given to more than
//    one question also has a unit with no context, for questions of an integrator's own flow;
// 2. rewrites each xliff/<locale>.xlf with exactly those strings, keeping every target whose
//    English is unchanged. When the English of a string changes (same place, new text), its
//    old translation stays for the translator as state="needs-review-translation", with the
//    old English in a note, and is not shipped: a stale translation is never shown (the
//    element shows the new English, marked lang="en") and no translator's work is lost;
// 3. writes src/translations/<locale>.ts (English → translation; not committed; the training
//    scenarios' text apart, a table per set, src/translations/scenarios-<set>-<locale>.ts, and
//    src/translations/scenario-text.ts, which loads each), which the
//    rollup build turns into the entry @ctkit/data/translations/<locale> (for @ctkit/elements,
//    and for translateContact and its kin in @ctkit/data/translate), and prints how much of
//    each locale is translated.
// Add a locale by adding an empty xliff/<locale>.xlf (or run with --add <locale>).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The dataset, from its sources: the records only (no translations, which this script writes). */
async function loadData() {
  const { outputFiles } = await build({
    stdin: {
      contents: [...['contacts', 'indicators', 'guidance', 'referral', 'scenarios', 'posters'].map((name) => `export * from './src/${name}.ts';`), "export * from './src/translated-fields.ts';"].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const file = join(tmpdir(), `ctkit-data-${process.pid}.mjs`);
  writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

const data = await loadData();
const shown = data.translatedFields;


/** The table key of `source` said in `context` (an answer's question), as gettext joins them. */
export const keyOf = (source, context) => (context ? `${context}\u0004${source}` : source);

/** Every string a reader sees, in dataset order, by key, with where it is first used and its context. */
function collect() {
  const found = new Map();
  const add = (source, where, context) => {
    const key = keyOf(source, context);
    if (!found.has(key)) found.set(key, { source, where, context });
  };
  const walk = (value, path, key) => {
    if (typeof value === 'string') {
      if (shown.has(key) && !/\b(source|sources|credits)\b/.test(path)) add(value, path);
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, key));
    else if (value && typeof value === 'object') {
      for (const [k, item] of Object.entries(value)) {
        if (k === 'answers' && value.type === 'question') item.forEach((answer, i) => add(answer.label, `${path}.answers[${i}].label`, value.text));
        else walk(item, `${path}.${k}`, k);
      }
    }
  };
  const { contacts, sectors, indicatorSets, guidance, referralFlows, scenarioSets, awarenessPosters } = data;
  for (const [name, value] of Object.entries({ contacts, sectors, indicatorSets, guidance, referralFlows, scenarioSets, awarenessPosters })) walk(value, name, name);
  // An answer given to more than one question ("Yes", "Not sure") also gets a unit of its own,
  // with no context: the translation for a question the dataset does not have (your own flow).
  const answers = [...found.values()].filter((unit) => unit.context);
  for (const unit of answers) {
    if (answers.filter((other) => other.source === unit.source).length > 1) add(unit.source, `${unit.where} (any question)`);
  }
  return found;
}

/** The keys of every string a reader sees in `record` (no answers: a scenario set has none), each once. */
function stringsIn(record) {
  const keys = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (shown.has(key)) keys.add(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) if (!['source', 'sources', 'credits'].includes(k)) walk(item, k);
  };
  walk(record, '');
  return [...keys];
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const entities = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const unescape = (text) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|apos|amp));/gi, (_m, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : entities[name.toLowerCase()],
  );
const idOf = (source) => `d${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
const needsReview = 'needs-review-translation';

/**
 * The units of an XLIFF file: English, translation, its state (an XLIFF tool may add one, as
 * `<target state="translated">`) and where the string is used (the first note).
 */
function readXliff(file) {
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<trans-unit\b[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, body]) => {
    const target = /<target\b([^>]*)>([\s\S]*?)<\/target>/.exec(body);
    return {
      where: unescape(/<note>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? ''),
      source: unescape(/<source\b[^>]*>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''),
      target: target ? unescape(target[2]) : undefined,
      state: target ? /\bstate="([^"]*)"/.exec(target[1])?.[1] : undefined,
      previous: body.includes('from="previous-source"') ? unescape(/<note from="previous-source">([\s\S]*?)<\/note>/.exec(body)[1]) : undefined,
      context: body.includes('from="context"') ? unescape(/<note from="context">([\s\S]*?)<\/note>/.exec(body)[1]) : undefined,
    };
  });
}

/**
 * Each current string as a unit: its translation if its English is unchanged; else the old
 * translation of the same place, to review, with the old English; else no target.
 */
function writeXliff(file, locale, strings, units) {
  const bySource = new Map(units.filter((u) => u.target).map((u) => [keyOf(u.source, u.context), u]));
  const byPlace = new Map(units.filter((u) => u.target).map((u) => [u.where, u]));
  const body = [...strings].map(([key, { source, where, context }]) => {
    const same = bySource.get(key);
    const previous = same ? undefined : byPlace.get(where);
    // The English the translation was made for.
    const translatedFrom = same?.state === needsReview ? same.previous : previous && (previous.state === needsReview ? previous.previous : previous.source);
    const lines = [`<trans-unit id="${idOf(key)}">`, `  <note>${escape(where)}</note>`];
    if (context) lines.push(`  <note from="context">${escape(context)}</note>`);
    if (translatedFrom) lines.push(`  <note from="previous-source">${escape(translatedFrom)}</note>`);
    lines.push(`  <source>${escape(source)}</source>`);
    if (same) lines.push(`  <target${same.state ? ` state="${same.state}"` : ''}>${escape(same.target)}</target>`);
    else if (previous) lines.push(`  <target state="${needsReview}">${escape(previous.target)}</target>`);
    lines.push('</trans-unit>');
    return lines.join('\n');
  });
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en-GB" original="@ctkit/data" datatype="plaintext">
<body>
${body.join('\n')}
</body>
</file>
</xliff>
`,
  );
}

const add = process.argv.indexOf('--add');
if (add > 0) writeXliff(`xliff/${process.argv[add + 1]}.xlf`, process.argv[add + 1], new Map(), []);

const strings = collect();
mkdirSync('src/translations', { recursive: true });
// A set renamed or removed leaves no table behind (rollup builds every scenarios-* file).
for (const file of readdirSync('src/translations').filter((f) => f.startsWith('scenarios-'))) rmSync(`src/translations/${file}`);
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf')).sort()) {
  const locale = file.slice(0, -'.xlf'.length);
  const units = readXliff(`xliff/${file}`);
  writeXliff(`xliff/${file}`, locale, strings, units);
  // Shipped: translations of the current English, not those waiting for review.
  const shipped = new Map(units.filter((u) => u.target && u.state !== needsReview).map((u) => [keyOf(u.source, u.context), u.target]));
  // The training scenarios' text: a table per set and locale, loaded only by the element that
  // shows that set (`scenarios-<set>-<locale>`); the main table keeps the rest.
  const isScenario = (unit) => unit.where.startsWith('scenarioSets');
  const table = Object.fromEntries([...strings].filter(([key, unit]) => shipped.has(key) && !isScenario(unit)).map(([key]) => [key, shipped.get(key)]));
  const scenarioCount = [...strings.values()].filter(isScenario).length;
  for (const set of data.scenarioSets) {
    const keys = stringsIn(set);
    const own = Object.fromEntries(keys.filter((key) => shipped.has(key)).map((key) => [key, shipped.get(key)]));
    writeFileSync(
      `src/translations/scenarios-${set.id}-${locale}.ts`,
      `// Generated from xliff/${file} by scripts/translations.mjs: do not edit.\n/** The text of the scenario set "${set.id}" in ${locale}: English → translation (${Object.keys(own).length} of ${keys.length} strings). */\nexport const translations: Readonly<Record<string, string>> = ${JSON.stringify(own)};\n`,
    );
  }
  const count = [...strings.keys()].filter((key) => shipped.has(key)).length;
  const review = readXliff(`xliff/${file}`).filter((u) => u.state === needsReview).length;
  writeFileSync(
    `src/translations/${locale}.ts`,
    `// Generated from xliff/${file} by scripts/translations.mjs: do not edit.\n/**\n * The dataset's text in ${locale}: each English string a reader sees (an answer's: its question +\n * U+0004 + the answer) → its translation (${Object.keys(table).length} of ${strings.size - scenarioCount} strings). A string not in it has\n * no translation yet. Translate a whole record with \`@ctkit/data/translate\`.\n *\n * @module\n */\nexport const translations: Readonly<Record<string, string>> = ${JSON.stringify(table)};\n`,
  );
  console.log(`translations: ${locale} ${count} of ${strings.size} strings${review ? `, ${review} to review (their English changed)` : ''}`);
}

// The ids a scenario's choice may rest on (`@ctkit/data/validate` checks each ref against them),
// without the records' text: validating your own scenario set does not load the dataset.
const recordIds = {
  indicator: data.indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((indicator) => indicator.id))),
  guidance: data.guidance.flatMap((topic) => topic.sections.map((section) => `${topic.id}/${section.id}`)),
  flow: data.referralFlows.flatMap((flow) => flow.nodes.map((node) => `${flow.id}/${node.id}`)),
};
// Each scenario set's text in each locale, loaded on demand: one static import() per file, for bundlers.
const locales = readdirSync('xliff').filter((f) => f.endsWith('.xlf')).map((f) => f.slice(0, -'.xlf'.length)).sort();
writeFileSync(
  'src/translations/scenario-text.ts',
  `// Generated by scripts/translations.mjs: do not edit.\n/**\n * The training scenarios' text, by set and locale, each loaded on demand (\`translateScenarioSet\` of\n * \`@ctkit/data/translate\` and \`<ctk-training-scenarios>\` use it): a page loads the text of the set it shows.\n *\n * @module\n */\nexport const scenarioText: Readonly<Record<string, Readonly<Record<string, () => Promise<{ readonly translations: Readonly<Record<string, string>> }>>>>> = {\n${data.scenarioSets
    .map((set) => `  ${JSON.stringify(set.id)}: {\n${locales.map((locale) => `    ${JSON.stringify(locale)}: () => import('./scenarios-${set.id}-${locale}.js'),`).join('\n')}\n  },`)
    .join('\n')}\n};\n`,
);
writeFileSync(
  'src/translations/record-ids.ts',
  `// Generated from the dataset by scripts/translations.mjs: do not edit.\n/** The ids a scenario may rest on, by kind: indicators, \`topic/section\` and \`flow/step\`. */\nexport const recordIds: Readonly<Record<'indicator' | 'guidance' | 'flow', readonly string[]>> = ${JSON.stringify(recordIds)};\n`,
);
