/**
 * The part of the Web Locks API the store uses, for happy-dom, which has none: `request(name,
 * callback)` holds an exclusive lock per name, so callbacks under one name run one after another,
 * in the order asked, whether the one before resolved or threw.
 */
export class InMemoryLocks {
  readonly #last = new Map<string, Promise<unknown>>();

  request<T>(name: string, callback: (lock: Lock | null) => T): Promise<T> {
    if (typeof callback !== 'function') throw new TypeError('only request(name, callback) is implemented');
    const before = this.#last.get(name) ?? Promise.resolve();
    const held = before.then(() => callback({ name, mode: 'exclusive' } as Lock));
    const released = held.then(
      () => undefined,
      () => undefined,
    );
    this.#last.set(name, released);
    // Forget a name once nothing waits on it, as the browser does.
    void released.then(() => {
      if (this.#last.get(name) === released) this.#last.delete(name);
    });
    return held;
  }
}

/** Gives `navigator.locks` to an environment without it; a real one is left alone. */
export function installWebLocks(): void {
  if (typeof navigator === 'undefined' || navigator.locks) return;
  Object.defineProperty(navigator, 'locks', { value: new InMemoryLocks(), configurable: true });
}
