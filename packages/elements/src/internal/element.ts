import { LitElement, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { loadAll, type Chunk } from './chunks.js';
import { logConfigError, logShownError } from './config-error.js';

/**
 * How a property's value is made safe before the element uses it (see `CtkElement.kinds`):
 * - `text`: a string (a finite number is written out); anything else is `''`, the default;
 * - `id-or-object`: an id (a string) or an object, which the validator checks; anything else
 *   is `''`, the default;
 * - `object`: an object, which the validator checks; anything else is `undefined`, none;
 * - `list`: an array, whose items the validator checks; anything else is `[]`;
 * - `optional-list`: an array; anything else is `undefined`, none;
 * - `number`: a number; anything else is `NaN`, which the element reads as its default;
 * - `on`: `true` unless `false` (or the string `'false'`); `off`: `false` unless `true`.
 *
 * `null` and `undefined` mean "not set": they become the default without a word. Any other
 * value of the wrong type, and an object that cannot be read (a Proxy that throws), is named
 * in the console.
 */
export type PropertyKind = 'text' | 'id-or-object' | 'object' | 'list' | 'optional-list' | 'number' | 'on' | 'off';

/** Whether the properties of `value` can be listed without throwing (a hostile Proxy cannot). */
function readable(value: object): boolean {
  try {
    if (Array.isArray(value)) void value.length;
    else Object.keys(value);
    return true;
  } catch {
    return false;
  }
}

/** `value` made safe as `kind`, and whether it had to be refused. */
function coerce(kind: PropertyKind, value: unknown): { value: unknown; refused: boolean } {
  const unset = value === null || value === undefined;
  const object = typeof value === 'object' && value !== null;
  const ok = (safe: unknown) => ({ value: safe, refused: false });
  const refuse = (safe: unknown) => ({ value: safe, refused: !unset });
  switch (kind) {
    case 'text':
      if (typeof value === 'string') return ok(value);
      return typeof value === 'number' && Number.isFinite(value) ? ok(String(value)) : refuse('');
    case 'id-or-object':
      if (typeof value === 'string') return ok(value);
      return object && readable(value) ? ok(value) : refuse('');
    case 'object':
      return object && readable(value) ? ok(value) : refuse(undefined);
    case 'list':
    case 'optional-list':
      return Array.isArray(value) && readable(value) ? ok(value) : refuse(kind === 'list' ? [] : undefined);
    case 'number':
      return typeof value === 'number' ? ok(value) : refuse(NaN);
    case 'on':
      return ok(value !== false && value !== 'false');
    case 'off':
      return ok(value === true);
  }
}

/** A value as a console message can show it, whatever it is. */
function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === 'symbol' ? value.toString() : Array.isArray(value) ? 'an array' : typeof value;
  } catch {
    return 'an unreadable value';
  }
}

/**
 * What every ctkit element that shows data shares: it re-renders when the locale changes,
 * loads the parts of `@ctkit/data` its configuration needs before it renders (so the first
 * render, and hydration, already has them), and logs in the console the configuration error
 * it shows.
 *
 * Properties a page sets before the element is defined (a framework, or a script that runs
 * before ctkit's) reach the element only when Lit plays them back, at the start of its first
 * update: after `scheduleUpdate` has looked at what to load. So the first update checks again,
 * and when something is still missing it loads it and updates again with the same changes,
 * instead of rendering a "could not be loaded" error.
 */
export class CtkElement extends LitElement {
  /** Marks ctkit's elements, whichever copy of ctkit defined them (see `define`). */
  static readonly ctkit: boolean = true;

  /**
   * The kind of each property a page may set, so that a careless or hostile value (`null`,
   * `NaN`, a Symbol, a Proxy that throws) is made safe before the element reads it, never
   * thrown on. Each element declares its own.
   */
  protected static kinds: Readonly<Record<string, PropertyKind>> = {};

  #deferred?: Promise<void>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The parts of `@ctkit/data` the current configuration needs that have not settled yet. */
  protected needs(): Chunk[] {
    return [];
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Until ready: the configuration may change while a chunk loads.
    await loadAll(() => this.needs());
    super.scheduleUpdate();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.#coerce(changed);
    if (this.needs().length === 0) return true;
    const pending = new Map(changed);
    this.#deferred = loadAll(() => this.needs()).then(() => {
      this.#deferred = undefined;
      this.requestUpdate();
      for (const [name, old] of pending) this.requestUpdate(name, old);
    });
    return false;
  }

  /** Makes each changed property safe to read, as its kind says, naming what it refused. */
  #coerce(changed: PropertyValues): void {
    const kinds = (this.constructor as typeof CtkElement).kinds;
    const self = this as unknown as Record<string, unknown>;
    for (const name of changed.keys()) {
      const kind = kinds[name as string];
      if (!kind) continue;
      const value = self[name as string];
      const safe = coerce(kind, value);
      if (Object.is(safe.value, value)) continue;
      self[name as string] = safe.value;
      if (safe.refused) logConfigError(this.localName, `${String(name)} cannot be ${describe(value)}; it is ignored.`);
    }
  }

  /** Resolves once rendered, after any load a property set before definition asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#deferred) {
      await this.#deferred;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    logShownError(this);
  }
}
