// One saved page loaded once and used for many cases: each case changes it, checks it, and then
// puts it back as it was (the DOM from a MutationObserver's records, undone in reverse; the
// controls' values; the page's state; the listeners added since). happy-dom works out the style
// of every element of a freshly loaded page (most of a case's time); on a page put back, only
// the elements a case touched are worked out again. After each case the page is compared with
// the page as loaded; when anything differs, the next case loads it afresh.

import type { PortalFixture } from '../../fixtures/portal';
import { deepAll, rootsOf } from './dom';
import { dropListenersSince, listenerCount, loadFresh, loadsSoFar } from './load';

type View = Window & {
  __fixtureState?: Record<string, unknown>;
  __mxState?: unknown;
  __mxToggled?: string[];
  __pressed?: string[];
  __rerender?: () => void;
};

const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeOldValue: true,
  characterData: true,
  characterDataOldValue: true,
};

let active: PageSession | null = null;
/** For the matrix's own diagnostics: pages loaded, and cases whose page could not be put back, by change. */
export const sessionStats = { loads: 0, unclean: {} as Record<string, number> };
let patched = false;

/** New shadow roots are watched too (a change may move the form into one). */
function watchNewRoots(): void {
  if (patched) return;
  patched = true;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    active?.watch(root);
    return root;
  };
}

/** The page as a string that does not depend on the order of attributes, shadow roots included. */
function canonical(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 8) return `${node.nodeType}:${node.nodeValue}`;
  if (node.nodeType !== 1) return [...node.childNodes].map(canonical).join('');
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const shadow = el.shadowRoot ? `#shadow(${canonical(el.shadowRoot)})` : '';
  return `<${el.tagName} ${attributes.join(' ')}>${shadow}${[...el.childNodes].map(canonical).join('')}</>`;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Sets a control's value through the property its page defined on it, called on the very object
 * the page holds: react-like.js's value tracker is keyed by it (happy-dom hands out a select as a
 * Proxy, and an assignment through the Proxy calls the setter on its target), so the tracker learns
 * the value as on a fresh load.
 */
function setOwn(el: Control, name: 'value' | 'checked', value: string | boolean): void {
  const own = Object.getOwnPropertyDescriptor(el, name);
  if (own?.set) own.set.call(el, value);
  else (el as unknown as Record<string, unknown>)[name] = value;
}

export class PageSession {
  readonly doc: Document;
  private readonly original: string;
  private readonly state: string | null;
  private readonly values: [Control, string, boolean, number][];
  private readonly emptyAttributes = new WeakMap<Element, Set<string>>();
  private readonly rerender: View['__rerender'];
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private listeners = 0;
  /** Whether the page is as loaded (false after a case it could not put back). */
  clean = true;

  /** Whether this session's page is still the one in the document. */
  get current(): boolean {
    return this.clean && this.load === loadsSoFar();
  }

  private readonly load: number;

  constructor(readonly fixture: PortalFixture) {
    this.doc = loadFresh(fixture);
    this.load = loadsSoFar();
    sessionStats.loads++;
    watchNewRoots();
    const view = this.view;
    this.state = this.ownState() ? JSON.stringify(view.__fixtureState) : null;
    this.values = deepAll<Control>(this.doc, 'input, select, textarea').map((el) => [
      el,
      el.value,
      (el as HTMLInputElement).checked === true,
      (el as HTMLSelectElement).selectedIndex ?? -1,
    ]);
    for (const root of rootsOf(this.doc))
      for (const el of root.querySelectorAll('*')) {
        const empty = [...el.attributes].filter((a) => a.value === '').map((a) => a.name);
        if (empty.length > 0) this.emptyAttributes.set(el, new Set(empty));
      }
    this.rerender = view.__rerender;
    this.observer = new MutationObserver((records) => {
      this.records.push(...records);
    });
    this.original = canonical(this.doc.documentElement);
  }

  private get view(): View {
    return (this.doc.defaultView ?? window) as View;
  }

  /** server-form.js reads its state from the DOM (a getter): nothing to keep. */
  private ownState(): boolean {
    const own = Object.getOwnPropertyDescriptor(this.view, '__fixtureState');
    return own !== undefined && 'value' in own;
  }

  watch(root: Node): void {
    this.observer.observe(root, OBSERVE);
  }

  /** Starts a case: what changes from here on is put back by end(). */
  begin(): void {
    active = this;
    this.records = [];
    this.listeners = listenerCount();
    for (const root of rootsOf(this.doc)) this.watch(root === this.doc ? this.doc.documentElement : root);
  }

  /** Puts the page back as it was when the case began; answers whether it is as loaded. */
  end(changes: readonly string[] = []): boolean {
    (this.doc.activeElement as HTMLElement | null)?.blur?.();
    const records = [...this.records, ...this.observer.takeRecords()];
    this.observer.disconnect();
    active = null;
    for (const record of records.reverse()) this.undo(record);
    dropListenersSince(this.listeners);
    const view = this.view;
    if (this.state !== null && view.__fixtureState) {
      const state = view.__fixtureState;
      for (const key of Object.keys(state)) delete state[key];
      Object.assign(state, JSON.parse(this.state));
    }
    for (const [el, value, checked, index] of this.values) {
      if (/^(checkbox|radio)$/.test((el as HTMLInputElement).type)) setOwn(el, 'checked', checked);
      else setOwn(el, 'value', value);
      if (el.tagName === 'SELECT' && (el as HTMLSelectElement).selectedIndex !== index)
        (el as HTMLSelectElement).selectedIndex = index;
    }
    view.__rerender = this.rerender;
    view.__pressed = [];
    view.__mxToggled = [];
    delete view.__mxState;
    this.clean = canonical(this.doc.documentElement) === this.original;
    if (!this.clean)
      for (const name of changes) sessionStats.unclean[name] = (sessionStats.unclean[name] ?? 0) + 1;
    return this.clean;
  }

  private undo(record: MutationRecord): void {
    const target = record.target;
    if (record.type === 'attributes') {
      const el = target as Element;
      const name = record.attributeName ?? '';
      // happy-dom reports an empty old value as null: the attributes empty at load tell them apart.
      const old = record.oldValue ?? (this.emptyAttributes.get(el)?.has(name) ? '' : null);
      if (old === null) el.removeAttribute(name);
      else el.setAttribute(name, old);
    } else if (record.type === 'characterData') target.nodeValue = record.oldValue ?? '';
    else {
      for (const node of [...record.addedNodes].reverse())
        if (node.parentNode === target) target.removeChild(node);
      const next = record.nextSibling && record.nextSibling.parentNode === target ? record.nextSibling : null;
      for (const node of record.removedNodes) target.insertBefore(node, next);
    }
  }
}

let current: PageSession | null = null;

/**
 * The session of this page: the one in use when it is clean, else the page loaded afresh (always,
 * with LCA_MATRIX_FRESH=1: slower, and what the put-back is checked against).
 */
export function sessionOf(fixture: PortalFixture): PageSession {
  if (
    !current ||
    current.fixture.path !== fixture.path ||
    !current.current ||
    process.env.LCA_MATRIX_FRESH === '1'
  )
    current = new PageSession(fixture);
  return current;
}
