/**
 * Parts of `@ctkit/data` that elements load on demand: the contact list, the validators, and
 * each guidance topic, indicator set and referral flow on its own (a card loads the topic it
 * shows, a checklist the general signs and its sector's, a flowchart its nation's flow).
 *
 * In browsers each is a separate chunk, so an element that needs none costs nothing for them;
 * an element awaits {@link load} before updating, so the first render (and hydration) already
 * has them. On the server (Node) `#server-preload` resolves to a module that imports them all,
 * since server rendering cannot wait.
 */
import type * as contacts from '@ctkit/data/contacts';
import type * as validate from '@ctkit/data/validate';
import { serverPreload } from '#server-preload';
import { setLoader } from './element.js';

/** The modules loaded whole. */
interface Modules {
  contacts: typeof contacts;
  validate: typeof validate;
}

const importers: { [C in keyof Modules]: () => Promise<Modules[C]> } = {
  contacts: () => import('@ctkit/data/contacts'),
  validate: () => import('@ctkit/data/validate'),
};

/**
 * A chunk loaded on demand: a module, or one item of a kind of the dataset's (a guidance topic,
 * `guidance/<id>`; an indicator set, `indicators/<sector>`), see {@link items}.
 */
export type Chunk = keyof Modules | `${string}/${string}`;

/** The modules loaded so far (read only). */
export const loaded: Partial<Modules> = { ...serverPreload };

/** The whole data modules, on the server (see `#server-preload`); in browsers, undefined. */
export const preloaded = serverPreload;

/** Items of one kind of the dataset's, each loaded alone (see {@link items}). */
export interface Items<T> {
  /** The ids the dataset has, in its order. */
  readonly ids: readonly string[];
  /** The item `id`, once loaded. */
  get(id: string): T | undefined;
  /** The chunk that holds item `id`, for `needs()`. */
  chunk(id: string): Chunk;
}

interface Kind {
  settled(id: string): boolean;
  load(id: string): Promise<void>;
}
const kinds = new Map<string, Kind>();

/**
 * Registers a kind of item (`guidance`: the topics), each loaded alone by its importer, so an
 * element loads only the item it shows; the element that shows them holds the importers (one
 * static `import()` per item, for bundlers), and this module none. `preload` is every item, on
 * the server.
 */
export function items<T, M>(kind: string, importers: Readonly<Record<string, () => Promise<M>>>, pick: (module: M) => T, preload?: Iterable<readonly [string, T]>): Items<T> {
  const found = new Map<string, T>(preload);
  kinds.set(kind, {
    // An id the dataset does not have is settled at once: nothing to wait for.
    settled: (id) => found.has(id) || !Object.hasOwn(importers, id),
    load: async (id) => {
      const importer = importers[id];
      if (importer) found.set(id, pick(await importer()));
    },
  });
  return { ids: Object.keys(importers), get: (id) => found.get(id), chunk: (id) => `${kind}/${id}` };
}

/** Chunks that failed to load: one failure does not block the others. */
const failed = new Set<Chunk>();

/** The kind of item and the id a chunk names, if it names an item. */
function item(chunk: Chunk): { kind: Kind; id: string } | undefined {
  const slash = chunk.indexOf('/');
  const kind = slash > 0 ? kinds.get(chunk.slice(0, slash)) : undefined;
  return kind && { kind, id: chunk.slice(slash + 1) };
}

/** Whether `chunk` has loaded or failed (or names nothing the dataset has): an element may render without waiting. */
export function settled(chunk: Chunk): boolean {
  const named = item(chunk);
  return failed.has(chunk) || (named ? named.kind.settled(named.id) : !!loaded[chunk as keyof Modules]);
}

/** Loads `chunk` on demand; never rejects (after a failure the chunk stays missing). */
export async function load(chunk: Chunk): Promise<void> {
  if (settled(chunk)) return;
  const named = item(chunk);
  try {
    if (named) await named.kind.load(named.id);
    else (loaded as Record<string, unknown>)[chunk] = await importers[chunk as keyof Modules]();
  } catch {
    failed.add(chunk);
  }
}

/**
 * Loads what `needs()` names until it names nothing more: the element's configuration may
 * change while a chunk loads. The base class (`element.ts`) runs it before each update: set
 * below, so an element that needs no data (and so never imports this module) carries none of it.
 */
export async function loadAll(needs: () => Chunk[]): Promise<void> {
  for (let missing = needs(); missing.length > 0; missing = needs()) await Promise.all(missing.map(load));
}

setLoader(loadAll);
