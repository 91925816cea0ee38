/**
 * `@ctkit/elements/ssr` (Node only): renders ctkit elements to HTML with declarative shadow
 * DOM, so numbers, links and the referral flow read before (or without) JavaScript. Needs
 * `@lit-labs/ssr` (an optional peer dependency) and defines every element on import.
 *
 * ```js
 * import { renderHtml, styleHashes } from '@ctkit/elements/ssr.js';
 * const body = renderHtml('<ctk-helpline-banner></ctk-helpline-banner>');
 * ```
 *
 * Each shadow root carries its styles in a `<style>` element: under a Content-Security-Policy
 * without `'unsafe-inline'` for styles, add `await styleHashes(body)` to `style-src`.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import './all.js';

/**
 * Renders a Lit template (which may hold ctkit elements, with property bindings) to HTML. Each
 * shadow root is a `<template shadowrootmode="open">`: Lit's server renderer also writes the
 * legacy `shadowroot` attribute, which no current browser reads and HTML validators reject, so
 * it is left out.
 */
export function renderTemplate(template: TemplateResult): string {
  return collectResultSync(render(template)).replaceAll('<template shadowroot="open" shadowrootmode="open"', '<template shadowrootmode="open"');
}

/**
 * Renders markup such as `<ctk-referral-flowchart view="diagram"></ctk-referral-flowchart>`
 * to HTML, each ctkit element with its shadow root. The markup is your page's own: it is
 * rendered as HTML, not escaped, so never pass it text from a visitor.
 */
export function renderHtml(markup: string): string {
  // A template of its own each time: lit/static-html would keep every distinct markup it
  // was given in a cache for the life of the server.
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return renderTemplate({ ['_$litType$']: 1, strings, values: [] } as TemplateResult);
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
