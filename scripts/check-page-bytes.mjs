// What a reader's phone downloads: pages with ctkit's CDN folder (dist/cdn/ctkit.min.js) or its
// single file, opened in headless Debian Chromium from a local server that gzip-compresses as a
// real web server would. Once every element on the page has rendered, the page reports the
// JavaScript it loaded (Resource Timing's encodedBodySize: the gzipped bytes that came over
// the wire, without headers), which this prints and holds to its budget
// (scripts/size-budgets.json, "pages"), beside the goal of issue 22. It fails if a page's
// elements did not render, if a page is over budget, or if a page without data of its own
// loaded the validator.
//
// Usage: node scripts/check-page-bytes.mjs [--json]   (after pnpm build; pnpm size runs it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pageReports, serve } from './local-browser.mjs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8')).pages;
const entry = '/packages/elements/dist/cdn/ctkit.min.js';
const single = '/packages/elements/dist/cdn/ctkit.all.min.js';
const six = ['ctk-quick-exit', 'ctk-helpline-banner', 'ctk-contact-directory', 'ctk-indicator-checklist', 'ctk-guidance-card', 'ctk-referral-flowchart'];

/** The pages measured: each one's name (its key in the budgets), its elements and its script. */
const pages = [
  { name: 'one helpline banner', tags: ['ctk-helpline-banner'], script: entry },
  { name: 'all six elements', tags: six, script: entry },
  { name: 'one helpline banner, single file', tags: ['ctk-helpline-banner'], script: single },
];

/**
 * Runs in the page: waits for every ctkit element to be defined and rendered (its data loaded),
 * then posts the JavaScript files the page loaded and their gzipped sizes.
 */
const measure = `
const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('ctk-')))];
const report = (body) => fetch('/__result', { method: 'POST', body: JSON.stringify(body) });
try {
  await Promise.race([
    Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
    new Promise((_, reject) => setTimeout(() => reject(new Error('not defined within 30 s: ' + tags.filter((tag) => !customElements.get(tag)).join(', '))), 30000)),
  ]);
  for (const el of document.querySelectorAll(tags.join(','))) await el.updateComplete;
  // Anything an element starts loading as it first renders has finished by then.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rendered = tags.filter((tag) => document.querySelector(tag).shadowRoot?.querySelector('a[href^="tel:"], a[href^="https:"], button'));
  const files = performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && !entry.name.includes('/__'))
    .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize, raw: entry.decodedBodySize }));
  await report({ tags, rendered, files });
} catch (error) {
  await report({ error: String(error) });
}
`;

const html = (page) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>${page.name}</title>
    <script type="module" src="${page.script}"></script>
    <script type="module" src="/__measure.js"></script>
  </head>
  <body>${page.tags.map((tag) => `<${tag}></${tag}>`).join('\n')}</body>
</html>`;

let current;
const reports = pageReports();
const server = await serve({
  '/__page.html': (request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html(current)),
  '/__measure.js': (request, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(measure),
  ...reports.route,
});
const origin = `http://127.0.0.1:${server.address().port}`;

const rows = [];
let failed = false;
try {
  for (const page of pages) {
    current = page;
    // A fresh browser for each page: nothing cached.
    const report = await reports.open(`${origin}/__page.html`);
    const budget = budgets[page.name];
    if (report.error || !budget) {
      rows.push({ name: page.name, error: report.error ?? 'no budget in scripts/size-budgets.json "pages"' });
      failed = true;
      continue;
    }
    const bytes = report.files.reduce((sum, file) => sum + file.bytes, 0);
    const problems = [];
    const unrendered = page.tags.filter((tag) => !report.rendered.includes(tag));
    if (unrendered.length > 0) problems.push(`did not render: ${unrendered.join(', ')}`);
    if (report.files.some((file) => /\/chunks\/validate-/.test(file.path))) problems.push('loaded the validator, with no data of its own');
    if (report.files.some((file) => file.bytes === 0)) problems.push('a file reported no size (was it served?)');
    if (bytes > budget.budget) problems.push('over budget');
    failed ||= problems.length > 0;
    rows.push({ name: page.name, files: report.files, bytes, raw: report.files.reduce((sum, file) => sum + file.raw, 0), ...budget, problems });
  }
} finally {
  server.close();
}

const kib = (bytes) => (bytes / 1024).toFixed(2);
// What was measured, for the check of the figures the README and docs quote (check-figures.mjs).
const cache = new URL('../node_modules/.cache/ctkit-size/', import.meta.url);
mkdirSync(cache, { recursive: true });
writeFileSync(new URL('pages.json', cache), JSON.stringify(rows));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('\nJavaScript a page downloads (Debian Chromium, served gzip-compressed; encodedBodySize)');
  console.log(`${'page'.padEnd(34)}  files  gzipped KiB  (unzipped)  budget KiB  goal KiB`);
  for (const row of rows) {
    if (row.error) {
      console.log(`${row.name.padEnd(34)}  FAILED: ${row.error}`);
      continue;
    }
    const goal = row.goal === undefined ? '-' : `${kib(row.goal)} ${row.bytes <= row.goal ? 'met' : 'not met'}`;
    console.log(
      `${row.name.padEnd(34)}  ${String(row.files.length).padStart(5)}  ${kib(row.bytes).padStart(11)}  ${`(${kib(row.raw)})`.padStart(10)}  ${kib(row.budget).padStart(10)}  ${goal}${row.problems.length ? `  <- ${row.problems.join('; ')}` : ''}`,
    );
    for (const file of row.files) console.log(`    ${kib(file.bytes).padStart(6)}  ${file.path.replace('/packages/elements/dist/cdn/', '')}`);
  }
}
if (failed) {
  console.error('page bytes check failed');
  process.exit(1);
}
