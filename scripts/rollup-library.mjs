// One rollup setup for every library package: ESM with preserved modules, `.d.ts` beside
// each file, dependencies left external (the integrator's bundler dedupes them).
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// `#...` are the package's own conditional imports: resolved where the package is used.
const external = (id) => id.startsWith('#') || /^(?:lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod|lean-qr|@ctkit\/[^/]+|tslib)(?:\/|$)/.test(id);

/**
 * @param {{ input: string[] | Record<string, string>, tsconfig?: string, minifyTemplates?: boolean }} options
 *   `minifyTemplates`: minify the HTML and CSS inside Lit's html`` and css`` literals, so every
 *   consumer of the npm build gets the smaller code, not only the CDN file.
 * @returns {import('rollup').RollupOptions}
 */
export function libraryConfig({ input, tsconfig = './tsconfig.json', minifyTemplates = false }) {
  return {
    input,
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({ tsconfig, outDir: 'dist', declarationDir: 'dist', noEmitOnError: true }),
      // conservativeCollapse: runs of white space become one space, never none, so the space
      // between two sentences or before a bracket that comes from a value survives.
      ...(minifyTemplates ? [minifyHtmlLiterals({ options: { minifyOptions: { conservativeCollapse: true } } })] : []),
    ],
    onwarn(warning, warn) {
      // A library build must not silently drop an import or swallow a type error.
      if (warning.code === 'UNRESOLVED_IMPORT' || warning.plugin === 'typescript') {
        throw new Error(warning.message);
      }
      warn(warning);
    },
  };
}
