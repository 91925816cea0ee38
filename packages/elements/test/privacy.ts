/**
 * Watches every way a page could keep or send what a reader did: Web Storage, cookies,
 * IndexedDB, beacons, fetch and XHR. `stop()` restores them and returns what was called.
 */
export function watchWrites(): { stop: () => string[] } {
  const writes: string[] = [];
  const restore: (() => void)[] = [];
  const spy = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key];
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      writes.push(label);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[key] = original));
  };
  spy(Storage.prototype, 'setItem', 'storage');
  spy(indexedDB, 'open', 'indexedDB');
  spy(navigator, 'sendBeacon', 'beacon');
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'xhr');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie.get!.call(document), set: () => writes.push('cookie') });
  restore.push(() => delete (document as { cookie?: string }).cookie);
  const stored = [localStorage.length, sessionStorage.length];
  return {
    stop: () => {
      restore.forEach((undo) => undo());
      if (localStorage.length !== stored[0] || sessionStorage.length !== stored[1]) writes.push('storage');
      return writes;
    },
  };
}
