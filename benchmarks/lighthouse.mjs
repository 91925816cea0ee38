// Lighthouse's mobile audit (npm lighthouse 12, the last for Node 20; Debian Chromium; mobile
// emulation and simulated throttling, its defaults) on the example pages, served gzip-compressed
// as a real server would, beside the kit's static twin. Median of five runs per page (by
// performance score); prints each page's score, cumulative layout shift, total blocking time,
// largest contentful paint and the JavaScript transferred, then the goals of issue 22.
//
// Usage: node benchmarks/lighthouse.mjs [--runs N]   (after pnpm build and benchmarks/run.mjs,
// which writes the static twin; pnpm bench runs all three)
import process from 'node:process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launchChromium, serve } from '../scripts/local-browser.mjs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const pages = [
  { name: 'examples/plain-html (client-rendered)', path: 'examples/plain-html/index.html', goal: 'client' },
  { name: 'examples/server-rendered', path: 'examples/server-rendered/index.html', goal: 'server' },
  { name: 'static twin (declarative shadow DOM, no script)', path: 'benchmarks/kit-page/static.html' },
];

/** One Lighthouse run of `url`: the figures this benchmark prints. */
async function audit(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const script = requests.filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    script,
    warnings: lhr.runWarnings,
  };
}

const median = (results) => [...results].sort((a, b) => a.score - b.score || a.tbt - b.tbt)[Math.floor(results.length / 2)];

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const chromium = await launchChromium();
const rows = [];
try {
  for (const page of pages) {
    if (!existsSync(new URL(`../${page.path}`, import.meta.url))) {
      console.log(`skipped: ${page.path} does not exist yet (node benchmarks/run.mjs kit-page writes it)`);
      continue;
    }
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(new URL(page.path, base).href, chromium.port));
    rows.push({ ...page, ...median(results), scores: results.map((r) => r.score), blocking: results.map((r) => Math.round(r.tbt)) });
  }
} finally {
  await chromium.close();
  server.close();
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation, simulated throttling; pages served gzip-compressed; median of ${runs} runs\n`);
console.log('| page | performance (each run) | layout shift | blocking time (each run) | largest paint | JavaScript transferred |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.score} (${row.scores.join(', ')}) | ${row.cls.toFixed(3)} | ${Math.round(row.tbt)} ms (${row.blocking.join(', ')}) | ${(row.lcp / 1000).toFixed(1)} s | ${kib(row.script)} |`);
}
const client = rows.find((row) => row.goal === 'client');
const rendered = rows.find((row) => row.goal === 'server');
const goals = [
  [`client-rendered layout shift ≤ 0.05 (${client.cls.toFixed(3)})`, client.cls <= 0.05],
  [`client-rendered blocking time ≤ 150 ms (${Math.round(client.tbt)} ms)`, client.tbt <= 150],
  [`client-rendered performance ≥ 95 (${client.score})`, client.score >= 95],
  [`server-rendered performance 100 (${rendered.score})`, rendered.score === 100],
];
console.log('\nGoals (issue 22):');
for (const [goal, met] of goals) console.log(`  ${met ? 'met    ' : 'not met'}  ${goal}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/lighthouse.json', import.meta.url), `${JSON.stringify(rows, null, 2)}\n`);
