/**
 * Parts of `@ctkit/data` that elements load on demand: the contact list, the validators, the
 * indicator sets, the guidance topics and the referral flows.
 *
 * In browsers each is a separate chunk, so an element that needs none costs nothing for them;
 * an element awaits {@link load} before updating, so the first render (and hydration) already
 * has them. On the server (Node) `#server-preload` resolves to a module that imports them all,
 * since server rendering cannot wait.
 */
import type * as contacts from '@ctkit/data/contacts';
import type * as guidance from '@ctkit/data/guidance';
import type * as indicators from '@ctkit/data/indicators';
import type * as referral from '@ctkit/data/referral';
import type * as validate from '@ctkit/data/validate';
import { serverPreload } from '#server-preload';
import { setLoader } from './element.js';

interface Modules {
  contacts: typeof contacts;
  validate: typeof validate;
  indicators: typeof indicators;
  guidance: typeof guidance;
  referral: typeof referral;
}

/** A chunk loaded on demand. */
export type Chunk = keyof Modules;

const importers: { [C in Chunk]: () => Promise<Modules[C]> } = {
  contacts: () => import('@ctkit/data/contacts'),
  validate: () => import('@ctkit/data/validate'),
  indicators: () => import('@ctkit/data/indicators'),
  guidance: () => import('@ctkit/data/guidance'),
  referral: () => import('@ctkit/data/referral'),
};

/** The modules loaded so far (read only). */
export const loaded: Partial<Modules> = { ...serverPreload };

/** Chunks that failed to load: one failure does not block the others. */
const failed = new Set<Chunk>();

/** Whether `chunk` has loaded or failed: an element may render without waiting. */
export const settled = (chunk: Chunk): boolean => !!loaded[chunk] || failed.has(chunk);

/** Loads `chunk` on demand; never rejects (after a failure the chunk stays missing). */
export async function load(chunk: Chunk): Promise<void> {
  if (settled(chunk)) return;
  try {
    (loaded as Record<Chunk, unknown>)[chunk] = await importers[chunk]();
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
