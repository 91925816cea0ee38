import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an address gave: the parsed JSON, or what went wrong (the server's status, the JSON's error, or a request that failed). */
export type Fetched = { src: string } & ({ value: unknown } | { status: string } | { json: string } | { failed: true });

/** How long a server may take to answer before the load has failed (ms). */
const timeLimit = 20_000;

/**
 * Loads JSON from the address an element is given (`src`), after each update that changed it
 * (the host calls `changed()`):
 * without cookies for other sites and without a referrer; a newer address cancels the older
 * request, and a server that does not answer in 20 seconds has failed. Its host shows `result`
 * once it is for the address the host now has, and waits for `pending` in `getUpdateComplete`.
 */
export class JsonSource implements ReactiveController {
  /** What the last load gave; `result.src` says for which address. */
  result?: Fetched;
  /** The load under way, if any. */
  pending?: Promise<void>;
  #abort?: AbortController;
  readonly #current: () => string;
  readonly #loaded: () => void;

  /**
   * @param current the address the host has now (empty: none); a load for another one is dropped.
   * @param loaded called once a load for the current address has settled (the host updates).
   */
  constructor(host: ReactiveControllerHost, current: () => string, loaded: () => void) {
    host.addController(this);
    this.#current = current;
    this.#loaded = loaded;
  }

  /** The host's `src` changed: load it after this update (the same address again too). */
  #changed = false;

  /** Call when the host's `src` changes (in `willUpdate`): it is loaded after the update. */
  changed(): void {
    this.#changed = true;
  }

  hostUpdated(): void {
    if (!this.#changed) return;
    this.#changed = false;
    const src = this.#current();
    if (src) this.#load(src);
    else {
      // No address any more: the load under way is of no use, and nothing waits for it.
      this.#abort?.abort();
      this.pending = undefined;
    }
  }

  /** Loads `src`, cancelling a load under way. */
  #load(src: string): void {
    const pending: Promise<void> = this.#fetch(src).then(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }

  async #fetch(src: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const timeout = setTimeout(() => abort.abort(), timeLimit);
    let fetched: Fetched;
    try {
      const response = await fetch(new URL(src, document.baseURI), { referrerPolicy: 'no-referrer', credentials: 'same-origin', signal: abort.signal });
      const body = await response.text();
      if (!response.ok) fetched = { src, status: `${response.status} ${response.statusText}`.trim() };
      else {
        try {
          fetched = { src, value: JSON.parse(body) as unknown };
        } catch (error) {
          fetched = { src, json: String((error as Error).message) };
        }
      }
    } catch {
      fetched = { src, failed: true };
    }
    clearTimeout(timeout);
    // A newer load cancelled this one, or the address changed meanwhile: the newer load wins.
    if (abort !== this.#abort || src !== this.#current()) return;
    this.result = fetched;
    this.#loaded();
  }
}
