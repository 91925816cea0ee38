import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { libraryConfig } from '../../scripts/rollup-library.mjs';

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
      'src/helpline-banner/define.ts',
      'src/contact-directory/define.ts',
      'src/indicator-checklist/define.ts',
      'src/guidance-card/define.ts',
      'src/referral-flowchart/define.ts',
      'src/quick-exit/define.ts',
      // The two targets of the #server-preload import (package.json "imports").
      'src/internal/server-preload.ts',
      'src/internal/server-preload.node.ts',
    ],
    minifyTemplates: true,
  }),
  // The CDN build: one self-contained file (Lit, data and locales inlined) for a plain
  // <script type="module">. Bundled from the npm build above, so TypeScript runs once.
  {
    input: 'dist/cdn.js',
    output: {
      file: 'dist/ctkit.min.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [
      // en-XA is the pseudo-locale our tests use, not a language: leave its strings out of the
      // CDN file (there, setLocale('en-XA') shows the English text).
      { name: 'no-pseudo-locale', load: (id) => (id.endsWith('/generated/locales/en-XA.js') ? 'export const templates = {};' : null) },
      nodeResolve({ browser: true }),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
  },
];
