/**
 * "Show code" for a story: the code that makes it, written from the story's Lit template.
 * Attributes stay in the HTML; a property (`.contact=${…}`) becomes a line of a script file
 * that sets it on the element, by id, since a strict Content-Security-Policy refuses inline
 * script. A ctkit element takes a property set before its code has loaded, so the order of the
 * two script tags does not matter. Event listeners (`@click`) are left out.
 */
import type { TemplateResult } from 'lit';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

interface Collected {
  html: string;
  settings: string[];
}

const isTemplate = (value: unknown): value is TemplateResult => typeof value === 'object' && value !== null && 'strings' in value && 'values' in value;
/** A directive's argument (`ifDefined(x)` is x), or the value itself. */
const plain = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && '_$litDirective$' in value && 'values' in value ? (value as { values: unknown[] }).values[0] : value;

function content(value: unknown, out: Collected, ids: { next: number }): string {
  const v = plain(value);
  if (isTemplate(v)) return walk(v, out, ids);
  if (Array.isArray(v)) return v.map((item) => content(item, out, ids)).join('');
  if (v === undefined || v === null || typeof v === 'symbol' || typeof v === 'boolean') return '';
  return escapeText(String(v));
}

function walk(template: TemplateResult, out: Collected, ids: { next: number }): string {
  let html = '';
  template.strings.forEach((text, i) => {
    html += text;
    if (i >= template.values.length) return;
    const value = plain(template.values[i]);
    const binding = /\s([.?@]?)([\w:-]+)=(["']?)$/.exec(html);
    if (!binding) {
      html += content(value, out, ids);
      return;
    }
    const [whole, kind, name, quote] = binding;
    if (kind === '') {
      html += quote ? escapeAttribute(value === undefined ? '' : String(value)) : `"${escapeAttribute(value === undefined ? '' : String(value))}"`;
      return;
    }
    // Drop the binding (a quoted one's closing quote is already gone: withoutBindingQuotes).
    html = html.slice(0, -whole.length);
    if (kind === '?' && value) html += ` ${name}`;
    if (kind === '.') {
      const open = html.lastIndexOf('<');
      const tag = /^<([\w-]+)/.exec(html.slice(open))?.[1] ?? '';
      let id = /\sid="([^"]+)"/.exec(html.slice(open))?.[1];
      if (!id) {
        id = `${tag || 'element'}-${ids.next++}`;
        const end = open + 1 + tag.length;
        html = `${html.slice(0, end)} id="${id}"${html.slice(end)}`;
      }
      const json = typeof value === 'function' ? '/* a function of yours */ () => {}' : JSON.stringify(value, null, 2);
      out.settings.push(`document.getElementById('${id}').${name} = ${json};`);
    }
  });
  return html;
}

/** The page code and script file that make `template`, as one snippet for "Show code". */
export function storyCode(template: TemplateResult): string {
  const out: Collected = { html: '', settings: [] };
  // A quoted binding leaves its closing quote in the next string: walk a copy with it removed.
  const body = walk(withoutBindingQuotes(template), out, { next: 1 })
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '');
  const spaces = (line: string) => line.length - line.trimStart().length;
  const indent = Math.min(...body.split('\n').filter((line) => line.trim()).map(spaces));
  const markup = body
    .split('\n')
    .map((line) => line.slice(Math.min(indent, spaces(line))))
    .join('\n')
    .trim();
  // The same folder as the Get the code page's zip: the kit at /assets/ctkit/.
  const scripts = ['<script type="module" src="/assets/ctkit/ctkit.min.js"></script>'];
  if (out.settings.length > 0) scripts.push('<script type="module" src="/assets/ctkit/settings.js"></script>');
  if (out.settings.length === 0) return `${scripts.join('\n')}\n\n${markup}`;
  return [
    '<!-- In your page: -->',
    `${scripts.join('\n')}\n\n${markup}`,
    `<!-- In /assets/ctkit/settings.js, a file of your site (no inline script, so a strict Content-Security-Policy allows it): -->\n${out.settings.join('\n')}`,
  ].join('\n\n');
}

/** `template`, with the quote that closes each quoted property, boolean or event binding taken out. */
function withoutBindingQuotes(template: TemplateResult): TemplateResult {
  const strings = [...template.strings];
  for (let i = 0; i < template.values.length; i++) {
    const quote = /\s[.?@][\w:-]+=(["'])$/.exec(strings[i] ?? '')?.[1];
    const next = strings[i + 1] ?? '';
    if (quote && next.startsWith(quote)) strings[i + 1] = next.slice(1);
  }
  const inner = (value: unknown): unknown => {
    const v = plain(value);
    if (isTemplate(v)) return withoutBindingQuotes(v);
    return Array.isArray(v) ? v.map(inner) : value;
  };
  const values = template.values.map(inner);
  return { ...template, strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, values } as TemplateResult;
}
