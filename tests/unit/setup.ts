import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { measureBoxesByCss } from './layout';
import { installWebLocks } from './web-locks';

// happy-dom has no Web Locks; the store takes its lock from `navigator.locks` alone.
installWebLocks();
// Nor any layout; the product measures boxes as a browser lays them out.
measureBoxesByCss(window);

// Closed shadow roots, as a content script reaches them (chrome.dom.openOrClosedShadowRoot): the
// fake browser does not implement it, and happy-dom keeps no closed root reachable.
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

const installShadowRootOpener = () => {
  (fakeBrowser as unknown as { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } }).dom = {
    openOrClosedShadowRoot: (element) => shadowRoots.get(element) ?? null,
  };
};
// Test files may read pages while they collect their tests, before any beforeEach.
installShadowRootOpener();

// WXT's fake browser keeps its state between tests unless reset.
beforeEach(() => {
  fakeBrowser.reset();
  installShadowRootOpener();
});
afterEach(() => cleanup());
