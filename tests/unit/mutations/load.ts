// Loading a saved page for the matrix: afresh into the one document, its framework emulation
// running, its hidden parts marked, and no listener left by an earlier page.

import type { PortalFixture } from '../../fixtures/portal';
import { loadPortalPage, runFixtureScripts } from '../portal-page';
import { STEP } from './change';
import { markHidden } from './hidden';
import { installFastStyleClone } from './speed';

// Listeners the page's scripts (and the drawn controls) put on the document and window, taken off
// before the next page: the same page is loaded many times into the one document, and an old
// load's framework emulation would otherwise write its old state into the new page.
const listeners: [EventTarget, string, EventListenerOrEventListenerObject, unknown][] = [];
let tracking = false;
let loads = 0;

/** Takes off the listeners the last page's scripts added, and keeps track of the next page's. */
export function forgetListeners(): void {
  for (const [target, type, listener, options] of listeners.splice(0))
    target.removeEventListener(type, listener, options as EventListenerOptions);
  if (tracking) return;
  tracking = true;
  for (const target of [document, window] as EventTarget[]) {
    const add = target.addEventListener;
    target.addEventListener = function (this: EventTarget, type, listener, options) {
      if (listener) listeners.push([this, type, listener, options]);
      add.call(this, type, listener, options);
    };
  }
}

/**
 * A saved page loaded afresh, its framework emulation running, and no listener of an earlier load;
 * `prepare` runs on the page before its scripts do.
 */
export function loadFresh(fixture: PortalFixture, prepare?: (doc: Document) => void): Document {
  loads++;
  installFastStyleClone();
  forgetListeners();
  const doc = loadPortalPage(fixture);
  // Before the styles are worked out (by markHidden): an attribute of <html> would undo them all.
  doc.documentElement.setAttribute(STEP, fixture.step);
  prepare?.(doc);
  markHidden(doc, fixture);
  runFixtureScripts(fixture);
  (window as Window & { __mxToggled?: string[] }).__mxToggled = [];
  return doc;
}

/** How many pages were loaded so far: a session knows its page is gone when this moved on. */
export const loadsSoFar = (): number => loads;

export const listenerCount = (): number => listeners.length;

/** Takes off the listeners added since there were `count`. */
export function dropListenersSince(count: number): void {
  for (const [target, type, listener, options] of listeners.splice(count))
    target.removeEventListener(type, listener, options as EventListenerOptions);
}
