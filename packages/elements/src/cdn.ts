/**
 * The CDN build's entry, `ctkit.min.js`, in `dist/cdn/`: a folder to copy whole. It knows every
 * ctkit tag, and loads an element's code (with Lit, and the data it shows) only when its tag
 * first appears in the page, including elements added later: a page with one helpline banner
 * downloads the banner and what every element shares, and nothing else. Where the server
 * rendered an element (`@ctkit/elements/ssr.js`), Lit's hydration support loads first, so it
 * hydrates instead of rendering a second time.
 *
 * It exports the locale controls of `@ctkit/elements/localize.js`: the localization itself loads
 * on the first {@link setLocale}, and each locale is a file beside this one (`ctkit-cy.min.js`…).
 * `ctkit.all.min.js`, beside it, is everything in one file.
 * @module
 */
import { tagLoaders } from './generated/cdn-tags.js';
import { localeStatus, sourceLocale } from './internal/locale-status.js';
import type { LocaleControls } from './internal/localization.js';

export { locales, localeStatus, matchLocale, type LocaleStatus } from './internal/locale-status.js';
export type * from './all.js';

/** The elements the server rendered (their shadow roots came with the HTML), not yet defined. */
const serverRendered = [...document.querySelectorAll(':not(:defined)')].filter((el) => el.localName in tagLoaders && el.shadowRoot);

/**
 * Lit's hydration support, where the page came with an element the server rendered. It must
 * patch Lit before Lit runs, so every element waits for it.
 */
const hydrationSupport = serverRendered.length > 0 ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js') : undefined;

/**
 * The locale the server rendered in (`renderHtml(markup, { locale })`: each element's root says
 * it in `lang`), if not the source locale: loaded before any element hydrates, so they hydrate
 * in it, with no flash of English.
 */
const serverLocale = serverRendered
  .map((el) => [...(el.shadowRoot?.children ?? [])].find((child) => child.hasAttribute('lang'))?.getAttribute('lang'))
  .find((lang): lang is string => !!lang && lang !== sourceLocale && Object.hasOwn(localeStatus, lang));

/** What every element waits for before it is defined: Lit's hydration support, then the server's locale. */
const hydration = serverLocale
  ? Promise.resolve(hydrationSupport).then(() =>
      applyLocale(serverLocale).catch((error: unknown) => console.error(`ctkit: the locale "${serverLocale}" the page was rendered in could not be loaded.`, error)),
    )
  : hydrationSupport;

/**
 * Fetched beside an element's own code, not after it: what every element imports (Lit, and
 * ctkit's core) and the data an element always shows. Hints only: the element still asks for
 * what it needs, and a hint that fails is asked for again then.
 */
const alongside = (tag: string): Promise<unknown>[] => [
  // Each picks one export, so that the rest can be left out where nothing else uses it.
  import('lit/html.js').then(({ nothing }) => nothing),
  import('./internal/element.js').then(({ CtkElement }) => CtkElement),
  ...(tag === 'ctk-contact-directory' || tag === 'ctk-referral-flowchart' ? [import('@ctkit/data/contacts').then(({ contacts }) => contacts)] : []),
  ...(tag === 'ctk-referral-flowchart' ? [flowHint()] : []),
  ...(tag === 'ctk-indicator-checklist' ? [import('@ctkit/data/indicators/general').then(({ indicatorSet }) => indicatorSet)] : []),
];

/** The flow the page's first flowchart shows (by its `flow`, else its `region`), fetched beside its code. */
function flowHint(): Promise<unknown> {
  const el = document.querySelector('ctk-referral-flowchart');
  const id = el?.getAttribute('flow') || el?.getAttribute('region');
  const module =
    id === 'scotland' ? import('@ctkit/data/referral/scotland') : id === 'northern-ireland' ? import('@ctkit/data/referral/northern-ireland') : import('@ctkit/data/referral/england-wales');
  return module.then(({ flow }) => flow);
}

/** Each tag being loaded or defined: resolves once it is defined. */
const loading = new Map<string, Promise<void>>();

/**
 * Loads `tag`'s class (after Lit's hydration support, where it loads: nothing may run Lit before
 * it) and defines it once `before` has settled.
 */
function define(tag: string, loader: () => Promise<{ define(tag: string): void }>, before?: Promise<unknown>): Promise<void> {
  const element = (hydration ?? Promise.resolve()).then(() => Promise.all([loader(), ...alongside(tag).map((hint) => hint.catch(() => undefined))]));
  const promise = Promise.all([element, before?.catch(() => undefined)]).then(([[constructor]]) => constructor.define(tag));
  loading.set(tag, promise);
  // A file that did not load is tried again when the tag next appears (or on the next call).
  promise.catch((error: unknown) => {
    loading.delete(tag);
    console.error(`<${tag}>: its code could not be loaded from beside ctkit.min.js. Check that the whole folder was copied.`, error);
  });
  return promise;
}

/**
 * Loads and defines `tag` (a ctkit tag), once; resolves when it is defined. The entry calls it
 * for every ctkit tag that appears in the page; call it yourself to define a tag before it is in
 * the page (for example to read its class with `customElements.get`).
 */
export function load(tag: string): Promise<void> {
  const loader = tagLoaders[tag];
  if (!loader) return Promise.reject(new Error(`<${tag}> is not a ctkit element`));
  return loading.get(tag) ?? define(tag, loader);
}

/** The ctkit tags in `root` (and `root` itself) not yet defined or loading, in document order. */
function undefinedTags(root: Element | Document): string[] {
  const elements = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll(':not(:defined)')];
  const tags = elements.map((el) => el.localName).filter((tag) => tag in tagLoaders && !customElements.get(tag) && !loading.has(tag));
  return [...new Set(tags)];
}

/** Rendered: every element with this tag in the page has finished its first update. */
const rendered = (tag: string): Promise<unknown> =>
  Promise.all([...document.getElementsByTagName(tag)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));

// The tags the page starts with load together and are defined in the page's order, each once
// the ones above it have rendered: an element that renders never moves one already on screen
// (no layout shift), and the first ones show without waiting for the rest.
let above: Promise<unknown> | undefined;
for (const tag of undefinedTags(document)) {
  const loader = tagLoaders[tag];
  if (!loader) continue;
  const defined = define(tag, loader, above);
  defined.catch(() => {});
  above = defined.then(() => rendered(tag));
}
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) for (const tag of undefinedTags(node)) load(tag).catch(() => {});
}).observe(document, { childList: true, subtree: true });

let controls: LocaleControls | undefined;
let localization: Promise<LocaleControls> | undefined;

/** The locale elements currently render in: the source locale until {@link setLocale} is called. */
export const getLocale = (): string => controls?.getLocale() ?? sourceLocale;

/**
 * Switches every ctkit element on the page to `locale` (one of {@link locales}); resolves once
 * the locale has loaded (its file beside this one), when elements start to re-render. Rejects
 * on a locale ctkit does not have: use {@link matchLocale} to pick one from a reader's
 * preferences. See `@ctkit/elements/localize.js`.
 */
export async function setLocale(locale: string): Promise<void> {
  // After the server's locale, where the page came in one: the reader's choice comes last.
  await hydration;
  await applyLocale(locale);
}

/** Loads the localization (once) and switches to `locale`. */
async function applyLocale(locale: string): Promise<void> {
  localization ??= (hydrationSupport ?? Promise.resolve())
    .then(() => import('./internal/localization.js'))
    .then((module) => (controls = module.localization((code) => localeStatus[code]?.dir ?? 'ltr')));
  // If it did not load, the next call tries again.
  const loaded = await localization.catch((error: unknown) => {
    localization = undefined;
    throw error;
  });
  await loaded.setLocale(locale);
}
