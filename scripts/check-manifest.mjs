// Checks the custom elements manifest that the build generates from JSDoc: the package's
// `customElements` field points at it, and every element documents its tag, summary, public
// attributes and properties, events, slots, CSS parts and custom properties. Integrators,
// Storybook's docs and the framework wrappers all read this file: an undocumented member
// is a hole in the product's documentation.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = 'packages/elements';
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const problems = [];
const manifestPath = join(packageDir, pkg.customElements ?? '');
if (!pkg.customElements || !existsSync(manifestPath)) {
  console.error(`${packageDir}: the customElements field must name the generated manifest (found ${pkg.customElements})`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));
const defined = new Set(manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)));

if (elements.length === 0) problems.push('no custom elements found');
for (const el of elements) {
  const where = `${el.tagName ?? el.name} (${el.path})`;
  if (!el.tagName?.startsWith('ctk-')) problems.push(`${where}: no ctk- tag name`);
  if (!defined.has(el.tagName)) problems.push(`${where}: no define module registers it`);
  if (!el.summary) problems.push(`${where}: no @summary`);
  if (!el.description) problems.push(`${where}: no description`);
  const isPublic = (m) => !m.privacy || m.privacy === 'public';
  for (const member of (el.members ?? []).filter(isPublic)) {
    if (!member.description && !member.static) problems.push(`${where}: ${member.kind} "${member.name}" has no description`);
  }
  for (const kind of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
    for (const item of el[kind] ?? []) {
      if (!item.description) problems.push(`${where}: ${kind} "${item.name || '(default)'}" has no description`);
    }
  }
}

// Every custom property the styles read, and every part a template names, is documented.
const documentedProps = new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
for (const file of readdirSync(join(packageDir, 'src'), { recursive: true })) {
  if (!String(file).endsWith('.ts') || /\.(test|fixtures)\.ts$/.test(file)) continue;
  const code = readFileSync(join(packageDir, 'src', String(file)), 'utf8');
  for (const [name] of code.matchAll(/--ctk-[a-z-]+/g)) {
    if (!documentedProps.has(name)) problems.push(`${file}: ${name} is used but no element documents it (@cssprop)`);
  }
  const folder = String(file).split('/')[0];
  const el = elements.find((e) => e.tagName === `ctk-${folder}`);
  if (!el) continue;
  const parts = new Set((el.cssParts ?? []).map((p) => p.name));
  for (const [, names] of code.matchAll(/part="([a-z -]+)"/g)) {
    for (const name of names.split(' ')) if (!parts.has(name)) problems.push(`${file}: part "${name}" is not documented on <${el.tagName}> (@csspart)`);
  }
}

if (problems.length > 0) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${elements.length} element(s), all documented (${elements.map((e) => e.tagName).join(', ')})`);
