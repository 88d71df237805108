// Every extension page (popup, side panel, options) and the service worker share one origin, and so
// one Web Locks namespace: holding this lock across read-modify-write keeps two pages from
// overwriting each other's change. Where Web Locks are missing (happy-dom), a queue serialises
// the writes of this one context.
const LOCK_NAME = 'leader-csp-assistant/store';
let localQueue: Promise<unknown> = Promise.resolve();

export function withStoreLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? null : navigator.locks;
  if (locks) return locks.request(LOCK_NAME, work) as Promise<T>;
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}
