/**
 * The directory's filter and search, with what it remembers between keystrokes: the contacts
 * in the categories asked for (counted once per list), and the last matches, so typing on
 * narrows them instead of searching every contact again. With a long list the first page of
 * matches comes at once and the rest, and so the count, a slice per task: a keystroke never
 * waits for a count.
 */
import type { ContactCategory } from '@ctkit/data/schemas';
import { uiLang } from '../internal/locale.js';
import { groupOf, matcher, order, type Entry } from './search.js';

/** Entries searched per task once the first page is shown: a long list's count never holds up a keystroke. */
const searchSlice = 20_000;

/** What the reader asked for. */
export interface Wanted {
  /** The categories the page limits the directory to (space-separated; empty: all). */
  categories: string;
  /** The category chosen in the filter (empty: all). */
  category: string;
  query: string;
  /** How many matches are shown: the search looks for one more, to know there is more. */
  shown: number;
}

/** The entries in the categories asked for (their count, the categories present) and those that match. */
export interface Found {
  total: number;
  present: ReadonlySet<ContactCategory>;
  matches: Entry[];
  /** Whether every entry has been searched (else the rest follow, and `matches` grows). */
  complete: boolean;
}

export class Finder {
  #scope?: { entries: readonly Entry[]; categories: string; category: string; chosen: Entry[]; present: Set<ContactCategory>; total: number };
  /**
   * The matches of the last search: the first page at once; with a long list the rest follow
   * a slice per task (`complete` then), so a keystroke never waits for a count.
   */
  #found?: { scope: object; query: string; locale: string; matches: Entry[]; complete: boolean };
  /** Finishing the last search's count, a slice per task. */
  #counting?: ReturnType<typeof setTimeout>;
  readonly #changed: () => void;

  /** @param changed called when a count finishes after the search returned (the host updates). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Stops a count under way (the element left the page). */
  stop(): void {
    clearTimeout(this.#counting);
  }

  /** Whether a count was left unfinished: it is forgotten, so the next search starts it again. */
  resume(): boolean {
    if (!this.#found || this.#found.complete) return false;
    this.#found = undefined;
    return true;
  }

  /**
   * The entries in `categories` (their count and categories, for the filter), and those that
   * match `category` and `query`. Typing on narrows the last matches instead of every entry.
   */
  filter(entries: readonly Entry[], limit: readonly string[], { categories, category, query, shown }: Wanted): Found {
    // An unknown category chosen chooses nothing: every category shows (render names the mistake).
    const only = order.includes(category as ContactCategory) ? category : '';
    let scope = this.#scope;
    if (scope?.entries !== entries || scope.categories !== categories || scope.category !== category) {
      scope = { entries, categories, category, chosen: [], present: new Set(), total: 0 };
      for (const entry of entries) {
        const category = groupOf(entry);
        if (limit.length > 0 && !limit.includes(category)) continue;
        scope.total++;
        scope.present.add(category);
        if (!only || category === only) scope.chosen.push(entry);
      }
      this.#scope = scope;
    }

    const last = this.#found;
    if (last?.scope === scope && last.query === query && last.locale === uiLang()) return { total: scope.total, present: scope.present, matches: last.matches, complete: last.complete };
    clearTimeout(this.#counting);
    if (!query.trim()) {
      this.#found = { scope, query, locale: uiLang(), matches: scope.chosen, complete: true };
      return { total: scope.total, present: scope.present, matches: scope.chosen, complete: true };
    }
    // A longer query matches a subset of what the shorter one did, unless the shorter one held
    // a character that number search ignores (a "+" matches as text, "+44" as a number).
    const narrow = last?.scope === scope && last.complete && last.locale === uiLang() && query.startsWith(last.query) && !/[-().+]/.test(last.query);
    const from = narrow ? last.matches : scope.chosen;
    const test = matcher(query);
    // The page to show (and one more, to know there is more) at once; the rest, and so the count, after.
    const matches: Entry[] = [];
    let at = 0;
    /** Searches on from where the last call stopped, up to `end` or until `enough()`. */
    const scan = (end: number, enough = () => false) => {
      for (; at < end && !enough(); at++) {
        const entry = from[at] as Entry;
        if (test(entry)) matches.push(entry);
      }
    };
    scan(from.length, () => matches.length > shown);
    const found = { scope, query, locale: uiLang(), matches, complete: at >= from.length };
    this.#found = found;
    const slice = () => {
      scan(Math.min(from.length, at + searchSlice));
      if (at < from.length) this.#counting = setTimeout(slice, 0);
      else {
        found.complete = true;
        if (this.#found === found) this.#changed();
      }
    };
    if (!found.complete) this.#counting = setTimeout(slice, 0);
    return { total: scope.total, present: scope.present, matches, complete: found.complete };
  }
}
