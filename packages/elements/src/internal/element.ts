import { LitElement, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Chunk } from './chunks.js';
import { logConfigError, logShownError } from './config-error.js';
import { coerceProperties, type PropertyKind } from './kinds.js';
import { version } from '../generated/version.js';

export type { PropertyKind } from './kinds.js';

/** Loads what `needs()` names until it names nothing more: `chunks.ts`, which every element that needs data imports, sets it. */
type Loader = (needs: () => Chunk[]) => Promise<void>;
let loadAll: Loader | undefined;

/** Called once by `chunks.ts`: an element that needs no data (the quick exit) carries no loader. */
export function setLoader(loader: Loader): void {
  loadAll = loader;
}

/** A ctkit element's class, as `define` reads it from any copy of ctkit (`ctkit`: its version; `true` in copies from before versions were recorded). */
type Defined = CustomElementConstructor & { ctkit?: unknown };

/**
 * What every ctkit element shares: it re-renders when the locale changes, makes the values a
 * page sets safe (`kinds`), loads the parts of `@ctkit/data` its configuration needs before it
 * renders (`needs`: so the first render, and hydration, already has them), logs in the console
 * the configuration error it shows (`reportErrors`), and defines its tag once (`define`).
 * Its base part takes the UI locale's `lang` and `dir` (`uiLang()`, `uiDir()` in
 * `locale.ts`), written in the template so the server renders them too.
 *
 * Properties a page sets before the element is defined (a framework, or a script that runs
 * before ctkit's) reach the element only when Lit plays them back, at the start of its first
 * update: after `scheduleUpdate` has looked at what to load. So the first update checks again,
 * and when something is still missing it loads it and updates again with the same changes,
 * instead of rendering a "could not be loaded" error.
 */
export class CtkElement extends LitElement {
  /** The version of ctkit this class comes from: marks ctkit's elements, whichever copy of ctkit defined them (see `define`). */
  static readonly ctkit: string = version;

  /**
   * Defines `tag` as this element, once. Taken by this same version of ctkit (the same entry
   * loaded again, or from another address), that is harmless and skipped. Taken by another
   * version, the page keeps the first, and the console says so, naming both versions: two
   * copies of the data on one page is how a stale number reaches a reader. Taken by another
   * script, ctkit's element cannot be used, and the console says so.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as Defined | undefined;
    if (!existing) customElements.define(tag, this);
    else if (!existing.ctkit) {
      logConfigError(tag, `this tag is already defined by another script on the page, so ctkit's <${tag}> cannot be used here. Remove or rename the other definition.`);
    } else if (existing.ctkit !== this.ctkit) {
      const first = typeof existing.ctkit === 'string' ? `ctkit ${existing.ctkit}` : 'an earlier version of ctkit';
      console.warn(`<${tag}>: ${first} defined it first, so ctkit ${this.ctkit} is not used here. Load one copy of ctkit.`);
    }
  }

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
    await loadAll?.(() => this.needs());
    super.scheduleUpdate();
  }

  /**
   * Makes the changed values safe again where the server renders, which calls `willUpdate` and
   * not `shouldUpdate` (in the browser they are safe already, and this changes nothing).
   * Elements call it first in their own `willUpdate`.
   */
  protected override willUpdate(changed: PropertyValues): void {
    coerceProperties(this, (this.constructor as typeof CtkElement).kinds, changed);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    coerceProperties(this, (this.constructor as typeof CtkElement).kinds, changed);
    if (!loadAll || this.needs().length === 0) return true;
    const pending = new Map(changed);
    this.#deferred = loadAll(() => this.needs()).then(() => {
      this.#deferred = undefined;
      this.requestUpdate();
      for (const [name, old] of pending) this.requestUpdate(name, old);
    });
    return false;
  }

  /** Work under way that `updateComplete` waits for (a file loading, a long list being checked). */
  protected pendingWork(): (Promise<unknown> | undefined)[] {
    return [];
  }

  /**
   * Resolves once rendered and settled: after any load a property set before definition asked
   * for, any update an update asked for (the second render of what needs the page), and any
   * work `pendingWork()` names.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.pendingWork().filter(Boolean); !complete || this.#deferred || work.length > 0; work = this.pendingWork().filter(Boolean)) {
      await Promise.all([this.#deferred, ...work]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportErrors();
  }

  /**
   * Says in the console what the element shows as an error (the text of its `part="error"`),
   * once per message. Runs after each update; an element whose console message says more than
   * its visible one overrides it.
   */
  protected reportErrors(): void {
    logShownError(this);
  }
}
