// What the mutations read and change on a loaded page: its field controls, text, shadow roots and
// what is shown (labels and "the form" are in labels.ts). Written for the test, independently of
// the product's own reading: a mutation must not depend on the code it tests.

import { shadowRootOf } from '../../../utils/page/shadow';
import { deepQueryAll } from '../portal-page';
import { HIDDEN } from './hidden';
import type { Rng } from './rng';

/** The controls a person fills in (never hidden inputs, buttons, files or passwords). */
export const NATIVE_FIELD =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]):not([type="file"]):not([type="password"]), select, textarea';
/** Native fields and the ones a page draws (ARIA combobox, switch, checkbox). */
export const FIELD = `${NATIVE_FIELD}, [role="combobox"]:not(input), [role="switch"]:not(input), [role="checkbox"]:not(input)`;
/** Any control a person fills in, a password too: what a label's box may not hold more than one of. */
export const CONTROL = `input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea, [role="combobox"]:not(input), [role="switch"]:not(input), [role="checkbox"]:not(input)`;
export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
export const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Where a change never goes: not shown, not text, or a control's own content. */
export const INERT = 'script, style, template, noscript, svg, option, select, textarea, title';

export type Root = Document | ShadowRoot;

/** How many controls of any kind an element holds (itself included). */
export const controlsIn = (el: Element): number =>
  el.querySelectorAll(CONTROL).length + (el.matches(CONTROL) ? 1 : 0);

/** The document and every shadow root in it (closed ones as the content script reaches them). */
export function rootsOf(doc: Document): Root[] {
  const roots: Root[] = [doc];
  for (let i = 0; i < roots.length; i++)
    for (const el of (roots[i] as Root).querySelectorAll('*')) {
      const shadow = shadowRootOf(el);
      if (shadow) roots.push(shadow);
    }
  return roots;
}

/** Elements matching `selector` in the document and its shadow roots. */
export const deepAll = <T extends Element = HTMLElement>(doc: Document, selector: string): T[] =>
  deepQueryAll<T>(doc, selector);

const parentAcross = (node: Node): Element | null => {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
};

/**
 * Whether a person can see the element: nothing above it hidden by an attribute, or by the page's
 * style as found when the page was loaded (hidden.ts).
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentAcross(node))
    if (node.matches(`[hidden], [aria-hidden="true"], dialog:not([open]), template, [${HIDDEN}]`))
      return false;
  return true;
}

/** The field controls a person sees, the page's own and in web components. */
export function fieldControls(doc: Document): HTMLElement[] {
  return deepAll(doc, FIELD).filter((el) => !el.closest('template, script, noscript, svg') && isShown(el));
}

export const isCheckable = (el: Element): el is HTMLInputElement =>
  el.tagName === 'INPUT' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type);

/** Text nodes under a node that a person reads as its words (not a select's options, not scripts). */
export function textNodesIn(node: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      if (/\S/.test(n.nodeValue ?? '')) out.push(n as Text);
    } else if (n.nodeType === 1 && !(n as Element).matches(`${INERT}, input`)) {
      // In a web component, a <slot> shows what the page put in it (else its own fallback).
      const slotted = n.nodeName === 'SLOT' ? (n as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
      for (const child of slotted.length > 0 ? slotted : n.childNodes) walk(child);
    }
  };
  walk(node);
  return out;
}

export const wordsOf = (node: Node | Node[]): string =>
  (Array.isArray(node) ? node : [node])
    .map((n) =>
      n.nodeType === 3
        ? n.nodeValue
        : textNodesIn(n)
            .map((t) => t.nodeValue)
            .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A label's words without required markers and colons: "Company Name: *" → "Company Name". */
export const cleanLabel = (text: string): string =>
  text
    .replace(/\((required|optional)\)/gi, ' ')
    .replace(/[*•†:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The nearest element holding every node given (in one root). */
export function lowestCommonAncestor(nodes: readonly Node[]): Element | null {
  const [first, ...rest] = nodes;
  if (!first) return null;
  for (
    let node = first.nodeType === 1 ? (first as Element) : first.parentElement;
    node;
    node = node.parentElement
  )
    if (rest.every((n) => node.contains(n))) return node;
  return null;
}

/** The outermost host in the document of an element inside web components' shadow roots. */
export function inDocument(el: Element): Element {
  let node = el;
  while (node.getRootNode() !== node.ownerDocument) {
    const host = (node.getRootNode() as ShadowRoot).host;
    if (!host) break;
    node = host;
  }
  return node;
}

/** An element made from markup, in the document given. */
export function make<T extends Element = HTMLElement>(doc: Document, html: string): T {
  const template = doc.createElement('template');
  template.innerHTML = html.trim();
  const el = template.content.firstElementChild;
  if (!el) throw new Error(`no element in ${html}`);
  return el as unknown as T;
}

/** An id no element of the document has yet, spelled as frameworks spell them. */
export function freshId(doc: Document, rng: Rng, style = rng.int(4)): string {
  for (;;) {
    const n = rng.int(900) + 10;
    const id = [`:r${rng.token(3)}:`, `mat-input-${n}`, `«r${rng.token(3)}»`, `ng-${rng.token(4)}-${n}`][
      style % 4
    ] as string;
    if (!doc.getElementById(id)) return id;
  }
}

/** A class name as CSS-in-JS libraries write them (`css-1x2y3z`, `sc-a1b2c3`). */
export const hashClass = (rng: Rng): string => `${rng.pick(['css', 'sc', 'emotion', 'jss'])}-${rng.token(6)}`;
