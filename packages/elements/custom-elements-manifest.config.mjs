// custom-elements.json, from the JSDoc in the component classes. It feeds Storybook's arg
// tables and docs, editors, and every per-tag list of the build (scripts/generate-from-manifest.mjs).
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * A define module registers its element with `CtkX.define('ctk-x')` (the base class's define,
 * see src/internal/element.ts), not `customElements.define`: this records the tag on the class
 * and the definition on the module, as the analyzer does for `customElements.define`.
 */
function ctkitDefine() {
  const definitions = [];
  return {
    name: 'ctkit-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      // `customElements.define(...)` is the analyzer's own case; ours is a class's static define.
      if (name.text !== 'define' || !ts.isIdentifier(target) || target.text === 'customElements' || !tag || !ts.isStringLiteral(tag)) return;
      definitions.push({ tag: tag.text, className: target.text });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: target.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      // A define module's `export type {} from '../generated/globals/<name>.js'` (its tag and
      // events in the global maps, types only) is no export: the analyzer would read it as `export *`.
      for (const m of modules) {
        if (m.exports) m.exports = m.exports.filter((e) => !(e.kind === 'js' && e.name === '*' && e.declaration?.module?.startsWith('src/generated/globals/')));
      }
      for (const { tag, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = home?.declarations.find((d) => d.name === className);
        if (!home || !declaration) throw new Error(`custom-elements manifest: ${className}.define('${tag}'): no class ${className} found`);
        declaration.tagName = tag;
        declaration.customElement = true;
        for (const m of modules) {
          for (const e of m.exports ?? []) {
            if (e.kind === 'custom-element-definition' && e.name === tag) e.declaration.module = `/${home.path.replace(/\.ts$/, '.js')}`;
          }
        }
      }
    },
  };
}

/**
 * The manifest describes the package as it ships: `src/` does not, so every module's path and
 * every reference to one of ours names the built file in `dist/` (`src/x/y.ts`, `/src/x/y.js`
 * and `./y.js` from `src/x/` all become `dist/x/y.js`). Runs last, after the analyzer has linked
 * the references. `scripts/check-packed.mjs` checks each one is in the tarball.
 */
function shippedPaths() {
  // A module of types alone (interfaces, type aliases, type-only imports and exports) leaves no
  // JavaScript: rollup writes nothing for it, and it ships as its `.d.ts`.
  const typesOnly = new Map();
  const isTypesOnly = (source) => {
    if (!typesOnly.has(source)) {
      const file = ts.createSourceFile(source, existsSync(source) ? readFileSync(source, 'utf8') : 'export {};', ts.ScriptTarget.Latest);
      const typeOnly = (statement) =>
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) ||
        (ts.isExportDeclaration(statement) && statement.isTypeOnly);
      typesOnly.set(source, existsSync(source) && file.statements.every(typeOnly));
    }
    return typesOnly.get(source);
  };
  const shipped = (path, from) => {
    let resolved = path.replace(/^\//, '');
    if (resolved.startsWith('./') || resolved.startsWith('../')) resolved = new URL(resolved, `file:///${from}`).pathname.slice(1);
    const source = resolved.replace(/\.js$/, '.ts');
    return resolved.replace(/^src\//, 'dist/').replace(/\.(ts|js)$/, isTypesOnly(source) ? '.d.ts' : '.js');
  };
  const relink = (node, from) => {
    if (Array.isArray(node)) node.forEach((item) => relink(item, from));
    else if (node && typeof node === 'object') {
      // A reference to another package's module (`package` set) stays as it is.
      if (typeof node.module === 'string' && !node.package) node.module = shipped(node.module, from);
      Object.values(node).forEach((value) => relink(value, from));
    }
  };
  return {
    name: 'ctkit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        relink(module.declarations, from);
        relink(module.exports, from);
        module.path = shipped(module.path, from);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.fixtures.ts', 'src/**/*.styles.ts', 'src/internal/**', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ctkitDefine(), shippedPaths()],
};
