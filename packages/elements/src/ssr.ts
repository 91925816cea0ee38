/**
 * `@ctkit/elements/ssr` (Node only): renders ctkit elements to HTML with declarative shadow
 * DOM, so numbers, links and the referral flow read before (or without) JavaScript. Needs
 * `@lit-labs/ssr` (an optional peer dependency) and defines every element on import.
 *
 * ```js
 * import { renderHtml, styleHashes } from '@ctkit/elements/ssr.js';
 * const body = renderHtml('<ctk-helpline-banner></ctk-helpline-banner>');
 * const welsh = renderHtml('<ctk-helpline-banner></ctk-helpline-banner>', { locale: 'cy' });
 * ```
 *
 * In a locale (any of `locales`), the UI and the dataset's text are rendered in it, and each
 * element says so (`lang`, `dir`): the CDN entry (`ctkit.min.js`) reads that and loads the
 * locale before the elements hydrate, so they hydrate in it, with no flash of English. From npm,
 * `await setLocale(locale)` (`@ctkit/elements/localize.js`) before importing the elements.
 * (`ctkit.all.min.js` defines every element at once, in English: it hydrates English only.)
 * The first render in another locale configures @lit/localize for the process: it throws if
 * something else configured it already.
 *
 * Each shadow root carries its styles in a `<style>` element: under a Content-Security-Policy
 * without `'unsafe-inline'` for styles, add `await styleHashes(body)` to `style-src`.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule, MsgFn, MsgOptions, TemplateLike } from '@lit/localize';
import { addDataTranslations, followLocale } from './internal/locale.js';
import './internal/server-preload.node.js';
import { localeStatus, sourceLocale } from './internal/locale-status.js';
import * as ar from './generated/locales/ar.js';
import * as cy from './generated/locales/cy.js';
import * as pl from './generated/locales/pl.js';
import * as ro from './generated/locales/ro.js';
import * as sq from './generated/locales/sq.js';
import * as vi from './generated/locales/vi.js';
import { scenarioText } from '@ctkit/data/translations/scenario-text';
import './all.js';

/** Every locale's UI strings, loaded at once (the dataset's text is registered by the server preload): a server renders in any of them, synchronously. */
const ui: Readonly<Record<string, LocaleModule['templates']>> = { ar: ar.templates, cy: cy.templates, pl: pl.templates, ro: ro.templates, sq: sq.templates, vi: vi.templates };
// Each training scenario set's text in each locale, loaded before the first render.
for (const [, locales] of Object.entries(scenarioText)) {
  for (const [locale, load] of Object.entries(locales)) addDataTranslations(locale, (await load()).translations);
}

/** The locale of the render under way (one at a time: rendering is synchronous). */
let rendering = sourceLocale;
followLocale({ getLocale: () => rendering, dir: (locale) => localeStatus[locale]?.dir ?? 'ltr' });

let translating = false;
/**
 * Routes `msg()` through ctkit's tables, on the first render in another locale (English needs
 * nothing). @lit/localize takes one configuration per process: where something else has already
 * configured it, say so.
 */
function translate(): void {
  if (translating) return;
  try {
    _installMsgImplementation(((template: TemplateLike, options?: MsgOptions) => runtimeMsg(ui[rendering], template, options)) as MsgFn);
  } catch (error) {
    throw new Error('ctkit cannot render in another locale: @lit/localize is already configured in this process (configureLocalization, or @ctkit/elements/localize.js, was loaded on the server). Render ctkit in its own process, or in English.', { cause: error });
  }
  translating = true;
}

/** Options for {@link renderHtml} and {@link renderTemplate}. */
export interface RenderOptions {
  /** The locale to render in: one of `locales` (`cy`, `pl`, `ro`, `sq`, `vi`, `ar`), or `en-GB` (the default). */
  locale?: string;
}

/** Runs `render` in `locale`, then goes back to the source locale; throws on a locale ctkit does not have. */
function inLocale<T>(locale: string | undefined, render: () => T): T {
  const wanted = !locale || locale === 'en' ? sourceLocale : locale;
  if (wanted !== sourceLocale && !Object.hasOwn(ui, wanted)) throw new Error(`ctkit has no locale "${locale}". Use one of: ${Object.keys(localeStatus).join(', ')}.`);
  if (wanted !== sourceLocale) translate();
  rendering = wanted;
  try {
    return render();
  } finally {
    rendering = sourceLocale;
  }
}

/**
 * Renders a Lit template (which may hold ctkit elements, with property bindings) to HTML. Each
 * shadow root is a `<template shadowrootmode="open">`: Lit's server renderer also writes the
 * legacy `shadowroot` attribute, which no current browser reads and HTML validators reject, so
 * it is left out.
 */
export function renderTemplate(template: TemplateResult, options: RenderOptions = {}): string {
  return inLocale(options.locale, () => collectResultSync(render(template))).replaceAll('<template shadowroot="open" shadowrootmode="open"', '<template shadowrootmode="open"');
}

/**
 * Renders markup such as `<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>`
 * to HTML, each ctkit element with its shadow root. The markup is your page's own: it is
 * rendered as HTML, not escaped, so never pass it text from a visitor. `options.locale`: the
 * language to render in (default British English).
 */
export function renderHtml(markup: string, options: RenderOptions = {}): string {
  // A template of its own each time: lit/static-html would keep every distinct markup it
  // was given in a cache for the life of the server.
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return renderTemplate({ ['_$litType$']: 1, strings, values: [] } as TemplateResult, options);
}

/**
 * The `'sha256-…'` sources of every `<style>` element in `rendered`, for the `style-src` of a
 * Content-Security-Policy, each once.
 */
export async function styleHashes(rendered: string): Promise<string[]> {
  const styles = [...new Set([...rendered.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css ?? ''))];
  const hashes = await Promise.all(
    styles.map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
  return [...new Set(hashes)];
}
