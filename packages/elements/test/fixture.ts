/**
 * One test, two render modes (after Web Awesome's fixture): every component test renders its
 * fixture on the client, and server-rendered with @lit-labs/ssr then hydrated. A hydration
 * mismatch, an uncaught error or a rejected promise during rendering fails the test.
 *
 * Import this module before anything that imports `lit`: it brings in the hydration support
 * that must load first.
 */
import { cleanupFixtures, csrFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { hydrate } from '@lit-labs/ssr-client';
import type { ReactiveElement, TemplateResult } from 'lit';

/** Built element modules are served from here; fixtures name modules relative to it. */
const distBase = new URL('../dist/', import.meta.url).href;

export interface RenderMode {
  name: string;
  fixture: typeof csrFixture;
}

/**
 * Server-rendered, then hydrated as a page would be: the page's own template first (which
 * sets the element's properties, such as a custom `.contact`), then the element. (The
 * library's `ssrHydratedFixture` skips the first step for a top-level element, so property
 * bindings never reach it.)
 */
const ssrHydrated = (async (template, options) => {
  const el = await ssrNonHydratedFixture(template, options);
  hydrate(template, el.parentElement as HTMLElement);
  el.removeAttribute('defer-hydration');
  await (el as unknown as ReactiveElement).updateComplete;
  return el;
}) as typeof csrFixture;

export const renderModes: readonly RenderMode[] = [
  { name: 'client-rendered', fixture: csrFixture },
  { name: 'server-rendered and hydrated', fixture: ssrHydrated },
];

export interface Rendered<T extends HTMLElement> {
  el: T;
  /** What the element logged with console.error while it rendered. */
  consoleErrors: string[];
}

/**
 * Renders `template` in `mode` after loading `modules` (paths relative to
 * `packages/elements/dist/`, for example `helpline-banner/define.js`) on the page too.
 */
export async function render<T extends HTMLElement>(
  mode: RenderMode,
  template: TemplateResult,
  modules: readonly string[],
): Promise<Rendered<T>> {
  const consoleErrors: string[] = [];
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await Promise.all(modules.map((m) => import(new URL(m, distBase).href)));
    const el = await mode.fixture<T>(template, { modules: [...modules], base: distBase });
    await (el as unknown as ReactiveElement).updateComplete;
    // Let any late error or rejection surface before we look.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (uncaught.length > 0) {
      throw new Error(`rendering raised: ${uncaught.map(String).join('\n')}`);
    }
    return { el, consoleErrors };
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

export { cleanupFixtures };

const namingAttributes = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];

/**
 * What a user reads or hears: text nodes (not style sheets) and naming attributes, through
 * nested shadow roots. `skipLang` leaves out text marked as left in English (`lang="en"`; a
 * component's root carries the UI locale's own `lang`) or not to be translated (`translate="no"`).
 */
export function visibleStrings(root: ShadowRoot | Element, { skipLang = false } = {}): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const skip = skipLang ? 'style, script, template, [lang="en"], [translate="no"]' : 'style, script, template';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest(skip)) out.push(node.textContent ?? '');
      continue;
    }
    const element = node as Element;
    for (const name of namingAttributes) {
      const value = element.getAttribute(name);
      if (value) out.push(value);
    }
    if (element.shadowRoot) out.push(...visibleStrings(element.shadowRoot, { skipLang }));
  }
  return out;
}

/** The visible text of `root` with white space collapsed. */
export function visibleText(root: ShadowRoot | Element): string {
  return visibleStrings(root).join(' ').replace(/\s+/g, ' ').trim();
}

/** The element's shadow root, failing clearly when there is none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}
