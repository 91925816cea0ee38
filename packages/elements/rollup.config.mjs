import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { libraryConfig } from '../../scripts/rollup-library.mjs';
import { readElements } from '../../scripts/manifest-elements.mjs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
/** The dataset's training scenario sets, by id (the data package is built first). */
const scenarioSetIds = Object.keys((await import('@ctkit/data/translations/scenario-text')).scenarioText);
/** The locale a dynamic import loads (its UI strings or its data), if it is one. */
const localeOf = (specifier) => /(?:\/generated\/locales\/|^@ctkit\/data\/translations\/)([\w-]+?)(?:\.js)?$/.exec(specifier)?.[1];
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
}

/** The locale of a training scenario set's text (`./scenarios-<set>-<locale>.js` of `@ctkit/data`), if it is one. */
const scenarioTextLocale = (specifier) => /\/translations\/scenario-text\.js$/.test(specifier.importer ?? '') ? /^\.\/scenarios-[\w-]+-([a-z]{2,3}(?:-[A-Z]{2})?)\.js$/.exec(specifier.id)?.[1] : undefined;

/**
 * The CDN builds' plugins: each locale is the file beside the entry; Lit and the data are
 * inlined; minified. `single`: the single file, which inlines every other dynamic import, loads
 * each training scenario set (ctkit-scenario-set-<id>.min.js) and the scenarios' text in a
 * locale (ctkit-scenarios-<locale>.min.js, every set's) from files beside it too, so a page that
 * shows no scenarios does not download them; the folder build keeps each a chunk of its own.
 */
const cdnPlugins = (single = false) => [
  {
    name: 'locales-beside',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const scenarios = single ? scenarioTextLocale({ id: specifier, importer }) : undefined;
      if (scenarios) return { id: resolve(`dist/ctkit-scenarios-${scenarios}.min.js`), external: true };
      const set = single ? /^@ctkit\/data\/scenarios\/([\w-]+)$/.exec(specifier)?.[1] : undefined;
      if (set) return { id: resolve(`dist/ctkit-scenario-set-${set}.min.js`), external: true };
      const locale = localeOf(specifier);
      // en-XA is the pseudo-locale our tests use, not a language: no file (there,
      // setLocale('en-XA') shows the English text).
      if (locale === 'en-XA') return '\0no-pseudo-locale';
      // Rollup writes an absolute external as if it sat in the output folder at its path from the
      // inputs' common folder (dist/): so dist/ctkit-cy.min.js is written ./ctkit-cy.min.js from
      // the entry and ../ctkit-cy.min.js from a chunk in chunks/, the file beside the entry.
      return locale ? { id: resolve(`dist/ctkit-${locale}.min.js`), external: true } : null;
    },
    load: (id) => (id === '\0no-pseudo-locale' ? 'export const templates = {};' : null),
  },
  nodeResolve({ browser: true }),
  terser({ module: true, format: { comments: false } }),
];

/**
 * The folder build's entry must import nothing (a page that shows one banner loads the entry and
 * the banner's chunks, no more). The locale list (internal/locale-status.js, plain data) is
 * the entry's, and the awareness poster's language menu needs it too: rather than a chunk the
 * entry would import, the poster's chunk gets a copy of its own (0.4 KiB).
 */
const entryKeepsItsOwn = {
  name: 'entry-keeps-its-own',
  resolveId(source, importer) {
    if (!importer || /[\\/]dist[\\/]cdn\.js$/.test(importer) || !/^\.{1,2}\/(?:.*\/)?locale-status\.js$/.test(source)) return null;
    return `${resolve(dirname(importer.replace(/\?copy$/, '')), source)}?copy`;
  },
  load: (id) => (id.endsWith('.js?copy') ? readFileSync(id.slice(0, -'?copy'.length), 'utf8') : null),
};

export default [
  // The npm build: one ESM file per source module, with .d.ts.
  libraryConfig({
    input: [
      'src/all.ts',
      'src/cdn.ts',
      'src/cdn-all.ts',
      'src/localize.ts',
      'src/ssr.ts',
      'src/vue.ts',
      'src/jsx.ts',
      // Each element's define module (src/<name>/define.ts), as the manifest lists them.
      ...readElements('.').map((el) => el.defineModule),
      // The two targets of the #server-preload import (package.json "imports").
      'src/internal/server-preload.ts',
      'src/internal/server-preload.node.ts',
    ],
    minifyTemplates: true,
  }),
  // The CDN build, dist/cdn/: a folder to copy whole. Bundled from the npm build above, so
  // TypeScript runs once. Locales are not inlined: each is a file beside the entry, loaded by
  // setLocale. ctkit.min.js loads each element (and Lit, and its data) when its tag appears: one
  // chunk per element, shared code in chunks of its own. ctkit.all.min.js is all of it in one file.
  {
    input: { 'ctkit.min': 'dist/cdn.js' },
    // Nothing imports the entry (the default, 'strict', keeps shared code out of it): a page that
    // loads it with a query string (ctkit.min.js?ver=2, as WordPress writes it) loads it once.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Two chunks every element loads: lit-html alone (Lit's hydration support needs it, and
      // must run before the rest of Lit), and the core: the rest of Lit and what every element
      // shares. Few requests, and gzip sees each whole. Directives go with the elements that use them.
      manualChunks: (id) => {
        if (/node_modules\/lit-html\/(?!directives\/)/.test(id) || /node_modules\/lit\/html\.js$/.test(id)) return 'lit-html';
        if (
          /node_modules\/(?:lit|lit-element|@lit\/reactive-element|@lit\/localize)\//.test(id) ||
          /\/dist\/internal\/(?:element|kinds|config-error|locale|styles|markup|visually-hidden|chunks|resolution|server-preload|contact-parts|contacts|hours|json-source|fetched)\.js$/.test(id) ||
          /\/dist\/generated\/version\.js$/.test(id) ||
          /\/data\/dist\/emergency-line\.js$/.test(id)
        ) {
          return 'core';
        }
        // What the topics (or the sets) share: their sources (and the sets' helper).
        const shared = /\/data\/dist\/(guidance|indicators|scenarios|posters)\/(?:sources|define-set)\.js$/.exec(id);
        return shared ? `${shared[1]}-shared` : undefined;
      },
      // Named for people reading the folder: an element's chunk by its folder
      // (chunks/helpline-banner-<hash>.js), a topic's or a set's by its kind and id
      // (chunks/guidance-training-<hash>.js, chunks/indicators-general-<hash>.js,
      // chunks/scenarios-general-<hash>.js; a set's text, chunks/scenarios-general-cy-<hash>.js).
      chunkFileNames: ({ facadeModuleId: facade = '' }) => {
        const element = /\/([\w-]+)\/define\.js$/.exec(facade ?? '')?.[1];
        const item = /\/data\/dist\/(guidance|indicators|scenarios|posters)\/([\w-]+)\.js$/.exec(facade ?? '');
        return `chunks/${element ?? (item ? `${item[1]}-${item[2]}` : '[name]')}-[hash].js`;
      },
    },
    plugins: [entryKeepsItsOwn, ...cdnPlugins()],
    onwarn,
  },
  {
    input: 'dist/cdn-all.js',
    output: { file: 'dist/cdn/ctkit.all.min.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
    // The scenario sets are imported by a bare name: their files beside it are written relative too.
    makeAbsoluteExternalsRelative: true,
    plugins: cdnPlugins(true),
    onwarn,
  },
  // One file per locale for the CDN build: its UI strings and the dataset's text in it, with
  // no imports, so it works wherever ctkit.min.js was loaded from (even with a query string).
  // Its templates need only the tags' results: plain objects that the page's Lit renders (the
  // same shape lit's html and @lit/localize's str return).
  ...targetLocales
    .filter((locale) => locale !== 'en-XA')
    .map((locale) => ({
      input: `\0ctkit-${locale}`,
      output: { file: `dist/cdn/ctkit-${locale}.min.js`, format: 'es' },
      plugins: [
        {
          name: 'locale-entry',
          resolveId: (id) => (id === `\0ctkit-${locale}` ? id : id === 'lit' || id === '@lit/localize' ? `\0tags:${id}` : null),
          load(id) {
            if (id === `\0ctkit-${locale}`) {
              return `export { templates } from '${resolve(`dist/generated/locales/${locale}.js`)}';\nexport { translations } from '@ctkit/data/translations/${locale}';`;
            }
            if (id === '\0tags:lit') return 'export const html = (strings, ...values) => ({ _$litType$: 1, strings, values });';
            if (id === '\0tags:@lit/localize') return 'export const str = (strings, ...values) => ({ strTag: true, strings, values });';
            return null;
          },
        },
        nodeResolve({ browser: true }),
        terser({ module: true, format: { comments: false } }),
      ],
      onwarn,
    })),
  // The single file's training scenario sets, each beside it.
  ...scenarioSetIds.map((set) => ({
      input: `@ctkit/data/scenarios/${set}`,
      output: { file: `dist/cdn/ctkit-scenario-set-${set}.min.js`, format: 'es' },
      plugins: [nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } })],
      onwarn,
    })),
  // The single file's training scenarios' text in each locale, every set's, beside it.
  ...targetLocales
    .filter((locale) => locale !== 'en-XA')
    .map((locale) => ({
      input: `\0ctkit-scenarios-${locale}`,
      output: { file: `dist/cdn/ctkit-scenarios-${locale}.min.js`, format: 'es' },
      plugins: [
        {
          name: 'scenario-text-entry',
          resolveId: (id) => (id === `\0ctkit-scenarios-${locale}` ? id : null),
          async load(id) {
            if (id !== `\0ctkit-scenarios-${locale}`) return null;
            return [
              ...scenarioSetIds.map((set, i) => `import { translations as s${i} } from '@ctkit/data/translations/scenarios-${set}-${locale}';`),
              `export const translations = { ${scenarioSetIds.map((_, i) => `...s${i}`).join(', ')} };`,
            ].join('\n');
          },
        },
        nodeResolve({ browser: true }),
        terser({ module: true, format: { comments: false } }),
      ],
      onwarn,
    })),
];
