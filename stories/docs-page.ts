/**
 * The custom elements manifest as Storybook's Docs pages read it. Each page leads with the
 * component's purpose (its JSDoc), then when to use it and when not to, do and don't
 * (stories/usage.ts), how to put it on a page, and its methods, which Storybook's tables leave
 * out. The API table has one row per thing: a property and its attribute are one row
 * (`headingLevel` · `heading-level`), and slots and parts are named as they are written
 * (`slot="contact"`, `::part(emergency)`), so none hides another of the same name (the
 * banner's `emergency` attribute and part, the checklist's `contact` property and slot).
 * Private and protected members stay out.
 */
import type { Usage } from './usage.js';

interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  fieldName?: string;
  attribute?: string;
  parameters?: { name: string; optional?: boolean; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Named[];
  attributes?: Named[];
  slots?: Named[];
  cssParts?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** The page's text after the component's own description. */
export function guidance(tag: string, usage: Usage | undefined, methods: readonly Named[]): string {
  const sections: string[] = [];
  if (usage) {
    sections.push(`### When to use it\n\n${list(usage.use)}`, `### When not to use it\n\n${list(usage.avoid)}`);
    sections.push(`### Do\n\n${list(usage.do)}`, `### Don't\n\n${list(usage.dont)}`);
  }
  sections.push(
    [
      '### Put it on a page',
      '',
      'Put the kit in one folder of your site, here `/assets/ctkit/`: the `assets/ctkit/` folder of the zip from the **Get the code** page, or `packages/elements/dist/cdn/` after a build of the repository (ctkit is not on the npm registry yet). Then:',
      '',
      '```html',
      '<script type="module" src="/assets/ctkit/ctkit.min.js"></script>',
      `<${tag}></${tag}>`,
      '```',
      '',
      `With a bundler, once ctkit is released: \`import '@ctkit/elements/${tag.replace(/^ctk-/, '')}.js';\`. "Show code" under each story gives the markup that makes it: attributes in HTML, and any property set from a script file (no inline script, so a strict Content-Security-Policy allows it).`,
    ].join('\n'),
  );
  const signature = (method: Named) => `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
  sections.push(
    methods.length > 0
      ? `### Methods\n\n| method | what it does |\n| --- | --- |\n${methods.map((m) => `| \`${signature(m)}\` | ${(m.description ?? '').replace(/\n/g, ' ').replace(/\|/g, '\\|')} |`).join('\n')}`
      : `### Methods\n\nNone of its own: set its attributes and properties.`,
  );
  return sections.join('\n\n');
}

const isPublic = (member: Named) => !member.privacy || member.privacy === 'public';

/** The manifest with each element's Docs page text and one row per thing (see above). */
export function docsManifest<T>(manifest: T, usage: Readonly<Record<string, Usage>>): T {
  const copy = JSON.parse(JSON.stringify(manifest)) as Manifest;
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.members) continue;
    declaration.members = declaration.members.filter(isPublic);
    if (!declaration.tagName) continue;
    const methods = declaration.members.filter((member) => member.kind === 'method' && !member.static);
    declaration.description = `${declaration.description ?? ''}\n\n${guidance(declaration.tagName, usage[declaration.tagName], methods)}`;
    // A property and its attribute are one row: `contact`, or `headingLevel · heading-level`.
    const covered = new Set<Named>();
    for (const member of declaration.members) {
      const attribute = declaration.attributes?.find((a) => a.fieldName === member.name);
      if (!attribute) continue;
      covered.add(attribute);
      if (attribute.name !== member.name) member.name = `${member.name} · ${attribute.name}`;
    }
    declaration.attributes = declaration.attributes?.filter((a) => !covered.has(a));
    for (const slot of declaration.slots ?? []) slot.name = slot.name ? `slot="${slot.name}"` : '(default slot)';
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
  return copy as T;
}
