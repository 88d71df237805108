// Every extension page (popup, side panel, options) and the service worker share one origin, and so
// one Web Locks namespace: holding this lock across read-modify-write keeps two pages from
// overwriting each other's change.
const LOCK_NAME = 'leader-csp-assistant/store';

export async function withStoreLock<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks.request(LOCK_NAME, work);
}
