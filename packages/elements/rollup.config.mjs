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
      'src/helpline-banner/define.ts',
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
    plugins: [nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } })],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
  },
];
