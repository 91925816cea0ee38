import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an address gave: the parsed JSON, or what went wrong (the server's status, the JSON's error, or a request that failed). */
export type Fetched = { src: string } & ({ value: unknown } | { status: string } | { json: string } | { failed: true });

/** How long a server may take to answer before the load has failed (ms). */
const timeLimit = 20_000;

/**
 * Loads JSON from the address an element is given (`src`), after each update that changed it:
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
   * @param current the address the host has now (empty: none): loaded when it changes; a load for another one is dropped.
   * @param loaded called once a load for the current address has settled (the host updates).
   */
  constructor(host: ReactiveControllerHost, current: () => string, loaded: () => void) {
    host.addController(this);
    this.#current = current;
    this.#loaded = loaded;
  }

  /** The address last asked for. */
  #asked = '';

  hostUpdated(): void {
    const src = this.#current();
    if (src !== this.#asked) {
      this.#asked = src;
      if (src) this.#load(src);
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
    if (src !== this.#current()) return; // changed meanwhile: the newer load wins
    this.result = fetched;
    this.#loaded();
  }
}
