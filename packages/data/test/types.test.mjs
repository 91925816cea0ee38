// The published types of @ctkit/data as an engineer meets them in an editor: read through
// TypeScript's language service from the built .d.ts files, resolved through the package's
// exports, as an app that installed the package would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('../../../', import.meta.url).pathname;
const dist = join(root, 'packages/data/dist');

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

test('every field of every record type is documented in the published .d.ts', () => {
  const undocumented = [];
  let fields = 0;
  for (const file of [...declarations(join(dist, 'schemas')), join(dist, 'validate.d.ts'), join(dist, 'translate.d.ts')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    // The record types (interfaces and type aliases), not the schemas' own zod types.
    const visit = (node, owner) => {
      if (ts.isVariableStatement(node)) return;
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) owner = node.name.text;
      if (owner && (ts.isPropertySignature(node) || ts.isMethodSignature(node))) {
        fields += 1;
        if (ts.getJSDocCommentsAndTags(node).length === 0) undocumented.push(`${file.slice(dist.length + 1)}: ${owner}.${node.name.getText(source)}`);
      }
      ts.forEachChild(node, (child) => visit(child, owner));
    };
    visit(source, '');
  }
  assert.ok(fields > 100, `found ${fields} fields`);
  assert.deepEqual(undocumented, []);
});

/** A file in an app that imports the package, and TypeScript's language service over it. */
function editor(text) {
  const file = join(root, 'probe-types.ts');
  const options = { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true };
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(text);
      return ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)) : undefined;
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host);
  return {
    /** The hover at the first `marker` in the text (at its last character). */
    hover(marker) {
      const at = text.indexOf(marker) + marker.length - 1;
      const info = service.getQuickInfoAtPosition(file, at);
      return { type: ts.displayPartsToString(info?.displayParts), docs: ts.displayPartsToString(info?.documentation) };
    },
    /** Each error as `line: code`. */
    errors: () =>
      service.getSemanticDiagnostics(file).map((d) => `${text.slice(0, d.start).split('\n').length}: TS${d.code}`),
  };
}

test('hovering a field in an editor shows its documentation', () => {
  const { hover, errors } = editor(`import { getContact } from '@ctkit/data/contacts';
import { parseContact } from '@ctkit/data/validate';
const helpline = getContact('modern-slavery-helpline');
export const offered = helpline.interpreters;
export const cost = helpline.phones[0]?.freephone;
const result = parseContact({});
export const where = result.ok ? [] : result.errors.map((e) => e.pathText);
`);
  assert.deepEqual(errors(), []);
  const interpreters = hover('helpline.interpreters');
  assert.match(interpreters.type, /\(property\) Contact<"modern-slavery-helpline">\.interpreters\?: boolean/);
  assert.match(interpreters.docs, /interpreters are offered/);
  assert.match(hover('?.freephone').docs, /free to call from UK landlines and mobiles/);
  assert.match(hover('e.pathText').docs, /contact\.phones\[0\]\.number/);
});

test('a misspelt id does not compile, a checked string does, and records cannot be changed', () => {
  const { hover, errors } = editor(`import { contacts, getContact, isContactId, type ContactId } from '@ctkit/data/contacts';
import { getGuidanceTopic } from '@ctkit/data/guidance';
import { getReferralFlow } from '@ctkit/data/referral';
import { getIndicatorSet, type SectorId } from '@ctkit/data/indicators';
getContact('modern-slavery-helplin');
getGuidanceTopic('trainng');
getReferralFlow('scotland-x');
getIndicatorSet('hotels');
const id: string = location.search.slice(1);
if (isContactId(id)) getContact(id).name.toUpperCase();
contacts[0]!.name = 'x';
getContact('acas').phones[0]!.number = '999';
export const sector: SectorId = 'hospitality';
export type Id = ContactId;
`);
  assert.deepEqual(errors(), ['5: TS2345', '6: TS2345', '7: TS2345', '8: TS2345', '11: TS2540', '12: TS2540']);
  assert.match(hover('type Id').type, /"modern-slavery-helpline"/);
});
