// Test-runner plugin: serves `/__bundle/<file>` as that repository file bundled by esbuild
// into one ES module, for libraries the test server cannot serve as they are (React ships
// CommonJS only). What it imports goes into the bundle (one copy of React), but for Lit and
// ctkit's own packages, left as imports for the test server to resolve, as the test page's
// own imports are: one copy of each on the page.
import { resolve } from 'node:path';
import { build } from 'esbuild';

export function bundlePlugin({ root }) {
  return {
    name: 'ctkit-bundle',
    async serve(context) {
      if (!context.path.startsWith('/__bundle/')) return undefined;
      const entry = resolve(root, context.path.slice('/__bundle/'.length));
      if (!entry.startsWith(`${root}/`)) return { status: 403, body: 'outside the repository' };
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        conditions: ['development', 'browser'],
        // React and Vue read these at build time.
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        jsx: 'automatic',
        external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/localize', '@lit-labs/*', '@ctkit/elements', '@ctkit/elements/*', '@ctkit/data', '@ctkit/data/*'],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
