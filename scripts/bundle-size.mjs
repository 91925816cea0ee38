// How many bytes an entry costs a browser: bundled with everything it imports (rollup,
// node-resolve for browsers, terser), gzip -9. Shared by check-size.mjs (ctkit's budgets) and
// compare-size.mjs (ctkit beside other components, measured the same way).
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Bundles one entry; returns the gzip size of the entry chunk and of lazy chunks. */
export async function measure(file) {
  const bundle = await rollup({
    input: file,
    // React is the app's own, not ctkit's cost.
    external: ['react', 'react-dom'],
    plugins: [nodeResolve({ browser: true })],
    onwarn(warning) {
      if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
        throw new Error(`${file}: ${warning.message}`);
      }
    },
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  // What loads with the entry: the entry chunk and every chunk it imports statically.
  const eager = new Set();
  const visit = (fileName) => {
    if (eager.has(fileName) || !chunks.has(fileName)) return; // an external (React)
    eager.add(fileName);
    chunks.get(fileName).imports.forEach(visit);
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry).fileName);
  const sizeOf = (names) => names.reduce((sum, name) => sum + gz(chunks.get(name).code), 0);
  return {
    bytes: sizeOf([...eager]),
    lazyBytes: sizeOf([...chunks.keys()].filter((name) => !eager.has(name))),
    // Modules with code in what loads with the entry, and in all it may load.
    modules: [...eager].flatMap((name) => Object.entries(chunks.get(name).modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id)),
    allModules: [...chunks.values()].flatMap((chunk) => Object.entries(chunk.modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id)),
  };
}

