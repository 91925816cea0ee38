import { LitElement, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { loadAll, type Chunk } from './chunks.js';
import { logShownError } from './config-error.js';
import { coerceProperties, type PropertyKind } from './kinds.js';

export type { PropertyKind } from './kinds.js';

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
    coerceProperties(this, (this.constructor as typeof CtkElement).kinds, changed);
    if (this.needs().length === 0) return true;
    const pending = new Map(changed);
    this.#deferred = loadAll(() => this.needs()).then(() => {
      this.#deferred = undefined;
      this.requestUpdate();
      for (const [name, old] of pending) this.requestUpdate(name, old);
    });
    return false;
  }

  /**
   * Resolves once rendered and settled: after any load a property set before definition asked
   * for, and after any update an update asked for (the second render of what needs the page).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!complete || this.#deferred) {
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
