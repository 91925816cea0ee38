// The packages as a user installs them (issue 23). Packs every package with `pnpm pack` (which
// turns `workspace:^` into versions), installs the tarballs with npm into a fresh temporary
// project (no workspace links), and there checks what a user would do first:
//
// - each tarball has its LICENSE, no `workspace:` range, and every file its manifest, its
//   exports and its source maps name; the manifest validates against the schema of the npm
//   package custom-elements-manifest;
// - a plain HTML page with the installed CDN file shows the helpline banner (Debian Chromium);
// - a bundler (esbuild) builds `@ctkit/elements/helpline-banner.js` with `@ctkit/data/contacts`,
//   and the page shows the banner;
// - Node server-renders a page with `@ctkit/elements/ssr.js`;
// - TypeScript type-checks an import of every public entry of the three packages, and a React
//   component using `@ctkit/react`.
//
// No network: npm installs the third-party dependencies from a registry on localhost that
// serves the very versions the workspace has installed (each packed from node_modules).
// Run after the build: `node scripts/check-packed.mjs` (in `pnpm test`).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { pageReports, serve } from './local-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'ctkit-packed-'));
const names = ['data', 'elements', 'react'];
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};
const run = (command, args, cwd, input) => execFileSync(command, args, { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

// 1. Pack, and look inside each tarball.
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
/** Each package: its tarball, its package.json as packed, and the files in it (without `package/`). */
const packed = {};
for (const name of names) {
  run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name));
  const file = join(tarballs, readdirSync(tarballs).find((f) => f.startsWith(`ctkit-${name}-`)));
  const files = run('tar', ['-tzf', file]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  const manifest = JSON.parse(run('tar', ['-xzOf', file, 'package/package.json']));
  packed[name] = { file, files: new Set(files), manifest };
  check(files.includes('LICENSE'), `@ctkit/${name}: no LICENSE in the tarball`);
  for (const [dep, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    check(!String(range).startsWith('workspace:'), `@ctkit/${name}: ${dep} is still ${range} in the packed package.json`);
  }
  // Every export names files that ship (a wildcard: at least one file).
  for (const [entry, target] of Object.entries(manifest.exports)) {
    for (const path of typeof target === 'string' ? [target] : target ? Object.values(target) : []) {
      const pattern = new RegExp(`^${path.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('\\*', '.+').replace('*', '.+')}$`);
      check(files.some((f) => pattern.test(f)), `@ctkit/${name}: export ${entry} names ${path}, which is not in the tarball`);
    }
  }
  // Every source map: each source's text is in it, or the source is in the tarball.
  for (const map of files.filter((f) => f.endsWith('.map'))) {
    const json = JSON.parse(run('tar', ['-xzOf', file, `package/${map}`]));
    json.sources.forEach((source, i) => {
      const beside = join(dirname(map), source);
      check(typeof json.sourcesContent?.[i] === 'string' || files.includes(beside), `@ctkit/${name}: ${map} names ${source}, neither in the map nor in the tarball`);
    });
  }
}
// The custom elements manifest: every module path and every reference names a file that ships.
{
  const { file, files } = packed.elements;
  const manifest = JSON.parse(run('tar', ['-xzOf', file, 'package/custom-elements.json']));
  const named = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      // A reference into another package (`package` set) is that package's business.
      if (typeof node.module === 'string' && !node.package) named.push(node.module);
      Object.values(node).forEach(walk);
    }
  };
  for (const module of manifest.modules) {
    named.push(module.path);
    walk(module.declarations);
    walk(module.exports);
  }
  const missing = [...new Set(named.map((path) => path.replace(/^\.?\//, '')))].filter((path) => !files.has(path));
  check(missing.length === 0, `custom-elements.json names ${missing.length} files not in the tarball: ${missing.slice(0, 8).join(', ')}`);
  // And it is a custom elements manifest, by the schema the npm package custom-elements-manifest ships.
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  check(validate(manifest), `custom-elements.json does not validate against custom-elements-manifest's schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
}

// 2. A registry on localhost: the tarballs, and every third-party package they (and the test
// project) need, at the version the workspace installed.
/** name → version → { dir?, tarball?, pkg } */
const registry = new Map();
const locate = (from, dep) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', dep);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
};
function add(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!registry.has(pkg.name)) registry.set(pkg.name, new Map());
  if (registry.get(pkg.name).has(pkg.version)) return;
  registry.get(pkg.name).set(pkg.version, { dir, pkg });
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })) {
    const at = locate(dir, dep);
    if (at) add(at);
  }
}
for (const name of names) {
  const { manifest, file } = packed[name];
  registry.set(manifest.name, new Map([[manifest.version, { tarball: file, pkg: manifest }]]));
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    if (dep.startsWith('@ctkit/')) continue;
    const at = locate(join(root, 'packages', name), dep) ?? locate(root, dep);
    if (at) add(at);
  }
}
const projectNeeds = ['react', '@types/react', 'vue', '@lit-labs/ssr'];
for (const dep of projectNeeds) add(locate(root, dep));

const tarballOf = (name, version) => {
  const entry = registry.get(name)?.get(version);
  if (!entry) return undefined;
  if (!entry.tarball) {
    entry.tarball = join(tarballs, `${name.replace('/', '+')}-${version}.tgz`);
    // --hard-dereference: pnpm's store links files of the same content; npm drops hard links.
    run('tar', ['-czf', entry.tarball, '-C', entry.dir, '--exclude=./node_modules', '--hard-dereference', '--transform', 's,^\\.,package,', '.']);
  }
  return entry.tarball;
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname.slice(1));
  const tarball = /^-\/(.+)\/(.+)\.tgz$/.exec(path);
  if (tarball) {
    const file = tarballOf(tarball[1], tarball[2]);
    return file ? response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(file)) : response.writeHead(404).end();
  }
  const versions = registry.get(path);
  if (!versions) return response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  const origin = `http://127.0.0.1:${server.address().port}`;
  const document = { name: path, 'dist-tags': { latest: [...versions.keys()].at(-1) }, versions: {} };
  for (const [version, { pkg }] of versions) {
    const file = tarballOf(path, version);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
    document.versions[version] = { ...pkg, _id: `${path}@${version}`, dist: { tarball: `${origin}/-/${encodeURIComponent(path)}/${version}.tgz`, integrity } };
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// 3. A fresh project, installed with npm from that registry.
const app = join(work, 'app');
mkdirSync(app);
const version = (name) => [...registry.get(name).keys()].at(-1);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({
    name: 'ctkit-packed-check',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries([...names.map((name) => [`@ctkit/${name}`, `file:${packed[name].file}`]), ...projectNeeds.map((name) => [name, version(name)])]),
  }),
);
try {
  // Not execFileSync: the registry answering npm runs in this process.
  await promisify(execFile)('npm', ['install', '--registry', `http://127.0.0.1:${server.address().port}/`, '--ignore-scripts', '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache')], { cwd: app, encoding: 'utf8' });
} catch (error) {
  server.close();
  console.error(`packed: npm install failed\n${error.stderr}`);
  process.exit(1);
}
server.close();
for (const name of names) {
  const installed = join(app, 'node_modules/@ctkit', name);
  check(!lstatSync(installed).isSymbolicLink(), `@ctkit/${name} is installed as a link, not from its tarball`);
}

// 4. Node renders a page on the server.
const ssr = run('node', ['--input-type=module'], app, `import { renderHtml } from '@ctkit/elements/ssr.js';\nprocess.stdout.write(renderHtml('<ctk-helpline-banner></ctk-helpline-banner>'));`);
check(!/\sshadowroot=/.test(ssr), 'ssr.js: the server-rendered HTML carries the legacy shadowroot attribute');
check(/<template shadowrootmode="open"/.test(ssr) && ssr.includes('08000 121 700'), `ssr.js: the server-rendered banner has no shadow root with the helpline: ${ssr.slice(0, 200)}`);

// 5. A bundler build, and the CDN file, each in a page.
writeFileSync(
  join(app, 'main.js'),
  `import '@ctkit/elements/helpline-banner.js';\nimport { getContact } from '@ctkit/data/contacts';\ndocument.body.dataset.helpline = getContact('modern-slavery-helpline').phones[0].display;\n`,
);
run(bin('esbuild'), ['main.js', '--bundle', '--format=esm', '--outfile=bundle.js', '--log-level=error'], app);
const checkScript = `
const report = (body) => fetch('/__result', { method: 'POST', body: JSON.stringify(body) });
try {
  await customElements.whenDefined('ctk-helpline-banner');
  const el = document.querySelector('ctk-helpline-banner');
  await el.updateComplete;
  await report({ text: el.shadowRoot.textContent.replace(/\\s+/g, ' '), helpline: document.body.dataset.helpline ?? null });
} catch (error) {
  await report({ error: String(error) });
}`;
const pages = {
  'cdn.html': '<script type="module" src="/node_modules/@ctkit/elements/dist/cdn/ctkit.min.js"></script>',
  'bundle.html': '<script type="module" src="/bundle.js"></script>',
};
for (const [page, script] of Object.entries(pages)) {
  writeFileSync(join(app, page), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${page}</title>${script}<script type="module" src="/__check.js"></script></head><body><ctk-helpline-banner></ctk-helpline-banner></body></html>`);
}
const reports = pageReports();
const web = await serve({ '/__check.js': (request, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(checkScript), ...reports.route }, app);
try {
  for (const page of Object.keys(pages)) {
    const report = await reports.open(`http://127.0.0.1:${web.address().port}/${page}`);
    check(!report.error && report.text.includes('08000 121 700'), `${page}: the banner does not show the helpline: ${report.error ?? report.text.slice(0, 200)}`);
    if (page === 'bundle.html') check(report.helpline === '08000 121 700', `bundle.html: @ctkit/data/contacts gave ${report.helpline}`);
  }
} finally {
  web.close();
}

// 6. TypeScript: every public entry of the three packages, and a React component.
const examples = { './contacts/*': 'modern-slavery-helpline', './indicators/*': 'general', './guidance/*': 'training', './referral/*': 'scotland', './scenarios/*': 'hospitality', './posters/*': 'affected', './translations/*': 'cy' };
const entries = names.flatMap((name) =>
  Object.entries(packed[name].manifest.exports)
    .filter(([entry, target]) => target && !/\.json$|^\.\/package\.json$|custom-elements|vscode/.test(entry))
    .map(([entry]) => `@ctkit/${name}${entry === '.' ? '' : entry.slice(1).replace('*', examples[entry] ?? '*')}`),
);
writeFileSync(join(app, 'entries.ts'), `${entries.map((entry, i) => `import * as entry${i} from '${entry}';`).join('\n')}\nexport const all = [${entries.map((_, i) => `entry${i}`).join(', ')}];\n`);
writeFileSync(
  join(app, 'app.tsx'),
  `import { HelplineBanner } from '@ctkit/react';\nimport type { Contact } from '@ctkit/data/schemas';\nexport const App = (props: { contact?: Contact }) => <HelplineBanner variant="compact" contact={props.contact?.id} />;\n`,
);
for (const resolution of [
  { module: 'esnext', moduleResolution: 'bundler' },
  { module: 'nodenext', moduleResolution: 'nodenext' },
]) {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...resolution, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, jsx: 'react-jsx', types: [] }, files: ['entries.ts', 'app.tsx'] }),
  );
  try {
    run(bin('tsc'), ['-p', 'tsconfig.json'], app);
  } catch (error) {
    problems.push(`TypeScript (moduleResolution ${resolution.moduleResolution}) fails on the installed packages:\n${error.stdout}`);
  }
}

if (problems.length > 0) {
  console.error(`packed: ${problems.length} problem(s) with the packages as installed (kept in ${work}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(
  `packed: ${names.map((name) => `@ctkit/${name} (${packed[name].files.size} files)`).join(', ')} installed by npm from their tarballs (${[...registry.values()].reduce((n, v) => n + v.size, 0)} packages from a local registry); the CDN page and an esbuild bundle show the banner in Chromium, ssr.js renders it in Node, TypeScript checks ${entries.length} entries and a React component`,
);
