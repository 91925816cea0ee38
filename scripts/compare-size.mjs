// ctkit beside comparable public components, measured exactly as `pnpm size` measures ctkit
// (scripts/bundle-size.mjs: rollup with everything imported, terser, gzip -9; what loads at
// once, and what loads later on demand). Prints a Markdown table for docs/performance.md.
// Each row is one entry module, written to a scratch folder under node_modules/.cache.
//
// Usage: pnpm size:compare   (after pnpm build)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './bundle-size.mjs';

const root = new URL('..', import.meta.url).pathname;
const scratch = join(root, 'node_modules/.cache/ctkit-compare');
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const rows = [
  ['Lit alone (`LitElement`, `html`, `css`)', `lit ${version('lit')}`, "export { LitElement, html, css } from 'lit';"],
  [
    'GOV.UK Frontend "Exit this page" (its script; its styles are in GOV.UK\'s Sass, not counted)',
    `govuk-frontend ${version('govuk-frontend')}`,
    "export { ExitThisPage } from 'govuk-frontend';",
  ],
  ['Shoelace `<sl-alert>`', `@shoelace-style/shoelace ${version('@shoelace-style/shoelace')}`, "import '@shoelace-style/shoelace/dist/components/alert/alert.js';"],
  [
    'Shoelace `<sl-alert>` and `<sl-button>` together',
    `@shoelace-style/shoelace ${version('@shoelace-style/shoelace')}`,
    "import '@shoelace-style/shoelace/dist/components/alert/alert.js';\nimport '@shoelace-style/shoelace/dist/components/button/button.js';",
  ],
  ['ctkit `<ctk-quick-exit>` (with Lit and its styles)', '@ctkit/elements', "import '@ctkit/elements/quick-exit.js';"],
  ['ctkit `<ctk-helpline-banner>` (with Lit, its styles and the helpline)', '@ctkit/elements', "import '@ctkit/elements/helpline-banner.js';"],
  ['ctkit, all six elements (`all.js`; the data loads on demand)', '@ctkit/elements', "import '@ctkit/elements/all.js';"],
  ['ctkit `ctkit.min.js` (all six, Lit, all the data, validation)', '@ctkit/elements', "import '@ctkit/elements/ctkit.min.js';"],
];

mkdirSync(scratch, { recursive: true });
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const lines = ['| component | package | min+gz at once | more on demand |', '| --- | --- | --- | --- |'];
try {
  for (const [i, [what, pkg, code]] of rows.entries()) {
    const file = join(scratch, `entry-${i}.js`);
    writeFileSync(file, `${code}\n`);
    const { bytes, lazyBytes } = await measure(file);
    lines.push(`| ${what} | ${pkg} | ${kib(bytes)} | ${lazyBytes ? kib(lazyBytes) : '-'} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(lines.join('\n'));
