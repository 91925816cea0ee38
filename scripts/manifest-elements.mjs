// The elements of @ctkit/elements as its custom elements manifest describes them
// (packages/elements/custom-elements.json, made by `cem analyze` from the components' JSDoc).
// Every per-tag list of the build is made from this: rollup's entries
// (packages/elements/rollup.config.mjs), the generated modules (scripts/generate-from-manifest.mjs),
// and the package exports it checks (scripts/check-exports.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** `referral-flowchart` → `referralFlowchart`. */
export const camelCase = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
/** `referral-flowchart` → `ReferralFlowchart`. */
export const pascalCase = (kebab) => camelCase(kebab).replace(/^./, (c) => c.toUpperCase());
/** `ctk-step` → `onCtkStep`: an event's prop in @lit/react and in the Vue typings. */
export const eventProp = (event) => `on${pascalCase(event)}`;
/** A component's folder name: kebab-case, starting with a letter. */
export const componentName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * @typedef {object} ManifestElement
 * @property {string} tag `ctk-referral-flowchart`
 * @property {string} name its folder, `referral-flowchart`
 * @property {string} className `CtkReferralFlowchart`
 * @property {string} classModule `src/referral-flowchart/referral-flowchart.ts`
 * @property {string} defineModule `src/referral-flowchart/define.ts`
 * @property {string} summary its JSDoc `@summary`
 * @property {{ name: string, type: string, description: string }[]} events each `@fires`, with
 *   its type (`CustomEvent<ReferralStepDetail>`; `Event` when the JSDoc gives none)
 */

/**
 * Every element the manifest has a definition for (a `custom-element-definition` export, from
 * `CtkX.define('ctk-x')` in `src/<name>/define.ts`), by tag. Throws, saying what to change,
 * when an element breaks the layout every per-tag list relies on: `<ctk-x>` defined in
 * `src/x/define.ts`, its class in `src/x/x.ts`.
 * @param {string} packageDir the elements package (holds custom-elements.json)
 * @returns {ManifestElement[]}
 */
export function readElements(packageDir) {
  const manifestPath = join(packageDir, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`cem analyze\` in packages/elements first (its build does)`);
  }
  // The manifest names the shipped files (`dist/x/y.js`); the build works from their sources.
  const source = (path) => path.replace(/^\/?dist\//, 'src/').replace(/\.js$/, '.ts');
  const modules = JSON.parse(readFileSync(manifestPath, 'utf8')).modules.map((module) => ({ ...module, path: source(module.path) }));
  const elements = [];
  for (const module of modules) {
    for (const definition of (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
      const tag = definition.name;
      const name = /^src\/([^/]+)\/define\.ts$/.exec(module.path)?.[1];
      const where = `${module.path}: <${tag}>`;
      if (!name || !componentName.test(name)) throw new Error(`${where}: a define module is src/<name>/define.ts, <name> in kebab-case`);
      if (tag !== `ctk-${name}`) throw new Error(`${where}: the define module in src/${name}/ must define <ctk-${name}>`);
      const classModule = source(definition.declaration.module ?? '');
      if (classModule !== `src/${name}/${name}.ts`) {
        throw new Error(`${where}: its class, ${definition.declaration.name}, must be declared in src/${name}/${name}.ts (found: ${classModule || 'nowhere'})`);
      }
      const declaration = modules.find((m) => m.path === classModule)?.declarations?.find((d) => d.name === definition.declaration.name);
      if (!declaration) throw new Error(`${where}: the manifest has no class ${definition.declaration.name} in ${classModule}`);
      // The analyzer lists an event once per @fires tag and once per dispatchEvent it sees: the
      // typed, described one wins.
      const events = new Map();
      for (const event of declaration.events ?? []) {
        if (!event.name) continue;
        const seen = events.get(event.name);
        if (!seen || (!seen.type.text && event.type?.text)) events.set(event.name, { ...event, type: event.type ?? {} });
      }
      elements.push({
        tag,
        name,
        className: declaration.name,
        classModule,
        defineModule: module.path,
        summary: declaration.summary ?? '',
        events: [...events.values()]
          .map((event) => ({ name: event.name, type: event.type.text?.trim() || 'Event', description: event.description ?? '' }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      });
    }
  }
  const tags = elements.map((el) => el.tag);
  const twice = tags.filter((tag, i) => tags.indexOf(tag) !== i);
  if (twice.length > 0) throw new Error(`custom-elements.json: defined more than once: ${[...new Set(twice)].join(', ')}`);
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The names a TypeScript module exports (values and types): those of its exported
 * declarations and `export { … }` lists. Event types name types from the element's class
 * module; the generated modules import the names found here.
 * @param {string} file
 * @returns {Set<string>}
 */
export function exportedNames(file) {
  const ts = createRequire(import.meta.url)('typescript');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names = new Set();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
      continue;
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if (statement.name && ts.isIdentifier(statement.name)) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/**
 * The names in `typeText` that `module` exports, which a generated file must import from it
 * (`CustomEvent<ReferralStepDetail>` → `ReferralStepDetail`). Others are global
 * (`CustomEvent`, `Event`) or keywords.
 * @param {string} typeText
 * @param {Set<string>} moduleExports
 */
export function namesFrom(typeText, moduleExports) {
  const withoutStrings = typeText.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
  return [...new Set(withoutStrings.match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((name) => moduleExports.has(name));
}

/**
 * The package exports a component needs, written by hand in each package.json (and by
 * `pnpm new-component`), checked against the manifest by scripts/check-exports.mjs:
 * `@ctkit/elements/<name>.js` (defines the tag), `@ctkit/elements/<name>/<name>.js` (the class
 * alone) and `@ctkit/react/<name>.js` (its React component).
 * @param {string} name the component's folder, `referral-flowchart`
 */
export function packageEntries(name) {
  return {
    elements: {
      [`./${name}.js`]: { types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` },
      [`./${name}/${name}.js`]: { types: `./dist/${name}/${name}.d.ts`, default: `./dist/${name}/${name}.js` },
    },
    react: {
      [`./${name}.js`]: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    },
  };
}

/** Whether a package.json `sideEffects` pattern (`./dist/*\/define.js`) matches `file`. */
export function sideEffectMatches(pattern, file) {
  const strip = (path) => path.replace(/^\.\//, '');
  const source = strip(pattern)
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?|\*/g, (star) => (star === '*' ? '[^/]*' : '(?:.*/)?'));
  return new RegExp(`^${source}$`).test(strip(file));
}
