import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { libraryConfig } from '../../scripts/rollup-library.mjs';
import { readElements } from '../../scripts/manifest-elements.mjs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
/** The locale a dynamic import loads (its UI strings or its data), if it is one. */
const localeOf = (specifier) => /(?:\/generated\/locales\/|^@ctkit\/data\/translations\/)([\w-]+?)(?:\.js)?$/.exec(specifier)?.[1];
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
}

export default [
  // The npm build: one ESM file per source module, with .d.ts.
  libraryConfig({
    input: [
      'src/all.ts',
      'src/cdn.ts',
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
  // The CDN build: one file (Lit and the data inlined) for a plain <script type="module">.
  // Bundled from the npm build above, so TypeScript runs once. Locales are not inlined (they
  // would not fit its size budget): each is a file beside it, loaded by setLocale.
  {
    input: 'dist/cdn.js',
    output: { file: 'dist/ctkit.min.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
    plugins: [
      {
        name: 'locales-beside',
        resolveDynamicImport(specifier) {
          if (typeof specifier !== 'string') return null;
          const locale = localeOf(specifier);
          // en-XA is the pseudo-locale our tests use, not a language: no file (there,
          // setLocale('en-XA') shows the English text).
          if (locale === 'en-XA') return '\0no-pseudo-locale';
          return locale ? { id: resolve(`dist/ctkit-${locale}.min.js`), external: true } : null;
        },
        load: (id) => (id === '\0no-pseudo-locale' ? 'export const templates = {};' : null),
      },
      nodeResolve({ browser: true }),
      terser({ module: true, format: { comments: false } }),
    ],
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
      output: { file: `dist/ctkit-${locale}.min.js`, format: 'es' },
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
];
