import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The reader's clock, for what depends on it ("open now"): read from the second render, so the
 * server and the client render the first alike, then again on each minute while the host is on
 * the page. The host calls `start()` in `firstUpdated` and reads `now`.
 */
export class MinuteClock implements ReactiveController {
  /** The time of the last tick; `undefined` until started. */
  now?: Date;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #host: ReactiveControllerHost & Element & { hasUpdated: boolean };

  constructor(host: ReactiveControllerHost & Element & { hasUpdated: boolean }) {
    this.#host = host;
    host.addController(this);
  }

  /** Reads the clock now, and on each minute from here. */
  start(): void {
    this.#tick();
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.#tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #tick = (): void => {
    if (!this.#host.isConnected) return;
    this.now = new Date();
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#tick, 60_000 - (Date.now() % 60_000));
  };
}
